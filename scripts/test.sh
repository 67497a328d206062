#!/usr/bin/env bash
# Builds ffijit and runs its tests on the default JDK: stubgen's unit tests, signature fuzzer and disassembly
# check, the agent's unit tests, and the differential tests (each scenario in forked JVMs with and without the
# agent, outputs compared byte for byte). Extra Maven arguments pass through, e.g. -Dffijit.fuzz.seed=0x1234.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh
exec mvn -B -ntp verify "$@"
