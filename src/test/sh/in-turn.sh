#!/usr/bin/env bash
# Times whole commands side by side: they run in turn (1 2 3 … 1 2 3 …) for ROUNDS rounds, each a whole process
# timed by GNU time (/usr/bin/time): wall seconds, user + system CPU seconds, peak resident memory. Prints every
# run, the medians, and per round the ratio of the first command to each other one (median over rounds quoted).
# Running in turn keeps a ratio meaningful when the machine's speed drifts (other jobs); on a shared machine quote
# the CPU ratios and the load average printed at start and end.
# Usage: src/test/sh/in-turn.sh ROUNDS 'COMMAND 1' 'COMMAND 2' ['COMMAND 3' ...]
# Each command is one string, split into words like a shell would (no quotes or pipes inside); its output goes to
# a log whose last lines are printed if it fails. Needs GNU time (Debian package `time`).
set -euo pipefail
ROUNDS=$1; shift
[ "$#" -ge 2 ] || { echo "usage: $0 ROUNDS 'COMMAND 1' 'COMMAND 2' [...]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install time" >&2; exit 2; }
CMDS=("$@")
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
echo "rounds $ROUNDS, $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
for k in "${!CMDS[@]}"; do echo "$((k + 1)) = ${CMDS[$k]}"; done
printf '%-6s %-4s %9s %9s %9s %10s\n' round cmd wall_s cpu_s user_s peak_MiB
for r in $(seq 1 "$ROUNDS"); do
  for k in "${!CMDS[@]}"; do
    c=$((k + 1))
    # shellcheck disable=SC2086 # the command string is split into words on purpose
    /usr/bin/time -f '%e %U %S %M' -o "$LOGS/time-$c-$r" ${CMDS[$k]} > "$LOGS/log-$c-$r" 2>&1 \
      || { echo "command $c failed (round $r):" >&2; tail -5 "$LOGS/log-$c-$r" >&2; exit 1; }
    read -r wall user sys kb < <(tail -1 "$LOGS/time-$c-$r")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    echo "$r $c $wall $cpu $user $((kb / 1024))" >> "$LOGS/rows"
    printf '%-6s %-4s %9.2f %9.2f %9.2f %10d\n' "$r" "$c" "$wall" "$cpu" "$user" $((kb / 1024))
  done
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
med() { sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# median over rounds of column $2 for command $1
median() { awk -v k="$1" -v c="$2" '$2 == k { print $c }' "$LOGS/rows" | med; }
# median over rounds of the per-round ratio of column $3 between commands $1 and $2
ratio() { awk -v x="$1" -v y="$2" -v c="$3" '$2 == x { a[$1] = $c } $2 == y { b[$1] = $c }
  END { for (r in a) print a[r] / b[r] }' "$LOGS/rows" | med; }
for c in $(seq 1 "${#CMDS[@]}"); do
  echo "median $c: wall $(median "$c" 3) s, cpu $(median "$c" 4) s, peak $(median "$c" 6) MiB"
done
for c in $(seq 2 "${#CMDS[@]}"); do
  echo "1/$c: wall $(ratio 1 "$c" 3), cpu $(ratio 1 "$c" 4)"
done
