#!/usr/bin/env bash
# run-demo.sh - run the ffijit demo without and then with the ffijit agent, check that
# both runs computed the same results, and print both throughputs and the speed-up.
#
#   demo-app/run-demo.sh [options] [-- extra JVM args...]
#
# Options:
#   --quick            small workload (the demo's --quick), a few seconds; for CI
#   --java PATH        the java launcher, or a JDK directory (default: $JAVA_HOME/bin/java,
#                      else java on the PATH)
#   --require-agent    fail (exit 3) if the agent jar is missing, instead of running
#                      only the run without the agent
#   --agent JAR        agent jar (default: agent/target/ffijit-agent.jar of this repository)
#   --agent-options S  options for the agent: -javaagent:JAR=S
#   --app-arg ARG      pass ARG to the demo (repeatable), e.g. --app-arg --records
#                      --app-arg 200000, or --app-arg --dir --app-arg /usr/share/doc
#   --jvm-arg ARG      pass ARG to both JVMs (repeatable); so does everything after --
#   --runs N           run each configuration N times, alternating, and compare the
#                      fastest runs (default 1); a shared machine's timings are noisy
#   --build            rebuild the demo jar with Maven even if it exists
#   --no-build         never build; fail if the demo jar is missing
#   -h, --help         print this help
#
# The demo jar (demo-app/target/ffijit-demo.jar, with target/lib/) is built with
# "mvn -q -pl demo-app -am package -DskipTests" from the repository root when missing.
# On JDK 24+ both JVMs get --enable-native-access=ALL-UNNAMED (JNA loads native code).
#
# Exit status: 0 success; 1 a run failed or the results differ; 2 usage error;
# 3 the agent jar is missing and --require-agent was given.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$HERE/.." && pwd -P)
DEMO_JAR=$HERE/target/ffijit-demo.jar
AGENT_JAR=$REPO/agent/target/ffijit-agent.jar
MAIN=dev.ffijit.demo.Main

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
die() { echo "run-demo: $*" >&2; exit "${2:-1}"; }
usage_error() { echo "run-demo: $*" >&2; echo "run-demo: see --help" >&2; exit 2; }

QUICK=0 REQUIRE_AGENT=0 BUILD=auto JAVA_BIN="" AGENT_OPTIONS="" RUNS=1
JVM_ARGS=() APP_ARGS=()
need_value() { [ $# -ge 2 ] || usage_error "$1 needs a value"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --java) need_value "$@"; JAVA_BIN=$2; shift ;;
    --require-agent) REQUIRE_AGENT=1 ;;
    --agent) need_value "$@"; AGENT_JAR=$2; shift ;;
    --agent-options) need_value "$@"; AGENT_OPTIONS=$2; shift ;;
    --app-arg) need_value "$@"; APP_ARGS+=("$2"); shift ;;
    --runs) need_value "$@"; RUNS=$2; shift
            [[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || usage_error "--runs needs a positive number" ;;
    --jvm-arg) need_value "$@"; JVM_ARGS+=("$2"); shift ;;
    --build) BUILD=always ;;
    --no-build) BUILD=never ;;
    -h|--help) usage; exit 0 ;;
    --) shift; JVM_ARGS+=("$@"); break ;;
    *) usage_error "unknown option: $1" ;;
  esac
  shift
done
[ "$QUICK" = 1 ] && APP_ARGS=(--quick ${APP_ARGS[@]+"${APP_ARGS[@]}"})

# --- which java -------------------------------------------------------------------
if [ -n "$JAVA_BIN" ]; then
  [ -d "$JAVA_BIN" ] && JAVA_BIN=$JAVA_BIN/bin/java
elif [ -n "${JAVA_HOME:-}" ]; then
  JAVA_BIN=$JAVA_HOME/bin/java
else
  JAVA_BIN=$(command -v java) || die "no java: give --java, set JAVA_HOME or put java on the PATH"
fi
[ -x "$JAVA_BIN" ] || die "not an executable java launcher: $JAVA_BIN"
JAVA_PROPS=$("$JAVA_BIN" -XshowSettings:properties -version 2>&1 || true)
JAVA_SPEC=$(printf '%s\n' "$JAVA_PROPS" | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
JAVA_VERSION=$(printf '%s\n' "$JAVA_PROPS" | sed -n 's/^ *java\.version = //p' | head -n1)
JAVA_FEATURE=${JAVA_SPEC#1.}
JAVA_FEATURE=${JAVA_FEATURE%%.*}
[[ "$JAVA_FEATURE" =~ ^[0-9]+$ ]] || die "cannot tell the version of $JAVA_BIN"
[ "$JAVA_FEATURE" -ge 17 ] || die "the demo needs Java 17 or newer; $JAVA_BIN is Java $JAVA_SPEC"
COMMON_JVM_ARGS=()
# JDK 24+ warns (and later refuses) when JNA loads its native library without this.
[ "$JAVA_FEATURE" -ge 24 ] && COMMON_JVM_ARGS+=(--enable-native-access=ALL-UNNAMED)
COMMON_JVM_ARGS+=(${JVM_ARGS[@]+"${JVM_ARGS[@]}"})

# --- the demo jar -----------------------------------------------------------------
demo_built() { [ -f "$DEMO_JAR" ] && compgen -G "$HERE/target/lib/jna-*.jar" >/dev/null; }
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && ! demo_built; }; then
  command -v mvn >/dev/null || die "the demo jar is missing and mvn is not on the PATH"
  echo "run-demo: building the demo jar (mvn -q -pl demo-app -am package -DskipTests)"
  (cd "$REPO" && mvn -q -pl demo-app -am package -DskipTests) || die "the build failed"
fi
demo_built || die "demo jar missing: $DEMO_JAR (and target/lib/jna-*.jar); build it or drop --no-build"

# --- runs -------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ffijit-demo.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
HAVE_AGENT=0
if [ -f "$AGENT_JAR" ]; then
  HAVE_AGENT=1
else
  echo "run-demo: agent jar missing: $AGENT_JAR; running without the agent only"
fi
AGENT_ARG=-javaagent:$AGENT_JAR${AGENT_OPTIONS:+=$AGENT_OPTIONS}

# run_demo LABEL OUTFILE VERBOSE [JVM args...]: runs the demo and keeps its stdout; shows
# all of it when VERBOSE is 1, else only its throughput lines.
run_demo() {
  local label=$1 out=$2 verbose=$3
  shift 3
  echo
  echo "=== $label"
  # ${a[@]+"${a[@]}"}: bash 3.2 (macOS) calls an empty array unbound under set -u
  local cmd=("$JAVA_BIN" ${COMMON_JVM_ARGS[@]+"${COMMON_JVM_ARGS[@]}"} "$@" -cp "$DEMO_JAR" "$MAIN"
             ${APP_ARGS[@]+"${APP_ARGS[@]}"})
  [ "$verbose" = 1 ] && echo "\$ ${cmd[*]}"
  local rc=0
  "${cmd[@]}" > "$out" || rc=$?
  if [ "$verbose" = 1 ] || [ "$rc" -ne 0 ]; then cat "$out"; else grep '^throughput:' "$out" || true; fi
  [ "$rc" -eq 0 ] || die "the demo failed ($label), exit status $rc"
  grep -q '^result:' "$out" || die "the demo printed no result lines ($label)"
}

# field NAME FILE: the value of NAME=... on the first throughput line.
field() {
  awk -v name="$1=" '$1 == "throughput:" {
      for (i = 2; i <= NF; i++) if (index($i, name) == 1) { print substr($i, length(name) + 1); exit }
    }' "$2"
}

# fastest PREFIX: the output file PREFIX.N with the smallest elapsed time.
fastest() {
  local f best="" best_s=""
  for f in "$1".*; do
    local s
    s=$(field elapsed_s "$f")
    if [ -z "$best" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best=$f best_s=$s
    fi
  done
  echo "$best"
}

summary_line() {
  printf '%-15s %10s records/s  %10s native calls/s  (%s s)\n' "$1" \
    "$(field records_per_s "$2")" "$(field native_calls_per_s "$2")" "$(field elapsed_s "$2")"
}

# Runs alternate so that a slow spell of a shared machine hits both configurations.
for i in $(seq 1 "$RUNS"); do
  verbose=0
  [ "$i" = 1 ] && verbose=1
  run_demo "without agent (run $i of $RUNS)" "$WORK/plain.$i" "$verbose"
  [ "$HAVE_AGENT" = 1 ] && run_demo "with agent (run $i of $RUNS)" "$WORK/agent.$i" "$verbose" "$AGENT_ARG"
done

echo
echo "=== summary (java ${JAVA_VERSION:-$JAVA_SPEC}, $JAVA_BIN)"
grep '^result:' "$WORK/plain.1" > "$WORK/expected"
for f in "$WORK"/plain.* "$WORK"/agent.*; do
  [ -f "$f" ] || continue
  case "$f" in
    */plain.*) label="without agent (run ${f##*.})" ;;
    *) label="with agent (run ${f##*.})" ;;
  esac
  grep '^result:' "$f" > "$WORK/actual" || true
  if ! diff -u --label "without agent (run 1)" --label "$label" "$WORK/expected" "$WORK/actual"; then
    die "RESULTS DIFFER: without agent (run 1) vs $label"
  fi
done
echo "results:        identical ($(wc -l < "$WORK/expected") result lines, $((RUNS * (1 + HAVE_AGENT))) runs)"
[ "$RUNS" -gt 1 ] && echo "(best of $RUNS runs each)"
PLAIN_BEST=$(fastest "$WORK/plain")
summary_line "without agent:" "$PLAIN_BEST"

if [ "$HAVE_AGENT" = 0 ]; then
  echo
  echo "run-demo: agent jar missing: $AGENT_JAR"
  echo "run-demo: build it with: mvn -pl agent -am package   (from $REPO)"
  echo "run-demo: only the run without the agent was done."
  [ "$REQUIRE_AGENT" = 1 ] && exit 3
  exit 0
fi
AGENT_BEST=$(fastest "$WORK/agent")
summary_line "with agent:" "$AGENT_BEST"
awk -v a="$(field elapsed_s "$PLAIN_BEST")" -v b="$(field elapsed_s "$AGENT_BEST")" \
  'BEGIN { if (b > 0) printf "speed-up:       %.2fx\n", a / b; else print "speed-up:       n/a" }'
