#!/bin/sh
# Cold start (issue #19): whole processes side by side with the token-walk floor, as BENCHMARKS.md reports them.
# From the repository root, after
#   mvn -q -B -Pbench -pl ccb-relations-bench,ccb-relations-cli -am package -DskipTests
# run: sh ccb-relations-bench/cold-start.sh [RUNS]   (default 20; needs hyperfine and /usr/bin/time)
# Wall: hyperfine medians after 3 warm-up runs per command (page cache); peak memory: the median "Maximum
# resident set size" of 5 runs. Ratios are against the token-walk JVM (ColdTokens).
set -eu
RUNS=${1:-20}
JAVA=${JAVA:-java}
B=ccb-relations-bench/target
CP="$B/ccb-relations-bench.jar:$B/lib/ccb-relations-data-1.0.0-SNAPSHOT.jar:$B/lib/ccb-relations-model-1.0.0-SNAPSHOT.jar:$B/lib/jackson-core-2.20.1.jar:$B/lib/jspecify-1.0.0.jar"
JAR=$(ls ccb-relations-cli/target/ccb-relations-cli-*.jar | grep -v -e original- -e -sources.jar -e -javadoc.jar | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
unzip -p "$JAR" io/github/ccbrelations/data/ccb-relations.json > "$WORK/relations.json"
P=io.github.ccbrelations.bench
set -- \
  "hello" "$JAVA -cp $CP $P.ColdHello" \
  "token walk" "$JAVA -cp $CP $P.ColdTokens" \
  "library" "$JAVA -cp $CP $P.ColdLibrary" \
  "cli find NAVO" "$JAVA -jar $JAR find NAVO" \
  "cli validate" "$JAVA -jar $JAR validate $WORK/relations.json"
echo "$("$JAVA" -version 2>&1 | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N -w 3 -r "$RUNS" --export-json "$WORK/h.json" \
  -n "$1" "$2" -n "$3" "$4" -n "$5" "$6" -n "$7" "$8" -n "$9" "${10}" > /dev/null
echo "| process | median ms | x token walk | peak RSS MB | x token walk |"
echo "|---|---:|---:|---:|---:|"
rss() {
  for i in 1 2 3 4 5; do
    /usr/bin/time -v $1 2>&1 > /dev/null | awk '/Maximum resident/ { print $6 }'
  done | sort -n | sed -n 3p
}
WALK_MS=$(python3 -c "import json;r=json.load(open('$WORK/h.json'))['results'];print(r[1]['median'])")
WALK_KB=$(rss "$4")
i=0
while [ $# -gt 0 ]; do
  MS=$(python3 -c "import json;r=json.load(open('$WORK/h.json'))['results'];print(r[$i]['median'])")
  KB=$(rss "$2")
  awk -v n="$1" -v ms="$MS" -v wm="$WALK_MS" -v kb="$KB" -v wk="$WALK_KB" 'BEGIN {
    printf "| %s | %.0f | %.2fx | %.1f | %.2fx |\n", n, ms * 1000, ms / wm, kb / 1024, kb / wk }'
  i=$((i + 1))
  shift 2
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
