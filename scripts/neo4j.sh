#!/usr/bin/env bash
# A real Neo4j 5.26 Community server for machines without a Docker engine.
#
#   scripts/neo4j.sh fetch    download Neo4j from Maven Central into the cache (once)
#   scripts/neo4j.sh up       fetch (once, cached), configure, start, wait for Bolt
#   scripts/neo4j.sh down     stop cleanly
#   scripts/neo4j.sh status   exit 0 when running and answering
#   scripts/neo4j.sh admin …  run neo4j-admin against the same home and conf
#   scripts/neo4j.sh backup [FILE]  dump the database (offline: the server is stopped
#                             and, if it ran, started again); default var/backups/neo4j-<UTC time>.dump
#   scripts/neo4j.sh restore FILE   load a dump over the database (offline, as backup)
#
# Settings (environment):
#   CLAIMGRAPH_NEO4J_PASSWORD   required for `up` (auth is always on)
#   CLAIMGRAPH_NEO4J_BOLT_PORT  default 7687
#   CLAIMGRAPH_NEO4J_HTTP_PORT  default 7474
#   CLAIMGRAPH_NEO4J_HOME       runtime folder (conf, data, logs), default var/neo4j
#   CLAIMGRAPH_NEO4J_HEAP       default 2g
#   CLAIMGRAPH_NEO4J_PAGECACHE  default 4g
#   CLAIMGRAPH_NEO4J_JVM_OPTS   extra JVM options, separated by spaces (each a server.jvm.additional)
#   CLAIMGRAPH_CACHE            download cache, default .cache
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
neo4j_version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$root/scripts/neo4j/pom.xml")
cache=${CLAIMGRAPH_CACHE:-$root/.cache}
lib="$cache/neo4j-$neo4j_version/lib"
home=${CLAIMGRAPH_NEO4J_HOME:-$root/var/neo4j}
# Absolute: the launcher resolves the pid file under the home it is given from
# another folder, so a relative home put it one folder deeper than pid_alive looks.
home=$(realpath -m "$home")
bolt_port=${CLAIMGRAPH_NEO4J_BOLT_PORT:-7687}
http_port=${CLAIMGRAPH_NEO4J_HTTP_PORT:-7474}
heap=${CLAIMGRAPH_NEO4J_HEAP:-2g}
pagecache=${CLAIMGRAPH_NEO4J_PAGECACHE:-4g}
start_timeout=${CLAIMGRAPH_NEO4J_START_TIMEOUT:-180}
# A server whose process runs gets as long to answer as a starting one: on a
# loaded machine a healthy server may take more than a few seconds, and
# calling it "not running" would start a second one over its data.
alive_timeout=$start_timeout

export NEO4J_HOME="$home"
export NEO4J_CONF="$home/conf"

say() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: error: %s\n' "$*" >&2; exit 1; }

require_tools() {
  command -v java >/dev/null || die "java not found: install a Java 17 runtime (apt-get install openjdk-17-jre-headless)"
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ "${major:-0}" -ge 17 ] 2>/dev/null || die "Java $major found; Neo4j $neo4j_version needs Java 17 or 21"
}

fetch() {
  [ -f "$lib/.complete" ] && return 0
  command -v mvn >/dev/null || die "mvn not found: install Maven (apt-get install maven)"
  mkdir -p "$cache"
  # One download at a time: servers started at once (the test and reliability
  # servers, two checkouts) share the cache, and a second Maven run would
  # remove the first one's partial folder under it. The lock ends with the process.
  exec 9>"$cache/.fetch.lock"
  flock 9
  [ -f "$lib/.complete" ] && return 0
  say "fetching Neo4j $neo4j_version from Maven Central (cached in $cache)"
  rm -rf "$lib.partial"
  mvn -B -q -Dstyle.color=never -f "$root/scripts/neo4j/pom.xml" \
    -Dmaven.repo.local="$cache/m2" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib.partial" \
    || die "Maven could not resolve Neo4j $neo4j_version (see the output above)"
  rm -rf "$lib"
  mv "$lib.partial" "$lib"
  touch "$lib/.complete"
}

write_conf() {
  mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/import" "$home/plugins"
  ln -sfn "$lib" "$home/lib"
  cat >"$home/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j.sh; rewritten on every start.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$bolt_port
server.bolt.advertised_address=127.0.0.1:$bolt_port
server.http.listen_address=127.0.0.1:$http_port
server.http.advertised_address=127.0.0.1:$http_port
server.https.enabled=false
dbms.security.auth_enabled=true
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.run=$home/run
server.directories.import=$home/import
server.directories.plugins=$home/plugins
server.memory.heap.initial_size=$heap
server.memory.heap.max_size=$heap
server.memory.pagecache.size=$pagecache
# The transactions' memory pool keeps Neo4j's default, a share of the heap: a
# runaway transaction is refused while the heap still has room, where a pool
# as large as the heap let the JVM run out first.
db.transaction.timeout=0
dbms.usage_report.enabled=false
server.jvm.additional=-XX:+ExitOnOutOfMemoryError
CONF
  local opt
  for opt in ${CLAIMGRAPH_NEO4J_JVM_OPTS:-}; do
    printf 'server.jvm.additional=%s\n' "$opt" >>"$home/conf/neo4j.conf"
  done
}

launcher() {
  java -cp "$lib/*" "$@"
}

pid_alive() {
  local pidfile="$home/run/neo4j.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# A second server on a taken port would fail to bind, and its launcher would
# overwrite and then remove the pid file that the running server is known by.
port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_ready() {
  printf '%s\n' "${CLAIMGRAPH_NEO4J_PASSWORD:-}" \
    | python3 "$root/scripts/neo4j/wait_ready.py" "$bolt_port" "$http_port" "$1"
}

show_log_tail() {
  for f in "$home/logs/neo4j.log" "$home/logs/debug.log"; do
    [ -f "$f" ] || continue
    printf '\n--- last lines of %s ---\n' "$f" >&2
    tail -n 30 "$f" >&2
  done
}

up() {
  [ -n "${CLAIMGRAPH_NEO4J_PASSWORD:-}" ] || die "CLAIMGRAPH_NEO4J_PASSWORD is not set"
  [ "${#CLAIMGRAPH_NEO4J_PASSWORD}" -ge 8 ] || die "CLAIMGRAPH_NEO4J_PASSWORD must have at least 8 characters"
  if pid_alive; then
    local alive=0
    wait_ready "$alive_timeout" || alive=$?
    case $alive in
      0) say "already running at bolt://127.0.0.1:$bolt_port (pid $(cat "$home/run/neo4j.pid")); nothing to do"
         return 0 ;;
      2) die "Neo4j in $home answers but refuses the password in CLAIMGRAPH_NEO4J_PASSWORD" ;;
      *) show_log_tail
         die "Neo4j in $home (pid $(cat "$home/run/neo4j.pid")) runs but did not answer within ${alive_timeout}s; stop it with '$0 down'" ;;
    esac
  fi
  local port
  for port in "$bolt_port" "$http_port"; do
    if port_taken "$port"; then
      die "port $port on 127.0.0.1 is taken by another process (not the server in $home); stop it or choose other ports with CLAIMGRAPH_NEO4J_BOLT_PORT / CLAIMGRAPH_NEO4J_HTTP_PORT"
    fi
  done
  require_tools
  fetch
  write_conf
  if [ ! -d "$home/data/dbms" ]; then
    launcher org.neo4j.server.startup.Neo4jAdminBoot dbms set-initial-password "$CLAIMGRAPH_NEO4J_PASSWORD" >/dev/null \
      || die "could not set the initial password"
  fi
  say "starting Neo4j $neo4j_version (bolt 127.0.0.1:$bolt_port, http 127.0.0.1:$http_port)"
  launcher org.neo4j.server.startup.Neo4jBoot start >"$home/logs/launcher.out" 2>&1 || {
    cat "$home/logs/launcher.out" >&2; show_log_tail; die "the launcher failed"; }
  local status=0
  wait_ready "$start_timeout" || status=$?
  case $status in
    0) say "up: bolt://127.0.0.1:$bolt_port  browser http://127.0.0.1:$http_port/browser/" ;;
    2) die "Neo4j answers but refuses the password in CLAIMGRAPH_NEO4J_PASSWORD (the database in $home/data was created with another one; remove that folder to start afresh)" ;;
    *) show_log_tail; die "Neo4j did not answer on Bolt port $bolt_port within ${start_timeout}s" ;;
  esac
}

down() {
  if [ ! -f "$lib/.complete" ] || ! pid_alive; then
    say "not running"
    rm -f "$home/run/neo4j.pid"
    return 0
  fi
  launcher org.neo4j.server.startup.Neo4jBoot stop >/dev/null || die "stop failed"
  say "stopped"
}

status() {
  if pid_alive && wait_ready "$alive_timeout"; then
    say "running at bolt://127.0.0.1:$bolt_port (pid $(cat "$home/run/neo4j.pid"))"
  else
    say "not running"
    return 1
  fi
}

admin() {
  require_tools
  fetch
  write_conf
  launcher org.neo4j.server.startup.Neo4jAdminBoot "$@"
}

# neo4j-admin dumps and loads a database only while the server is stopped.
stop_for_admin() {
  was_running=0
  if [ -f "$lib/.complete" ] && pid_alive; then
    was_running=1
    down
  fi
}

start_after_admin() {
  if [ "$was_running" = 1 ]; then up; fi
}

backup() {
  local file=${1:-$root/var/backups/neo4j-$(date -u +%Y%m%dT%H%M%SZ).dump}
  local work
  mkdir -p "$(dirname "$file")"
  work=$(mktemp -d "$(dirname "$file")/.dump.XXXXXX")
  stop_for_admin
  local status=0
  admin database dump neo4j --to-path="$work" --overwrite-destination=true >"$work/admin.out" 2>&1 || status=$?
  if [ "$status" = 0 ]; then mv "$work/neo4j.dump" "$file"; else cat "$work/admin.out" >&2; fi
  rm -rf "$work"
  start_after_admin
  [ "$status" = 0 ] || die "the dump failed"
  say "backup written to $file"
}

restore() {
  local file=${1:-}
  [ -n "$file" ] || die "restore needs the dump file: scripts/neo4j.sh restore FILE"
  [ -f "$file" ] || die "no such dump file: $file"
  local work
  work=$(mktemp -d)
  cp "$file" "$work/neo4j.dump"
  stop_for_admin
  local status=0
  admin database load neo4j --from-path="$work" --overwrite-destination=true >"$work/admin.out" 2>&1 || status=$?
  [ "$status" = 0 ] || cat "$work/admin.out" >&2
  rm -rf "$work"
  start_after_admin
  [ "$status" = 0 ] || die "the load failed"
  say "restored from $file"
}

case "${1:-}" in
  fetch) fetch ;;
  up) up ;;
  down) down ;;
  status) status ;;
  admin) shift; admin "$@" ;;
  backup) shift; backup "$@" ;;
  restore) shift; restore "$@" ;;
  *) echo "usage: $0 fetch|up|down|status|admin ARGS...|backup [FILE]|restore FILE" >&2; exit 64 ;;
esac
