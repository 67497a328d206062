#!/usr/bin/env bash
# Makes sure the native tools the build and tests use are installed: gcc (test libraries, the benchmark's hand
# JNI), zlib headers (the benchmark links zlib), objdump (disassembly check), and the AArch64 cross gcc/binutils
# (disassembly check, C for the emulated AArch64 runs).
# Installs the missing Debian packages when it can (root or sudo), else says which ones to install.
set -euo pipefail

declare -A PACKAGE=(
  [gcc]=gcc
  [objdump]=binutils
  [aarch64-linux-gnu-gcc]=gcc-aarch64-linux-gnu
  [aarch64-linux-gnu-objdump]=binutils-aarch64-linux-gnu
)
missing=()
for tool in "${!PACKAGE[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${PACKAGE[$tool]}")
done
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "ensure-tools: installing ${missing[*]}" >&2
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "ensure-tools: please install these Debian packages: ${missing[*]}" >&2
  exit 1
fi
$SUDO apt-get install -y -q "${missing[@]}" >/dev/null || {
  $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q "${missing[@]}" >/dev/null
}
