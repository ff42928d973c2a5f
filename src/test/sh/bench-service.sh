#!/usr/bin/env bash
# Service load benchmark: 8 paced runs x 50 SSE clients + a /q/metrics scrape per second, on loopback.
# Usage: src/test/sh/bench-service.sh [seconds=300] [blocksPerSecond=20] [runs=8] [clients=50]
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_TOTAL=${1:-300}; PACE=${2:-20}; RUNS=${3:-8}; CLIENTS=${4:-50}
PORT=18080
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
DIR=$(mktemp -d)
java -Xmx512m -Dquarkus.http.port=$PORT -Dlab.runs.dir="$DIR" -Dlab.runs.max-concurrent="$RUNS" \
  -jar target/quarkus-app/quarkus-run.jar serve > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf http://127.0.0.1:$PORT/q/health/ready > /dev/null; do sleep 0.5; done
java -cp "target/test-classes:$(cat target/bench.cp)" io.dtaolab.bench.ServiceLoad \
  http://127.0.0.1:$PORT $SERVER "$RUNS" "$CLIENTS" "$SECONDS_TOTAL" "$PACE"
