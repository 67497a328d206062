#!/usr/bin/env bash
# rounds.sh - run a few benchmark rows in N short rounds, one fork per row per round, and give each call style's
# time relative to hand JNI as the median (and range) of the per-round ratios.
#
#   bench/rounds.sh ROUNDS ONLY_PATTERN [run-bench.sh options...]
#
#   e.g. bench/rounds.sh 8 '(Jni|JnaInterface|JnaDirect)Bench\.memset$' --java "$(../shared/tools/jdk.sh 25)"
#
# Why: on a shared VM the machine drifts over minutes, and a --full run measures all JNI forks, then all of the next
# style's, so drift lands in the ratio. Here each round's rows run within a minute of each other and the ratio is
# taken inside the round, so drift between rounds cancels. Uses the bench jar and the agent as they are built:
# build them first (bench/run-bench.sh --quick --build-agent --only 'JniBench\.labs$' does both). Writes each
# round's files under bench/target/rounds/<n>/ and the summary to bench/target/rounds/summary.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROUNDS=${1:?usage: rounds.sh ROUNDS ONLY_PATTERN [run-bench.sh options...]}
ONLY=${2:?usage: rounds.sh ROUNDS ONLY_PATTERN [run-bench.sh options...]}
shift 2
OUT=$HERE/target/rounds
rm -rf "$OUT"
mkdir -p "$OUT"

for r in $(seq 1 "$ROUNDS"); do
  echo "rounds.sh: round $r of $ROUNDS" >&2
  "$HERE/run-bench.sh" --no-build --full --forks 1 --only "$ONLY" "$@" --out "$OUT/$r" >"$OUT/$r.log" 2>&1 \
    || { echo "rounds.sh: round $r failed, see $OUT/$r.log" >&2; exit 1; }
done

# Each round's CSV: function,style,ns_per_op,ns_error_999,bytes_per_op,ratio_to_jni,ns_median,median_ratio_to_jni,
# median_ratio_to_jni_jna_types,note. A per-round ratio is one of the two median ratios (that round's median over its
# iterations, over the reference's in the same round): to hand JNI, and, for the rows that have one, to hand JNI
# behind JNA's types (JniJnaTypesBench; include it in ONLY_PATTERN to get the second table).
summary() { # $1: CSV column of the ratio; $2, $3: the reference styles to leave out
  for r in $(seq 1 "$ROUNDS"); do cat "$OUT/$r"/results-*.csv; done | awk -F, -v col="$1" -v ref1="$2" -v ref2="$3" '
    $col != "" && $1 != "function" {
      gsub(/"/, "", $2); key = $1 "|" $2
      if (!(key in n)) order[++keys] = key
      v[key, ++n[key]] = $col
    }
    END {
      for (k = 1; k <= keys; k++) {
        key = order[k]; m = n[key]; split(key, fs, "|")
        if (fs[2] == ref1 || fs[2] == ref2) continue
        for (i = 1; i <= m; i++) s[i] = v[key, i] + 0
        for (i = 2; i <= m; i++) { x = s[i]; j = i - 1; while (j >= 1 && s[j] > x) { s[j + 1] = s[j]; j-- } s[j + 1] = x }
        med = (m % 2) ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2
        above = 0; list = ""
        for (i = 1; i <= m; i++) { if (v[key, i] + 0 > 1.25) above++; list = list sprintf("%s%.2f", i > 1 ? " " : "", v[key, i]) }
        printf "| %s | %s | %.2fx | %.2fx | %.2fx | %d of %d | %s |\n", fs[1], fs[2], med, s[1], s[m], above, m, list
      }
    }'
}

{
  echo "# Per-round time relative to hand JNI ($ROUNDS rounds, 1 fork each)"
  echo
  echo "- Rows: \`$ONLY\`; options: \`${*:-none}\`"
  echo "- Each ratio is one round's median ns/op of the style over hand JNI's median in the same round."
  echo
  echo "| Function | Style | median ratio | min | max | rounds above 1.25x | per round |"
  echo "|:---|:---|---:|---:|---:|---:|:---|"
  summary 8 "JNI" "JNI"
  typed=$(summary 9 "JNI" "JNI with JNA's types")
  if [ -n "$typed" ]; then
    echo
    echo "Relative to hand JNI behind JNA's types (\`JniJnaTypesBench\`: a \`Pointer\` in, a new \`Pointer\` out),"
    echo "each round's median over that row's median in the same round:"
    echo
    echo "| Function | Style | median ratio | min | max | rounds above 1.25x | per round |"
    echo "|:---|:---|---:|---:|---:|---:|:---|"
    echo "$typed"
  fi
} >"$OUT/summary.md"
cat "$OUT/summary.md"
