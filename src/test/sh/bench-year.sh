#!/usr/bin/env bash
# Issue 13's yardstick, side by side in one call: 1 = the simulated mainnet year with the detectors on,
# 2 = the same year without detectors (1/2 is what the detectors cost), 3 = the agent-free block loop over the same
# 128-subnet mainnet network for as many blocks (1/3: the whole lab against the bare chain). They run in turn,
# each a whole process timed by GNU time (src/test/sh/in-turn.sh): wall, CPU and peak resident memory.
# Usage: src/test/sh/bench-year.sh [rounds=1] [blocks=2628000 (a year; 216000 = 30 days)] [jar]
# JAVA_OPTS go to every java command; default `-XX:+UseParallelGC -Xmx768m`, the heap cap the README documents for
# long runs (peak RSS of the year 902 MiB with it; the JVM's default heap sizing let it reach 2.6 GiB). JAVA_OPTS=" "
# runs with the JVM's defaults.
# Needs a built jar (./mvnw -B -q package -DskipTests) and GNU time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-1}; BLOCKS=${2:-2628000}; JAR=${3:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || { echo "$JAR missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
JAVA_OPTS=${JAVA_OPTS:--XX:+UseParallelGC -Xmx768m}
echo "blocks $BLOCKS, java options: $JAVA_OPTS"
src/test/sh/in-turn.sh "$ROUNDS" \
  "java $JAVA_OPTS -jar $JAR run strategies/mainnet-scale.yaml --blocks $BLOCKS --force --out $OUT/scale-detectors" \
  "java $JAVA_OPTS -jar $JAR run strategies/mainnet-scale.yaml --blocks $BLOCKS --no-detectors --force --out $OUT/scale-no-detectors" \
  "java $JAVA_OPTS -jar $JAR run strategies/mainnet-block-loop.yaml --blocks $BLOCKS --no-detectors --force --out $OUT/block-loop"
