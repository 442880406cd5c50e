#!/bin/sh
# Cold start (issue #19): whole processes side by side with the token-walk floor, as BENCHMARKS.md reports them.
# From the repository root, after
#   mvn -q -B -Pbench -pl ccb-relations-bench,ccb-relations-dist -am package \
#     -Dtest=CompactFormRecordTest -Dsurefire.failIfNoSpecifiedTests=false
# (that test checks the compact form the build writes of the bundled file; without the form the bundled file is
# checked in full at every start)
# run: sh ccb-relations-bench/cold-start.sh [RUNS]   (default 20; needs /usr/bin/time for peak memory)
# The CLI runs as the README tells users to: the launcher bin/ccb-relations of the command-line archive, unpacked here,
# whose first run (timed on its own) makes the class-data-sharing archive the later runs use; `java -jar` is shown too.
# BEFORE=/path/to/another/checkout, built the same way, adds its library (run by this checkout's ColdLibrary, so that
# the two rows differ in the library only) and its `java -jar` CLI to the same rounds.
# The floors (ColdFloor) are what any load keeping the library's guarantees does at least: the check of the bundled
# file's size and CRC-32C against its compact form's, today's date in Brussels, then the token walk (json), the
# loading of every model class (model), or both: the floor of any load of the JSON into the model.
# Paired: each round runs every process once, in turn, so a machine that slows down slows all of them; a figure is
# the median over rounds, after 3 warm-up rounds (page cache). Peak memory: the median "Maximum resident set size" of
# the same rounds: it varies by a few MB from run to run with what the JIT compilers hold when the process peaks, so it
# wants as many runs as the time does. Ratios are against the token-walk JVM (ColdTokens). JAVA=/path/to/bin/java for
# another JDK.
set -eu
RUNS=${1:-20}
JAVA=${JAVA:-java}
B=ccb-relations-bench/target
# The lean class path of a library user: the library, the model, jackson-core and JSpecify, whatever their versions.
lean() { for j in ccb-relations-data ccb-relations-model jackson-core jspecify; do printf ':%s' "$1"/lib/$j-[0-9]*.jar; done; }
CP="$B/ccb-relations-bench.jar$(lean "$B")"
jar() { ls "$1"/ccb-relations-cli/target/ccb-relations-cli-*.jar | grep -v -e original- -e -sources.jar -e -javadoc.jar | head -1; }
JAR=$(jar .)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
unzip -p "$JAR" io/github/ccbrelations/data/ccb-relations.json > "$WORK/relations.json"
unzip -q ccb-relations-dist/target/dist/ccb-relations-cli-*.zip -d "$WORK"
LAUNCHER=$(ls "$WORK"/ccb-relations-cli-*/bin/ccb-relations)
# The launcher runs $JAVA_HOME/bin/java and keeps its archive here.
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")
CCB_RELATIONS_CDS_DIR=$WORK/cds
export JAVA_HOME CCB_RELATIONS_CDS_DIR
P=io.github.ccbrelations.bench
# name|command; the token walk is second, the reference of the ratios.
cat > "$WORK/processes" <<END
hello|$JAVA -cp $CP $P.ColdHello
token walk|$JAVA -cp $CP $P.ColdTokens
floor: record check + today + token walk|$JAVA -cp $CP $P.ColdFloor json
floor: record check + today + model classes|$JAVA -cp $CP $P.ColdFloor model
floor: record check + today + model classes + token walk|$JAVA -cp $CP $P.ColdFloor both
library: bundled() + one query|$JAVA -cp $CP $P.ColdLibrary
cli find NAVO|$LAUNCHER find NAVO
cli validate relations.json|$LAUNCHER validate $WORK/relations.json
cli find NAVO, java -jar|$JAVA -jar $JAR find NAVO
cli validate relations.json, java -jar|$JAVA -jar $JAR validate $WORK/relations.json
END
if [ -n "${BEFORE:-}" ]; then
  BB=$BEFORE/ccb-relations-bench/target
  # Its own bundled file: an earlier build may not read a later schema.
  unzip -p "$(jar "$BEFORE")" io/github/ccbrelations/data/ccb-relations.json > "$WORK/before-relations.json"
  BCP="$B/ccb-relations-bench.jar$(lean "$BB")"
  cat >> "$WORK/processes" <<END
before: library|$JAVA -cp $BCP $P.ColdLibrary
before: cli find NAVO, java -jar|$JAVA -jar $(jar "$BEFORE") find NAVO
before: cli validate, java -jar|$JAVA -jar $(jar "$BEFORE") validate $WORK/before-relations.json
END
fi
echo "$("$JAVA" -version 2>&1 | head -1), $(nproc) cores, $RUNS rounds, load average before $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
$LAUNCHER find NAVO < /dev/null > /dev/null
end=$(date +%s%N)
echo "launcher's first run (find NAVO, then the run that makes the archive): $(( (end - start) / 1000000 )) ms"
round=-3
while [ "$round" -lt "$RUNS" ]; do
  n=0
  while IFS='|' read -r name cmd; do
    n=$((n + 1))
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$WORK/rss" $cmd < /dev/null > /dev/null
    end=$(date +%s%N)
    [ "$round" -ge 0 ] && echo "$n $(( (end - start) / 1000 )) $(tail -1 "$WORK/rss")" >> "$WORK/times"
  done < "$WORK/processes"
  round=$((round + 1))
done
echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| process | median ms | x token walk | peak RSS MB | x token walk |"
echo "|---|---:|---:|---:|---:|"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
WALK_US=$(awk '$1 == 2 { print $2 }' "$WORK/times" | median)
WALK_KB=$(awk '$1 == 2 { print $3 }' "$WORK/times" | median)
n=0
while IFS='|' read -r name cmd; do
  n=$((n + 1))
  US=$(awk -v n="$n" '$1 == n { print $2 }' "$WORK/times" | median)
  KB=$(awk -v n="$n" '$1 == n { print $3 }' "$WORK/times" | median)
  awk -v n="$name" -v us="$US" -v wu="$WALK_US" -v kb="$KB" -v wk="$WALK_KB" 'BEGIN {
    printf "| %s | %.0f | %.2fx | %.1f | %.2fx |\n", n, us / 1000, us / wu, kb / 1024, kb / wk }'
done < "$WORK/processes"
