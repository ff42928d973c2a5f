#!/usr/bin/env bash
# Soak: 8 paced runs x 50 SSE clients (with the token) + 2 /q/metrics scrapes a second + a hostile client sending
# malformed, oversized, over-budget and unauthenticated requests; prints 5xx count, heap and scrape size.
# Usage: src/test/sh/soak.sh [seconds=600] [blocksPerSecond=20] [runs=8] [clients=50]
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_TOTAL=${1:-600}; PACE=${2:-20}; RUNS=${3:-8}; CLIENTS=${4:-50}
PORT=18081
TOKEN=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
DIR=$(mktemp -d)
# every client here is 127.0.0.1, so one address holds all RUNS x CLIENTS streams: raise the per-client limit for it
java -Xmx512m -Dquarkus.http.port=$PORT -Dlab.runs.dir="$DIR" -Dlab.runs.max-concurrent="$RUNS" -Dlab.api.token="$TOKEN" \
  -Dlab.events.sse-max-per-client=$((RUNS * CLIENTS + 16)) -jar target/quarkus-app/quarkus-run.jar serve \
  > target/soak-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DIR"' EXIT
until curl -sf http://127.0.0.1:$PORT/q/health/ready > /dev/null; do sleep 0.5; done
java -cp "target/test-classes:$(cat target/bench.cp)" io.dtaolab.bench.Soak \
  http://127.0.0.1:$PORT $SERVER "$TOKEN" "$RUNS" "$CLIENTS" "$SECONDS_TOTAL" "$PACE"
echo "server log lines with ERROR: $(grep -c ' ERROR ' target/soak-server.log || true)"
