#!/usr/bin/env bash
# Sweep and multi-seed scaling on 2 threads, side by side (src/test/sh/in-turn.sh): 1 = two threads, 2 = one thread;
# the speed-up is 1 / the wall ratio 1/2 printed at the end.
# Usage: src/test/sh/bench-sweep.sh sweep [rounds=2] [duration=2d] [jar]
#          the shipped strategies/sweeps/flow-recycler-budget-grid.yaml (24 runs) with `--workers 2` against `--workers 1`;
#          a duration other than its 2d is a copy of the file with only `duration` changed (longer runs: the JVM's
#          start-up and JIT compilation weigh less; see BENCHMARKS.md)
#        src/test/sh/bench-sweep.sh seeds [rounds=2] [blocks=43200] [jar]
#          `run strategies/pump-and-dump-mainnet.yaml --seeds 4` with `--threads 2` against `--threads 1`
# JAVA_OPTS (default empty) go to every java command. Needs a built jar and GNU time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/../../.."
WHAT=${1:?usage: $0 sweep|seeds [rounds] [duration|blocks] [jar]}
ROUNDS=${2:-2}
JAR=${4:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || { echo "$JAR missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
J="java ${JAVA_OPTS:-} -jar $JAR"
case "$WHAT" in
  sweep)
    DURATION=${3:-2d}
    SWEEP=strategies/sweeps/flow-recycler-budget-grid.yaml
    if [ "$DURATION" != 2d ]; then
      cp strategies/flow-recycler-two-presets.yaml "$OUT/"
      sed -e "s#^base: .*#base: flow-recycler-two-presets.yaml#" -e "s#^  duration: 2d#  duration: $DURATION#" \
        "$SWEEP" > "$OUT/grid.yaml"
      grep -q "duration: $DURATION" "$OUT/grid.yaml" || { echo "could not set the duration" >&2; exit 2; }
      SWEEP=$OUT/grid.yaml
    fi
    echo "sweep $SWEEP, duration $DURATION"
    src/test/sh/in-turn.sh "$ROUNDS" \
      "$J sweep $SWEEP --workers 2 --out $OUT/sw2" \
      "$J sweep $SWEEP --workers 1 --out $OUT/sw1"
    for f in runs.csv cells.csv report.json; do cmp "$OUT/sw2/$f" "$OUT/sw1/$f"; done
    echo "runs.csv, cells.csv, report.json identical for 2 and 1 workers"
    ;;
  seeds)
    BLOCKS=${3:-43200}
    echo "run strategies/pump-and-dump-mainnet.yaml --seeds 4, $BLOCKS blocks"
    src/test/sh/in-turn.sh "$ROUNDS" \
      "$J run strategies/pump-and-dump-mainnet.yaml --seeds 4 --blocks $BLOCKS --threads 2 --force --out $OUT/s2" \
      "$J run strategies/pump-and-dump-mainnet.yaml --seeds 4 --blocks $BLOCKS --threads 1 --force --out $OUT/s1"
    cmp "$OUT/s2/seeds.md" "$OUT/s1/seeds.md"
    echo "seeds.md identical for 2 threads and 1"
    ;;
  *) echo "sweep or seeds" >&2; exit 2 ;;
esac
