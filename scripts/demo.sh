#!/usr/bin/env bash
# The main job: builds the agent and the demo application, runs the demo without and with the agent, checks
# that both computed the same results, and prints both throughputs and the speed-up.
# Options pass through to demo-app/run-demo.sh (e.g. --quick, --runs 3, --java PATH); see its --help.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl agent,demo-app -am package -DskipTests
exec demo-app/run-demo.sh --no-build --require-agent "$@"
