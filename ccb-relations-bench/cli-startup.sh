#!/bin/sh
# Start-up time of the command-line tool: whole processes, `java -jar`, as a user or a CI step runs it.
# From the repository root:
#   sh ccb-relations-bench/cli-startup.sh [RUNS]        (default 20 runs per command)
# JAVA=/path/to/bin/java picks another JDK. Uses hyperfine when installed, else a loop timed with date +%s%N.
# Results go to ccb-relations-bench/target/bench-results/cli-startup.md.
set -eu
RUNS=${1:-20}
JAVA=${JAVA:-java}
mvn -q -B -pl ccb-relations-cli -am package -DskipTests
# The shaded jar, not the original, sources or Javadoc jars beside it.
JAR=$(ls ccb-relations-cli/target/ccb-relations-cli-*.jar | grep -v -e original- -e -sources.jar -e -javadoc.jar | head -1)
OUT=ccb-relations-bench/target/bench-results
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A user's file: the bundled dataset, copied out of the jar.
unzip -p "$JAR" io/github/ccbrelations/data/ccb-relations.json > "$WORK/relations.json"

# --help loads no dataset: the JVM and the argument parser alone. The others load the bundled dataset or the user's file.
set -- "--help" "--version" "find NAVO" "explain --lang nl" "validate $WORK/relations.json"

{
  echo "$("$JAVA" -version 2>&1 | head -1), $(nproc) cores, $RUNS runs per command"
  echo
  if command -v hyperfine > /dev/null 2>&1; then
    # One hyperfine call for all commands, so that they share one table; -N: no shell in between.
    for c in "$@"; do
      set -- "$@" "--command-name=$(echo "$c" | sed "s|$WORK/||")" "$JAVA -jar $JAR $c"
      shift
    done
    hyperfine -N -w 3 -r "$RUNS" --export-markdown "$WORK/h.md" "$@" >&2
    cat "$WORK/h.md"
  else
    echo "| command | min ms | median ms | mean ms | max ms |"
    echo "|---|---:|---:|---:|---:|"
    for c in "$@"; do
      # Three runs first, so that the jar and the JDK are in the page cache as on a user's second run.
      for i in 1 2 3; do "$JAVA" -jar "$JAR" $c > /dev/null; done
      : > "$WORK/times"
      i=0
      while [ "$i" -lt "$RUNS" ]; do
        start=$(date +%s%N)
        "$JAVA" -jar "$JAR" $c > /dev/null
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 )) >> "$WORK/times"
        i=$((i + 1))
      done
      sort -n "$WORK/times" | awk -v c="$c" '{ t[NR] = $1; s += $1 }
        END { printf "| `%s` | %d | %d | %d | %d |\n", c, t[1], t[int((NR + 1) / 2)], s / NR, t[NR] }' \
        | sed "s|$WORK/||"
    done
  fi
} | tee "$OUT/cli-startup.md"
