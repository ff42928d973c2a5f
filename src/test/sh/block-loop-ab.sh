#!/usr/bin/env bash
# The agent-free block loop (io.dtaolab.bench.BlockLoopProfile) of this working tree (A) against a git revision (B,
# default d0edf5f = the chain before the fidelity work), each version's chain layer and benchmark compiled on its
# own with javac (no Quarkus, no Maven). A and B run in turn (A B A B ...) for ROUNDS rounds, each a whole process
# timed by GNU time. Prints every run, then per pair the ratios A/B of process CPU (user + sys) and wall, and of
# steady-state time per block (B's blocks/s over A's, mean of the benchmark's rounds 1-4: its round 0 is warm-up);
# medians quoted. Above 1 = A slower. Also checks that every A run printed the same state hash.
# Usage: src/test/sh/block-loop-ab.sh [ROUNDS=5] [BASE_REV=d0edf5f] [BLOCKS=300000]
# ROOT_HOLDERS=N (env) spreads the genesis root stake over N coldkeys (-Dloop.rootHolders=N; the engine's mainnet
# network has 8192: 16 per validator), which makes the per-block root claims visit and sell for many keys;
# KEEP_SHARE=S (env, default 0.25) the share of them that Keep (-Dloop.keepShare; the engine's network: 0).
# BENCH=A (env): B runs this working tree's benchmark sources (BlockLoopProfile, MainnetSnapshot) on its own chain
# layer, so options a base revision's benchmark lacks (-Dloop.keepShare, before 82a164f) apply to both; then B's
# state hashes must equal A's too (same network, a chain change must agree bit for bit).
# The engine's mainnet network: ROOT_HOLDERS=8192 KEEP_SHARE=0 BENCH=A.
# INPROC="CHUNKS BLOCKS" (env): instead of whole processes, both chain layers in one JVM
# (io.dtaolab.bench.InProcessAB: alternating chunks of BLOCKS blocks, thread CPU per block, ratio A/B per chunk pair),
# run twice, A built first and then B first (the order matters by a few percent); ROUNDS is then unused.
# Build dirs: /tmp/loop-A (rebuilt every call from the working tree) and /tmp/loop-<BASE_REV> (built once).
# Needs GNU time (Debian package `time`) and a JDK 17.
set -euo pipefail
ROUNDS=${1:-5}
BASE=${2:-d0edf5f}
BLOCKS=${3:-300000}
ROOT=$(git rev-parse --show-toplevel)
PATHS=(src/main/java/io/dtaolab/chain src/test/java/io/dtaolab/bench/BlockLoopProfile.java
       src/test/java/io/dtaolab/bench/MainnetSnapshot.java strategies/networks/mainnet-2026-09-30.csv)
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install time" >&2; exit 2; }

compile() { # dir
  (cd "$1" && rm -rf classes && javac -nowarn -d classes --release 17 $(find src -name '*.java') 2>&1 | grep -v '^Note:' || true)
  [ -f "$1/classes/io/dtaolab/bench/BlockLoopProfile.class" ] || { echo "compile failed in $1" >&2; exit 1; }
}

A=/tmp/loop-A
rm -rf "$A" && mkdir -p "$A"
(cd "$ROOT" && tar cf - "${PATHS[@]}" src/test/java/io/dtaolab/bench/InProcessAB.java) | tar xf - -C "$A"
compile "$A"
B=/tmp/loop-$(git -C "$ROOT" rev-parse --short=7 "$BASE")
if [ "${BENCH:-}" = A ]; then
  B=$B-benchA
  rm -rf "$B" && mkdir -p "$B"   # rebuilt every call: A's benchmark sources may have changed
  git -C "$ROOT" archive "$BASE" "${PATHS[@]}" | tar xf - -C "$B"
  (cd "$ROOT" && tar cf - src/test/java/io/dtaolab/bench/BlockLoopProfile.java src/test/java/io/dtaolab/bench/MainnetSnapshot.java) \
    | tar xf - -C "$B"
  compile "$B"
elif [ ! -f "$B/classes/io/dtaolab/bench/BlockLoopProfile.class" ]; then
  rm -rf "$B" && mkdir -p "$B"
  git -C "$ROOT" archive "$BASE" "${PATHS[@]}" | tar xf - -C "$B"
  compile "$B"
fi

if [ -n "${INPROC:-}" ]; then
  echo "in one JVM: A = $ROOT working tree, B = $BASE${BENCH:+ chain with the benchmark of A}, root holders ${ROOT_HOLDERS:-1} (keep share ${KEEP_SHARE:-0.25}); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for order in "$A $B" "$B $A"; do
    [ "$order" = "$A $B" ] && echo "A built and warmed first (ratio A/B):" || echo "B built and warmed first (ratio B/A):"
    # shellcheck disable=SC2086 # CHUNKS BLOCKS and the two directories are words on purpose
    java ${ROOT_HOLDERS:+-Dloop.rootHolders=$ROOT_HOLDERS} ${KEEP_SHARE:+-Dloop.keepShare=$KEEP_SHARE} -cp "$A/classes" \
      io.dtaolab.bench.InProcessAB $order $INPROC
  done
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
  exit 0
fi
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
echo "rounds $ROUNDS, $BLOCKS blocks, root holders ${ROOT_HOLDERS:-1} (keep share ${KEEP_SHARE:-0.25}), A = $ROOT working tree ($(git -C "$ROOT" rev-parse --short HEAD)$(
  git -C "$ROOT" diff --quiet HEAD -- "${PATHS[@]}" || echo ' + changes')), B = $BASE${BENCH:+ chain with the benchmark of A}"
echo "$(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
printf '%-6s %-4s %8s %8s %10s  %s\n' round ver wall_s cpu_s blocks/s 'state hash'
run() { # round ver dir
  (cd "$3" && /usr/bin/time -f '%e %U %S' -o "$LOGS/time-$2-$1" java ${ROOT_HOLDERS:+-Dloop.rootHolders=$ROOT_HOLDERS} ${KEEP_SHARE:+-Dloop.keepShare=$KEEP_SHARE} -cp classes io.dtaolab.bench.BlockLoopProfile \
    "$BLOCKS" > "$LOGS/out-$2-$1" 2>&1) || { echo "$2 failed (round $1):" >&2; tail -5 "$LOGS/out-$2-$1" >&2; exit 1; }
  read -r wall user sys < <(tail -1 "$LOGS/time-$2-$1")
  tput=$(awk '/^round [1-4]:/ { s += $3; n++ } END { printf "%.0f", s / n }' "$LOGS/out-$2-$1")
  hash=$(awk '/^state hash:/ { print $3 }' "$LOGS/out-$2-$1")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  echo "$1 $2 $wall $cpu $tput $hash" >> "$LOGS/rows"
  printf '%-6s %-4s %8.2f %8.2f %10s  %s\n' "$1" "$2" "$wall" "$cpu" "$tput" "$hash"
}
for r in $(seq 1 "$ROUNDS"); do
  run "$r" A "$A"
  run "$r" B "$B"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
med() { sort -g | awk '{ v[NR] = $1 } END { printf "%.3f (%.3f-%.3f)", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[1], v[NR] }'; }
# per-round ratio A/B of column $1 (inverted for throughput so that above 1 = A slower)
ratio() { awk -v c="$1" -v inv="${2:-0}" '$2 == "A" { a[$1] = $c } $2 == "B" { b[$1] = $c }
  END { for (r in a) print inv ? b[r] / a[r] : a[r] / b[r] }' "$LOGS/rows" | med; }
echo "A/B process cpu:  $(ratio 4)"
echo "A/B process wall: $(ratio 3)"
echo "A/B time per block, steady state (B blocks/s / A blocks/s): $(ratio 5 1)"
hashes=$(awk '$2 == "A" { print $6 }' "$LOGS/rows" | sort -u | wc -l)
[ "$hashes" = 1 ] || { echo "A printed $hashes different state hashes" >&2; exit 1; }
if [ "${BENCH:-}" = A ]; then
  all=$(awk '{ print $6 }' "$LOGS/rows" | sort -u | wc -l)
  [ "$all" = 1 ] || { echo "A and B printed different state hashes" >&2; exit 1; }
  echo "every A and B run printed state hash $(awk 'NR == 1 { print $6 }' "$LOGS/rows")"
fi
