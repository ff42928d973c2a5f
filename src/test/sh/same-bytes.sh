#!/usr/bin/env bash
# Byte-identity of a change to the engine, agents or chain: runs shipped strategies with two builds, one process at
# a time, and compares every output file but the wall-clock ones: report.json, report.md, series.csv (and
# events.jsonl when written) byte for byte, and the state hashes of both worlds from manifest.json (the rest of the
# manifest holds wall seconds and a timestamp; report.html embeds nothing else but is compared too unless
# SKIP_HTML=1). Exit 0 only if every strategy matches.
# Usage: src/test/sh/same-bytes.sh OLD_JAR NEW_JAR [OUT_DIR=/tmp/same-bytes] [STRATEGY ...]
# Default strategies: the nine of BENCHMARKS.md's byte-identity loop at 20,000 blocks, mainnet-scale at 40,000
# (its last adversary starts at block 36,000). NAME:BLOCKS picks a length, e.g. mainnet-scale:216000.
# JAVA_OPTS go to both java commands (default: none).
set -uo pipefail
cd "$(dirname "$0")/../../.."
OLD=${1:?old jar}; NEW=${2:?new jar}; OUT=${3:-/tmp/same-bytes}; shift $(( $# < 3 ? $# : 3 ))
LIST=("$@")
[ ${#LIST[@]} -gt 0 ] || LIST=(pump-and-dump-mainnet wash-trader ema-timer sandwich-bot insider-collusion-mainnet
  sybil-swarm-holder-vote flow-recycler-two-presets scripted-flow-cycle mainnet-scale:40000)
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$OUT"
fail=0
for item in "${LIST[@]}"; do
  s=${item%%:*}; b=${item#*:}; [ "$b" = "$item" ] && b=20000
  for side in old new; do
    jar=$OLD; [ $side = new ] && jar=$NEW
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$jar" run "strategies/$s.yaml" --blocks "$b" --force --out "$OUT/$s-$side" \
      > "$OUT/$s-$side.log" 2>&1 || { echo "FAIL $s ($side run failed, see $OUT/$s-$side.log)"; fail=1; continue 2; }
  done
  diffs=()
  for f in $(cd "$OUT/$s-old" && find . -type f ! -name manifest.json | sort); do
    [ "${SKIP_HTML:-0}" = 1 ] && [[ $f == *.html ]] && continue
    cmp -s "$OUT/$s-old/$f" "$OUT/$s-new/$f" || diffs+=("$f")
  done
  [ "$(cd "$OUT/$s-old" && find . -type f | sort)" = "$(cd "$OUT/$s-new" && find . -type f | sort)" ] || diffs+=("(file list)")
  # state hashes of every world in every manifest (multi-preset runs keep one per preset directory)
  h() { (cd "$1" && find . -name manifest.json | sort | xargs grep -o '"stateHash[A-Za-z]*" : "[0-9a-f]*"'); }
  [ "$(h "$OUT/$s-old")" = "$(h "$OUT/$s-new")" ] || diffs+=("(state hashes)")
  if [ ${#diffs[@]} -eq 0 ]; then
    echo "SAME $s ($b blocks): $(cd "$OUT/$s-old" && find . -type f | wc -l) files, $(h "$OUT/$s-old" | sed 's/"stateHash//; s/" : "/ /; s/"$//' | tr '\n' ' ')"
  else
    echo "DIFF $s ($b blocks): ${diffs[*]}"; fail=1
  fi
done
exit $fail
