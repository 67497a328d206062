#!/usr/bin/env bash
# startup-cost.sh - what -javaagent:ffijit-agent.jar costs a JVM that never uses JNA or jnr-ffi.
#
#   bench/startup-cost.sh [--java PATH] [--agent JAR] [--runs N]
#
#   --java PATH   JDK home or its java binary (default: $JAVA_HOME, else the java on PATH)
#   --agent JAR   the agent (default: agent/target/ffijit-agent.jar in this repository)
#   --runs N      rounds (default 40)
#
# Runs a hello-world program N times in each of three ways: plain, with an empty agent (a premain that
# does nothing: what any -javaagent costs the JVM, which no agent can avoid), and with ffijit. Each
# round runs the three in a rotating order, so that a slow spell of the machine hits all sides alike.
# Prints the median and minimum wall time of each side and the medians of the per-round differences,
# which are the figures to quote: a shared machine's noise (steal time) moves single runs by far more
# than the agent costs. It also checks that the agent printed nothing: stdout and stderr must be the
# same with and without it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAVA_ARG= AGENT=$ROOT/agent/target/ffijit-agent.jar RUNS=40
while [ $# -gt 0 ]; do
  case "$1" in
    --java) JAVA_ARG=${2:?--java needs a path}; shift ;;
    --agent) AGENT=${2:?--agent needs a jar}; shift ;;
    --runs) RUNS=${2:?--runs needs a number}; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup-cost.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
. "$HERE/java-home.sh"
JH=$(java_home "$JAVA_ARG")
[ -x "$JH/bin/javac" ] || { echo "startup-cost.sh: no javac in $JH/bin" >&2; exit 2; }
[ -f "$AGENT" ] || { echo "startup-cost.sh: $AGENT missing; build it with mvn -pl agent -am package" >&2; exit 2; }
AGENT=$(cd "$(dirname "$AGENT")" && pwd)/$(basename "$AGENT")

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/classes" "$WORK/empty"
cat > "$WORK/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello " + String.join(" ", args));
    }
}
JAVA
cat > "$WORK/empty/EmptyAgent.java" <<'JAVA'
public class EmptyAgent {
    public static void premain(String args, java.lang.instrument.Instrumentation inst) {}
}
JAVA
"$JH/bin/javac" -d "$WORK/classes" "$WORK/Hello.java"
"$JH/bin/javac" -d "$WORK/empty" "$WORK/empty/EmptyAgent.java"
printf 'Premain-Class: EmptyAgent\n' > "$WORK/empty/manifest"
"$JH/bin/jar" cfm "$WORK/empty-agent.jar" "$WORK/empty/manifest" -C "$WORK/empty" EmptyAgent.class

SIDES=(plain empty ffijit)
agent_of() { # side
  case "$1" in
    plain) ;;
    empty) echo "-javaagent:$WORK/empty-agent.jar" ;;
    ffijit) echo "-javaagent:$AGENT" ;;
  esac
}
# One run: prints its wall time in microseconds; its output goes to $WORK/out.<side>.
run() { # side
  local t0 t1 agent
  agent=$(agent_of "$1")
  t0=$(date +%s%N)
  "$JH/bin/java" ${agent:+"$agent"} -cp "$WORK/classes" Hello world > "$WORK/out.$1" 2>&1
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000 ))
}
same_output() {
  cmp -s "$WORK/out.plain" "$WORK/out.ffijit"
}

# warm the page cache for every side before measuring
for side in "${SIDES[@]}"; do run "$side" > /dev/null; done
if ! same_output; then
  echo "startup-cost.sh: the output differs with the agent:" >&2
  diff "$WORK/out.plain" "$WORK/out.ffijit" >&2 || true
  exit 1
fi

for f in t.plain t.empty t.ffijit d.javaagent d.ffijit d.total; do : > "$WORK/$f"; done
declare -A t
for i in $(seq 1 "$RUNS"); do
  for k in 0 1 2; do
    side=${SIDES[$(( (i + k) % 3 ))]}
    t[$side]=$(run "$side")
  done
  same_output || { echo "startup-cost.sh: the output differs with the agent in round $i" >&2; exit 1; }
  for side in "${SIDES[@]}"; do echo "${t[$side]}" >> "$WORK/t.$side"; done
  echo $(( t[empty] - t[plain] )) >> "$WORK/d.javaagent"
  echo $(( t[ffijit] - t[empty] )) >> "$WORK/d.ffijit"
  echo $(( t[ffijit] - t[plain] )) >> "$WORK/d.total"
done

median() { sort -n "$1" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }
minimum() { sort -n "$1" | head -1; }
ms() { awk -v us="$1" 'BEGIN {printf "%.1f ms", us / 1000}'; }

echo "JDK: $("$JH/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')"
echo "rounds: $RUNS (order rotating); ffijit printed nothing"
for side in "${SIDES[@]}"; do
  printf '%-8s median %-10s min %s\n' "$side" "$(ms "$(median "$WORK/t.$side")")" "$(ms "$(minimum "$WORK/t.$side")")"
done
echo "-javaagent itself (empty agent - plain), median of rounds:  $(ms "$(median "$WORK/d.javaagent")")"
echo "ffijit's own cost (ffijit - empty agent), median of rounds: $(ms "$(median "$WORK/d.ffijit")")"
echo "in all (ffijit - plain), median of rounds:                  $(ms "$(median "$WORK/d.total")")"
