#!/usr/bin/env bash
# Issue 13's parallel yardsticks in one command: 2 threads against 1, side by side (in turn, A B A B ...), each a
# whole process timed by GNU time, with the outputs of the two thread counts checked byte for byte every round.
#
#   seeds  `run strategies/pump-and-dump-mainnet.yaml --seeds 4` (4 x 30 days, detectors on): --threads 2 vs 1
#   grid   `sweep strategies/sweeps/pump-and-dump-mainnet-grid.yaml` (8 full 30-day mainnet runs): --workers 2 vs 1
#   seeds90 the seeds line with 90-day runs (`--blocks 648000`), and grid90 `sweep
#          strategies/sweeps/pump-and-dump-mainnet-grid-90d.yaml` (the grid with 90-day runs): the JIT compiler's ~7
#          CPU-s per process is free on the idle core with one thread and not with two, so longer runs scale better
#   small  `sweep strategies/sweeps/flow-recycler-budget-grid.yaml` (24 two-day runs on 8 synthetic subnets, about
#          0.2 CPU-s each: JIT compilation costs as much as the runs, so this one cannot reach 2x; reported anyway)
#
# Usage: src/test/sh/bench-parallel.sh [rounds=3] [which=seeds,grid,small; also seeds90,grid90] [jar]
# Prints every run (wall, CPU = user + system, peak RSS, load average before it), then per comparison the speed-up
# (wall of 1 thread / wall of 2 threads, pair by pair) as min, median, max, and the CPU ratio 2 threads / 1.
# JAVA_OPTS (default empty) go to every java command. Needs a built jar (./mvnw -B -q package -DskipTests) and GNU
# time (Debian package `time`). A 2-thread speed-up is only meaningful with the machine otherwise idle: look at the
# load averages printed (a load well above 2 on 2 cores means the figure is a share of a busy machine, not a speed-up).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-3}
WHICH=${2:-seeds,grid,small}
JAR=${3:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || { echo "$JAR missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install time" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
J="java ${JAVA_OPTS:-} -jar $JAR"
load() { cut -d' ' -f1 /proc/loadavg; }

# one timed run: name, round, command...; appends "name round wall cpu peak load" to $OUT/rows
timed() {
  local name=$1 round=$2; shift 2
  local l; l=$(load)
  # shellcheck disable=SC2086 # JAVA_OPTS is split into words on purpose
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/time" "$@" > "$OUT/log" 2>&1 \
    || { echo "$name failed (round $round):" >&2; tail -5 "$OUT/log" >&2; exit 1; }
  read -r wall user sys kb < <(tail -1 "$OUT/time")
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  echo "$name $round $wall $cpu $((kb / 1024)) $l" >> "$OUT/rows"
  printf '%-9s %-5s %9.2f %9.2f %9d %8s\n' "$name" "$round" "$wall" "$cpu" $((kb / 1024)) "$l"
}

same() { # dir1 dir2 files...: byte-identical or fail
  local a=$1 b=$2; shift 2
  for f in "$@"; do cmp -s "$a/$f" "$b/$f" || { echo "DIFFERENT: $a/$f vs $b/$f" >&2; exit 1; }; done
}

echo "bench-parallel: $ROUNDS round(s) of [$WHICH], $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
printf '%-9s %-5s %9s %9s %9s %8s\n' command round wall_s cpu_s peak_MiB load
for r in $(seq 1 "$ROUNDS"); do
  if [[ ",$WHICH," == *,seeds,* ]]; then
    for t in 2 1; do
      # shellcheck disable=SC2086
      timed "seeds-$t" "$r" $J run strategies/pump-and-dump-mainnet.yaml --seeds 4 --threads $t --force --out "$OUT/seeds-$t"
    done
    same "$OUT/seeds-2" "$OUT/seeds-1" seeds.md seeds.json
    for s in 42 43 44 45; do same "$OUT/seeds-2/seed-$s" "$OUT/seeds-1/seed-$s" report.json report.md; done
  fi
  if [[ ",$WHICH," == *,grid,* ]]; then
    for w in 2 1; do
      rm -rf "$OUT/grid-$w"
      # shellcheck disable=SC2086
      timed "grid-$w" "$r" $J sweep strategies/sweeps/pump-and-dump-mainnet-grid.yaml --workers $w --out "$OUT/grid-$w"
    done
    same "$OUT/grid-2" "$OUT/grid-1" runs.csv cells.csv report.json
  fi
  if [[ ",$WHICH," == *,seeds90,* ]]; then
    for t in 2 1; do
      # shellcheck disable=SC2086
      timed "seeds90-$t" "$r" $J run strategies/pump-and-dump-mainnet.yaml --blocks 648000 --seeds 4 --threads $t --force --out "$OUT/seeds90-$t"
    done
    same "$OUT/seeds90-2" "$OUT/seeds90-1" seeds.md seeds.json
  fi
  if [[ ",$WHICH," == *,grid90,* ]]; then
    for w in 2 1; do
      rm -rf "$OUT/grid90-$w"
      # shellcheck disable=SC2086
      timed "grid90-$w" "$r" $J sweep strategies/sweeps/pump-and-dump-mainnet-grid-90d.yaml --workers $w --out "$OUT/grid90-$w"
    done
    same "$OUT/grid90-2" "$OUT/grid90-1" runs.csv cells.csv report.json
  fi
  if [[ ",$WHICH," == *,small,* ]]; then
    for w in 2 1; do
      rm -rf "$OUT/small-$w"
      # shellcheck disable=SC2086
      timed "small-$w" "$r" $J sweep strategies/sweeps/flow-recycler-budget-grid.yaml --workers $w --out "$OUT/small-$w"
    done
    same "$OUT/small-2" "$OUT/small-1" runs.csv cells.csv report.json
  fi
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end; outputs byte-identical between 2 threads and 1 in every round"

# per comparison: speed-up = wall(1) / wall(2) and CPU(2) / CPU(1), per round, min median max
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
  printf "%.3f (min %.3f, max %.3f, %d rounds)", m, v[1], v[NR], NR }'; }
for what in seeds grid seeds90 grid90 small; do
  grep -q "^$what-2 " "$OUT/rows" 2>/dev/null || continue
  speed=$(awk -v a="$what-2" -v b="$what-1" '$1 == a { w2[$2] = $3 } $1 == b { w1[$2] = $3 }
    END { for (r in w2) if (r in w1) print w1[r] / w2[r] }' "$OUT/rows" | stats)
  cpu=$(awk -v a="$what-2" -v b="$what-1" '$1 == a { c2[$2] = $4 } $1 == b { c1[$2] = $4 }
    END { for (r in c2) if (r in c1) print c2[r] / c1[r] }' "$OUT/rows" | stats)
  w2=$(awk -v a="$what-2" '$1 == a { print $3 }' "$OUT/rows" | stats)
  w1=$(awk -v a="$what-1" '$1 == a { print $3 }' "$OUT/rows" | stats)
  echo "$what: speed-up 2 threads vs 1 (wall 1 / wall 2) $speed; CPU 2/1 $cpu; wall 2 threads $w2 s; 1 thread $w1 s"
done
