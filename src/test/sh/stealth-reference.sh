#!/usr/bin/env bash
# Independent references for the stealth searches (README "How the stealth results were checked").
#
# For each shipped attack's stealth search file (strategies/searches/<attack>-stealth.yaml) this evaluates explicit
# grids of its own parameter space with `search FILE --points CSV` (no optimiser: each point is the strategy text the
# search would run for those values, run and scored by the same evaluator, same seed, objective and alarm rule), and
# held-out uniform random samples with `search FILE --random-baseline SEED --evaluations N` (sample seeds never used in
# development). Prints, per part, the points run, how many no detector flagged and the strongest unflagged one; the
# full results (points.csv with alarms and PnL per point, best-<budget>-undetected.yaml to re-run with `run`) are in
# $OUT/<part>/.
#
# Usage (from the repo root, after ./mvnw -o package -DskipTests):
#   src/test/sh/stealth-reference.sh [PART...]
# Parts (default: all, in this order; about 1.5 h on 2 shared cores):
#   flow-boundary flow-grid flow-fine flow-random wash sandwich insider ema sybil
# Environment: JAR (default target/quarkus-app/quarkus-run.jar), OUT (default /tmp/stealth-reference), THREADS (2).
set -euo pipefail
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
OUT=${OUT:-/tmp/stealth-reference}
THREADS=${THREADS:-2}
S=strategies/searches
mkdir -p "$OUT"

# points NAME SEARCHFILE: runs $OUT/NAME.csv, then summarises $OUT/NAME/points.csv
points() {
  local name=$1 file=$2
  echo "== $name: $(($(wc -l < "$OUT/$name.csv") - 1)) points of $file"
  nice -n 10 java -jar "$JAR" search "$file" --points "$OUT/$name.csv" --threads "$THREADS" --out "$OUT/$name" \
    > "$OUT/$name.log" 2>&1 || { tail -5 "$OUT/$name.log"; return 1; }
  summary "$OUT/$name/points.csv"
}

# summary POINTS_CSV: points run (the base strategy is evaluation 0), unflagged, strongest unflagged, strongest flagged
summary() {
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; np = col["objective"] - 3; next }
    { p = ""; for (i = 3; i < col["objective"]; i++) p = p (p == "" ? "" : " ") $i
      n++; o = $col["objective"] + 0
      if ($col["detected"] == "false") { u++; if (ub == "" || o > ub + 0) { ub = $col["objective"]; up = p } }
      else if (fb == "" || o > fb + 0) { fb = $col["objective"]; fp = p } }
    END { printf "   %d evaluations (incl. the base strategy), %d unflagged; strongest unflagged: %s%s; strongest flagged: %s%s\n",
      n, u, (ub == "" ? "none" : ub), (ub == "" ? "" : " at " up), (fb == "" ? "none" : fb), (fb == "" ? "" : " at " fp) }' "$1"
}

# random NAME SEARCHFILE SEED N: held-out uniform random sample (the base strategy, then N-1 uniform points)
random() {
  local name=$1 file=$2 seed=$3 n=$4
  echo "== $name: uniform random sample of $file, sample seed $seed, $n evaluations"
  nice -n 10 java -jar "$JAR" search "$file" --random-baseline "$seed" --evaluations "$n" --threads "$THREADS" \
    --out "$OUT/$name" > "$OUT/$name.log" 2>&1 || { tail -5 "$OUT/$name.log"; return 1; }
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { n++; o = $col["objective"] + 0; if ($col["detected"] == "false") { u++; if (ub == "" || o > ub + 0) ub = $col["objective"] } }
    END { printf "   %d evaluations, %d unflagged; strongest unflagged: %s\n", n, u, (ub == "" ? "none" : ub) }' \
    "$OUT/$name/evaluations.csv"
}

# log-spaced values: logspace MIN MAX N [FORMAT]
logspace() {
  awk -v a="$1" -v b="$2" -v n="$3" -v f="${4:-%.4g}" 'BEGIN { for (i = 0; i < n; i++) printf f "\n", a * exp(log(b / a) * i / (n - 1)) }'
}

# grid FILE HEADER "VALUES OF COLUMN 1" "VALUES OF COLUMN 2": every pair
grid() {
  local file=$1 header=$2 xs=$3 ys=$4
  { echo "$header"; for x in $xs; do for y in $ys; do echo "$x,$y"; done; done; } > "$file"
}

part_flow_boundary() {
  # where flow-gaming's hold rule starts to bind, across the whole cycleTao range (20 log-spaced values), and
  # whether small cycles escape it at the longest hold
  grid "$OUT/flow-boundary.csv" cycleTao,holdBlocks "$(logspace 10 4000 20)" "178 179 180 181 3600"
  points flow-boundary "$S/flow-recycler-30d-stealth.yaml"
}

part_flow_grid() {
  # the unflagged region below the hold boundary where the redirect is large: cycleTao 1,500-4,000 step 100
  grid "$OUT/flow-grid.csv" cycleTao,holdBlocks "$(seq 1500 100 4000)" "60 80 100 120 140 150 160 170 174 176 177 178 179"
  points flow-grid "$S/flow-recycler-30d-stealth.yaml"
}

part_flow_fine() {
  # step 10 in cycleTao around the grid's strongest unflagged points (2,200-2,500 at holdBlocks 178-179)
  grid "$OUT/flow-fine.csv" cycleTao,holdBlocks "$(seq 2150 10 2450)" "178 179"
  points flow-fine "$S/flow-recycler-30d-stealth.yaml"
}

part_flow_random() {
  random flow-random "$S/flow-recycler-30d-stealth.yaml" 20261205 121
}

part_wash() {
  # the whole range in 6 x 8 roughly log-spaced values, its four corners included
  grid "$OUT/wash.csv" roundTripTao,roundTripsPerDay "1 3 10 30 100 500" "4 8 20 50 200 1000 3000 7200"
  points wash "$S/wash-trader-stealth.yaml"
}

part_sandwich() {
  grid "$OUT/sandwich.csv" maxFrontRunTao,minVictimTao "$(logspace 10 5000 6)" "$(logspace 0.1 20 6)"
  points sandwich "$S/sandwich-bot-stealth.yaml"
}

part_insider() {
  # the range's four corners: the smallest and largest buy with 1 and 6 cartel validators (the search met 1-5);
  # mainnet snapshot: the slowest runs (about a minute each on 2 shared cores)
  grid "$OUT/insider.csv" coordinatedBuyTao,cartelValidators "10 5000" "1 6"
  points insider "$S/insider-collusion-stealth.yaml"
}

part_ema() {
  # the claimed boundary (leadBlocks 7,193 unflagged, 7,195 flagged at pushTao 6,000) block by block, and smaller pushes
  { echo pushTao,leadBlocks
    for l in $(seq 7180 7198); do echo "6000,$l"; done
    for p in 3000 4500 5500 5900; do for l in 7000 7190 7193 7195 7198; do echo "$p,$l"; done; done
    for l in 5000 6000 6500 6900; do echo "6000,$l"; done; } > "$OUT/ema.csv"
  points ema "$S/ema-timer-stealth.yaml"
}

part_sybil() {
  { echo perKeyTao,behaviour; for k in 1 2 3 5 8 12 18 25; do echo "$k,vote"; echo "$k,stake-and-hold"; done; } > "$OUT/sybil.csv"
  points sybil "$S/sybil-swarm-stealth.yaml"
}

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(flow-boundary flow-grid flow-fine flow-random wash sandwich insider ema sybil)
for p in "${parts[@]}"; do
  "part_${p//-/_}"
done
