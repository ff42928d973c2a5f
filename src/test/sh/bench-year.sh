#!/usr/bin/env bash
# Issue 13's yardstick, side by side in one call: the simulated mainnet year with the detectors on (A), the same
# year without detectors (B: A/B is the detectors' cost), and the agent-free block loop over the same 128-subnet
# mainnet network for the same number of blocks (C). The three run in turn (A B C A B C ...), each a whole process
# timed by GNU time (/usr/bin/time -v): wall, user + system CPU seconds and peak resident memory. Prints every
# round, then the medians and the ratios per round (A/B, A/C; median quoted). On a shared machine quote the CPU
# ratios, and say what else ran.
# Usage: src/test/sh/bench-year.sh [rounds=1] [blocks=2628000 (a year; 216000 = 30 days)] [jar]
# Needs a built jar (./mvnw -B -q package -DskipTests) and GNU time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-1}; BLOCKS=${2:-2628000}; JAR=${3:-target/quarkus-app/quarkus-run.jar}
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install time" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
declare -A CMD=(
  [A]="java -jar $JAR run strategies/mainnet-scale.yaml --blocks $BLOCKS --force --out $OUT/year-detectors"
  [B]="java -jar $JAR run strategies/mainnet-scale.yaml --blocks $BLOCKS --no-detectors --force --out $OUT/year-no-detectors"
  [C]="java -jar $JAR run strategies/mainnet-block-loop.yaml --blocks $BLOCKS --no-detectors --force --out $OUT/block-loop"
)
echo "blocks $BLOCKS, rounds $ROUNDS, $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
for k in A B C; do echo "$k = ${CMD[$k]}"; done
printf '%-6s %-3s %9s %9s %9s %10s\n' round cmd wall_s cpu_s user_s peak_MiB
for r in $(seq 1 "$ROUNDS"); do
  for k in A B C; do
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time-$k-$r" ${CMD[$k]} > "$OUT/log-$k-$r" 2>&1 \
      || { echo "$k failed (round $r):" >&2; tail -5 "$OUT/log-$k-$r" >&2; exit 1; }
    read -r wall user sys kb < <(tail -1 "$OUT/time-$k-$r")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    echo "$r $k $wall $cpu $user $((kb / 1024))" >> "$OUT/rows"
    printf '%-6s %-3s %9.2f %9.2f %9.2f %10d\n' "$r" "$k" "$wall" "$cpu" "$user" $((kb / 1024))
  done
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
# median of column $2 over the rounds, for the rows that match $1 (sort -g; no gawk needed)
median() { awk -v k="$1" -v c="$2" '$2 == k { print $c }' "$OUT/rows" | sort -g | awk '{ v[NR] = $1 }
  END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# median over rounds of the per-round ratio of column $3 between commands $1 and $2
ratio() { awk -v x="$1" -v y="$2" -v c="$3" '$2 == x { a[$1] = $c } $2 == y { b[$1] = $c }
  END { for (r in a) print a[r] / b[r] }' "$OUT/rows" | sort -g | awk '{ v[NR] = $1 }
  END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median A (scale, detectors)    wall $(median A 3) s  cpu $(median A 4) s  peak $(median A 6) MiB"
echo "median B (scale, no detectors) wall $(median B 3) s  cpu $(median B 4) s  peak $(median B 6) MiB"
echo "median C (agent-free loop)     wall $(median C 3) s  cpu $(median C 4) s  peak $(median C 6) MiB"
echo "A/B (what the detectors cost)   wall $(ratio A B 3)  cpu $(ratio A B 4)"
echo "A/C (scale vs agent-free loop)  wall $(ratio A C 3)  cpu $(ratio A C 4)"
