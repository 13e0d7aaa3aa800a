#!/usr/bin/env bash
# `make demo`: start Neo4j (or fall back to the embedded store when Java or
# Maven are missing), ingest the project's sample articles, show a few
# queries, then serve the API until interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
bin=.venv/bin

if command -v java >/dev/null && command -v mvn >/dev/null; then
  scripts/neo4j.sh up
  export CLAIMGRAPH_NEO4J_URI="bolt://127.0.0.1:${CLAIMGRAPH_NEO4J_BOLT_PORT:-7687}"
else
  echo "demo: Java or Maven is missing, so Neo4j cannot start here;"
  echo "demo: using the embedded store (${CLAIMGRAPH_STORE_PATH:-var/claimgraph.graph.json}) instead."
  unset CLAIMGRAPH_NEO4J_URI
fi

echo "demo: ingesting samples/"
$bin/claimgraph ingest samples/
echo
echo "demo: who said what about casualties"
$bin/claimgraph figures --metric killed
echo
echo "demo: contradictions"
$bin/claimgraph contradictions
echo
echo "demo: API on http://$host:$port (docs at /docs); Neo4j Browser at http://127.0.0.1:${CLAIMGRAPH_NEO4J_HTTP_PORT:-7474}/browser/"
exec $bin/claimgraph serve --host "$host" --port "$port"
