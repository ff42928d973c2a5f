#!/usr/bin/env bash
# The test command (README "Run the tests"; .ci/run calls it): installs the programs the tests drive, then runs
# the whole suite. A fresh Debian machine needs only this script and root (for apt-get). Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive

# program -> Debian package; the tests' side of this list is src/test/java/io/dtaolab/prereq/Prerequisites.java
PROGRAMS=(java curl unzip promtool prometheus chromium chromedriver)
declare -A PACKAGE=([java]=openjdk-17-jdk-headless [curl]=curl [unzip]=unzip [promtool]=prometheus
  [prometheus]=prometheus [chromium]=chromium [chromedriver]=chromium-driver)

missing() {
  local p
  for p in "${PROGRAMS[@]}"; do
    command -v "$p" >/dev/null 2>&1 || [ -x "/usr/bin/$p" ] || echo "${PACKAGE[$p]}"
  done | sort -u
}

need=($(missing))
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  else
    echo "test.sh: the tests need ${need[*]}; run as root or: apt-get install -y --no-install-recommends ${need[*]}" >&2
    exit 1
  fi
  still=($(missing))
  if [ ${#still[@]} -gt 0 ]; then
    echo "test.sh: still missing after apt-get: ${still[*]}" >&2
    exit 1
  fi
fi

./mvnw -B verify "$@"
