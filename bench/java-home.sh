# java-home.sh - sourced by the bench scripts: which JDK a --java argument names.
#
#   java_home [PATH]   prints the JDK home: PATH itself if it is a directory, the home of PATH if it is a java
#                      binary, else $JAVA_HOME, else the home of the java on PATH.
java_home() {
  local arg=${1:-}
  if [ -n "$arg" ]; then
    if [ -d "$arg" ]; then echo "$arg"; else (cd "$(dirname "$arg")/.." && pwd); fi
  elif [ -n "${JAVA_HOME:-}" ]; then
    echo "$JAVA_HOME"
  else
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}
