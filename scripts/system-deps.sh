#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: a Java 17
# runtime and Maven (to fetch and run Neo4j) and Debian's Chromium (for the
# Neo4j Browser test). Uses apt-get as root, or through passwordless sudo;
# otherwise it names what is missing and stops.
set -euo pipefail

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v chromium >/dev/null || missing+=(chromium)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  apt=(sudo apt-get)
else
  echo "system-deps: missing ${missing[*]}; install them (apt-get install ${missing[*]}) and run again" >&2
  exit 1
fi

echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
