"""Wait until Neo4j answers: a Bolt handshake, then an authenticated query.

Standard library only: it runs before the project's virtualenv exists.
Exit 0 when ready, 2 when the password is refused, 1 on timeout.
"""
import base64
import json
import socket
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

STATUS_QUERY = Path(__file__).resolve().parents[2] / "cypher" / "admin" / "database_status.cypher"
BOLT_MAGIC = b"\x60\x60\xb0\x17"
# Bolt 5.0 up to 5.8, then 4.4: what the 5.26 server and the Python driver share.
BOLT_VERSIONS = b"\x00\x08\x08\x05" + b"\x00\x00\x04\x04" + b"\x00" * 8


def bolt_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(BOLT_MAGIC + BOLT_VERSIONS)
            return len(s.recv(4)) == 4
    except OSError:
        return False


def status_statement() -> str:
    """The statement in cypher/admin/database_status.cypher, without its comment lines."""
    lines = STATUS_QUERY.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()


def query_answers(http_port: int, user: str, password: str) -> int:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{http_port}/db/system/tx/commit",
        data=json.dumps({"statements": [{"statement": status_statement()}]}).encode(),
        headers={"Authorization": f"Basic {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            body = json.load(resp)
    except urllib.error.HTTPError as e:
        return 2 if e.code == 401 else 1
    except OSError:
        return 1
    if body.get("errors"):
        return 1
    rows = [r["row"] for r in body["results"][0]["data"]]
    return 0 if rows and all(status == "online" for _, status in rows) else 1


def main() -> int:
    bolt_port, http_port, timeout = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    password = sys.stdin.readline().rstrip("\n")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if bolt_answers(bolt_port):
            status = query_answers(http_port, "neo4j", password)
            if status != 1:
                return status
        time.sleep(0.5)
    return 1


if __name__ == "__main__":
    sys.exit(main())
