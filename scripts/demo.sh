#!/usr/bin/env bash
# `make demo`: start Neo4j (or fall back to the embedded store when Java or
# Maven are missing), ingest the project's sample articles, show a few
# queries, then serve the API and the pages (/ui/) until interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
# The interpreter with the project installed (the Makefile passes its venv's).
python=${CLAIMGRAPH_PYTHON:-python3}
claimgraph() { "$python" -m claimgraph.api.cli.main "$@"; }

eval "$(scripts/demo_store.sh)"

echo "demo: ingesting samples/"
claimgraph ingest samples/
echo
echo "demo: every figure for killed, side by side, with conflicts"
claimgraph figures --metric killed
echo
echo "demo: contradictions"
claimgraph contradictions
echo
if [ "$CLAIMGRAPH_DEMO_STORE" = neo4j ]; then
  # the claim pages link into it
  export CLAIMGRAPH_NEO4J_BROWSER_URL=${CLAIMGRAPH_NEO4J_BROWSER_URL:-http://127.0.0.1:${CLAIMGRAPH_NEO4J_HTTP_PORT:-7474}/browser/}
  echo "demo: Neo4j Browser at $CLAIMGRAPH_NEO4J_BROWSER_URL (style: cypher/browser/style.grass)"
fi
echo "demo: API on http://$host:$port (docs at /docs)"
echo "demo: pages for fact-checkers: open http://$host:$port/ui/ (the incidents, each with its tolls by source)"
exec "$python" -m claimgraph.api.cli.main serve --host "$host" --port "$port"
