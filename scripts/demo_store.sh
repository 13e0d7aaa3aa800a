#!/usr/bin/env bash
# Which store `make demo` uses: Neo4j when it can run here, else the embedded
# store, saying why. Prints shell assignments on stdout, messages on stderr:
#
#   eval "$(scripts/demo_store.sh)"
#
# leaves CLAIMGRAPH_NEO4J_URI exported (Neo4j, started and answering) or unset
# (embedded store at CLAIMGRAPH_STORE_PATH), and CLAIMGRAPH_DEMO_STORE set to
# `neo4j` or `embedded`.
#
# Settings (environment):
#   CLAIMGRAPH_NEO4J_URI     already set: that server is used as it is
#   CLAIMGRAPH_DEMO_STORE    `embedded` or `neo4j` forces the choice (`neo4j`
#                            fails when the server cannot start)
#   CLAIMGRAPH_NEO4J_BOLT_PORT, CLAIMGRAPH_STORE_PATH, CLAIMGRAPH_CACHE: as elsewhere
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bolt_port=${CLAIMGRAPH_NEO4J_BOLT_PORT:-7687}
store_path=${CLAIMGRAPH_STORE_PATH:-var/claimgraph.graph.json}
forced=${CLAIMGRAPH_DEMO_STORE:-}

say() { printf 'demo: %s\n' "$*" >&2; }

use_neo4j() {
  printf 'export CLAIMGRAPH_NEO4J_URI=%q\n' "$1"
  printf 'export CLAIMGRAPH_DEMO_STORE=neo4j\n'
}

use_embedded() {
  if [ "$forced" = neo4j ]; then
    say "error: CLAIMGRAPH_DEMO_STORE=neo4j, but $1"
    exit 1
  fi
  say "$1,"
  say "so the demo uses the embedded store (networkx, saved to $store_path):"
  say "every query answers the same; Neo4j Browser is not available."
  printf 'unset CLAIMGRAPH_NEO4J_URI\n'
  printf 'export CLAIMGRAPH_DEMO_STORE=embedded\n'
  exit 0
}

# Why Neo4j cannot run on this machine, or nothing when it can.
missing_tools() {
  command -v java >/dev/null || { echo "Java is not installed (Neo4j needs Java 17 or 21)"; return; }
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if ! [ "${major:-0}" -ge 17 ] 2>/dev/null; then
    echo "Java ${major:-of unknown version} is installed, but Neo4j needs Java 17 or 21"
    return
  fi
  local version cache
  version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$root/scripts/neo4j/pom.xml")
  cache=${CLAIMGRAPH_CACHE:-$root/.cache}
  if [ ! -f "$cache/neo4j-$version/lib/.complete" ] && ! command -v mvn >/dev/null; then
    echo "Maven is not installed and Neo4j $version is not in the cache (Maven fetches it)"
  fi
}

if [ -n "${CLAIMGRAPH_NEO4J_URI:-}" ] && [ "$forced" != embedded ]; then
  say "using the Neo4j server at $CLAIMGRAPH_NEO4J_URI (CLAIMGRAPH_NEO4J_URI)"
  use_neo4j "$CLAIMGRAPH_NEO4J_URI"
  exit 0
fi
[ "$forced" = embedded ] && use_embedded "CLAIMGRAPH_DEMO_STORE=embedded"

reason=$(missing_tools)
[ -n "$reason" ] && use_embedded "$reason"

if "$root/scripts/neo4j.sh" up >&2; then
  use_neo4j "bolt://127.0.0.1:$bolt_port"
else
  use_embedded "Neo4j did not start (see the messages above)"
fi
