#!/usr/bin/env bash
# run-bench.sh - build the bench module and run every call style side by side.
#
#   bench/run-bench.sh [--quick | --full] [--java PATH] [--agent JAR] [--build-agent] [--no-build]
#                      [harness options...]
#
#   --quick          CI mode (default): all rows, 1 fork, tiny iterations, a few minutes on 2 cores
#   --full           README mode: 3 forks, 3 x 1 s warm-up, 5 x 1 s measurement (tens of minutes)
#   --java PATH      JDK to build and run with: its java binary or its home directory (default:
#                    $JAVA_HOME, else the java on PATH). FFM rows need JDK 22+.
#   --agent JAR      ffijit agent jar (default: agent/target/ffijit-agent.jar in this repository)
#   --build-agent    build the agent module first (mvn -pl agent -am package)
#   --no-build       use the existing bench/target/ffijit-benchmarks.jar as it is
#   anything else is passed to the harness (dev.ffijit.bench.run.BenchMain), e.g.
#                    --only 'labs|crc32'  --forks 2  --jvm-arg -Xmx1g  --agent-jvm-arg -Dsome.flag
#
# Writes bench/results/results-jdk<N>[-quick].md, .csv and chart-jdk<N>[-quick].png.
# Needs: Maven, gcc, zlib headers (zlib1g-dev), and a JDK (not only a JRE: javac, include/jni.h).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAVA_ARG= BUILD=1 BUILD_AGENT=0
PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --java) JAVA_ARG=${2:?--java needs a path}; shift ;;
    --no-build) BUILD=0 ;;
    --build-agent) BUILD_AGENT=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) PASS+=("$1") ;;
  esac
  shift
done

# The JDK's home: the build must use the same JDK as the run (FFM sources compile only on 22+).
. "$HERE/java-home.sh"
JH=$(java_home "$JAVA_ARG")
[ -x "$JH/bin/java" ] || { echo "run-bench.sh: no java in $JH/bin" >&2; exit 2; }
export JAVA_HOME=$JH

start=$(date +%s)
if [ "$BUILD_AGENT" = 1 ]; then
  echo "run-bench.sh: building the agent with $JH" >&2
  mvn -q -f "$ROOT/pom.xml" -pl agent -am package -DskipTests
fi
if [ "$BUILD" = 1 ]; then
  echo "run-bench.sh: building bench with $JH" >&2
  # clean: a jar built by another JDK may hold stale FFM classes
  mvn -q -f "$ROOT/pom.xml" -pl bench -am clean package -DskipTests
fi
JAR=$HERE/target/ffijit-benchmarks.jar
[ -f "$JAR" ] || { echo "run-bench.sh: $JAR missing; run without --no-build" >&2; exit 2; }

rc=0
"$JH/bin/java" -jar "$JAR" --out "$HERE/results" ${PASS[@]+"${PASS[@]}"} || rc=$?
echo "run-bench.sh: finished in $(( $(date +%s) - start )) s (exit $rc)" >&2
exit $rc
