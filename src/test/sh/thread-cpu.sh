#!/usr/bin/env bash
# CPU seconds per JVM thread group of one command (run threads, twin threads, C2/C1 compiler threads, GC threads),
# read from /proc/PID/task/*/stat twice a second until it exits; numbered threads are summed per name
# ("GC Thread#0" + "GC Thread#1" = "GC Thread#"). CPU time, unlike wall time, stays meaningful on a busy machine, so
# it tells how much of a run the JIT compiler takes (with one run thread the compiler gets the second core for free;
# with two it competes with the runs).
# Usage: src/test/sh/thread-cpu.sh OUT_PREFIX COMMAND...   (writes OUT_PREFIX.log and OUT_PREFIX.cpu, prints the table)
# Example: src/test/sh/thread-cpu.sh /tmp/s1 java -jar target/quarkus-app/quarkus-run.jar \
#            run strategies/pump-and-dump-mainnet.yaml --seeds 4 --threads 1 --force --out /tmp/s1out
set -uo pipefail
out=$1; shift
"$@" > "$out.log" 2>&1 &
pid=$!
declare -A cpu
tck=$(getconf CLK_TCK)
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    st=$(cat "$t/stat" 2>/dev/null) || continue
    name=$(cat "$t/comm" 2>/dev/null) || continue
    rest=${st##*) }
    # shellcheck disable=SC2086 # split the stat fields on purpose
    set -- $rest
    cpu["${t##*/} $name"]=$(( ${12} + ${13} ))  # utime + stime of the thread, in clock ticks
  done
  sleep 0.5
done
wait "$pid"; rc=$?
for k in "${!cpu[@]}"; do echo "$k ${cpu[$k]}"; done | awk -v t="$tck" '{ name = $2; for (i = 3; i < NF; i++) name = name " " $i;
  g = name; gsub(/[0-9]+$/, "", g); s[g] += $NF / t; tot += $NF / t }
  END { for (g in s) if (s[g] >= 0.01) printf "%8.2f  %s\n", s[g], g; printf "%8.2f  %s\n", tot, "TOTAL" }' \
  | sort -n -r > "$out.cpu"
cat "$out.cpu"
exit "$rc"
