#!/bin/sh
# Reproduces every table of BENCHMARKS.md in one run. From the repository root:
#   sh ccb-relations-bench/run-benchmarks.sh
# Results go to ccb-relations-bench/target/bench-results/ (report.md holds the tables). About 50 minutes on 2 cores.
set -eu
# The bench jar, and the command-line archive and compact form of the bundled file that cold-start.sh needs.
mvn -q -B -Pbench -pl ccb-relations-bench,ccb-relations-dist -am package \
  -Dtest=CompactFormRecordTest -Dsurefire.failIfNoSpecifiedTests=false
cd ccb-relations-bench
CP="target/ccb-relations-bench.jar:target/lib/*"
OUT=target/bench-results
mkdir -p "$OUT"
java -version 2>&1 | head -1 > "$OUT/machine.txt"
nproc >> "$OUT/machine.txt"

# The synthetic files, generated once with the fixed seed (target/bench-data, never committed).
java -cp "$CP" io.github.ccbrelations.bench.SyntheticDataset 1000 10000 100000 1000000

# 1. Load throughput against a JsonNode tree, and the cost of a day's view. Warm-up of 5 x 3 s: on 2 cores the
#    JIT needs 10-20 s before the loader's time settles (shorter warm-ups measured the compiler, not the loader).
java -cp "$CP" org.openjdk.jmh.Main LoadBenchmark -p records=1000,10000,100000 -f 1 -wi 5 -i 5 -w 3s -r 2s \
  -rf json -rff "$OUT/load.json"
java -cp "$CP" org.openjdk.jmh.Main LoadBenchmark -p records=1000000 -f 1 -wi 2 -i 3 -w 1s -r 1s \
  -rf json -rff "$OUT/load-1m.json"

# 1b. The same ratio measured in pairs, robust to a machine whose speed drifts, in five fresh JVMs per size: the
#     tree's own time varies by up to 2x from one JVM to the next (see LoadRatio).
java -Xms6g -Xmx6g -cp "$CP" io.github.ccbrelations.bench.LoadRatio -forks 5 1000 60 > "$OUT/ratio.md"
java -Xms6g -Xmx6g -cp "$CP" io.github.ccbrelations.bench.LoadRatio -n -forks 5 10000 40 >> "$OUT/ratio.md"
java -Xms6g -Xmx6g -cp "$CP" io.github.ccbrelations.bench.LoadRatio -n -forks 5 100000 15 >> "$OUT/ratio.md"

# 2. Every query helper at each size (one JVM per size, loaded once), and SPARQL at 1k and 10k.
for n in 1000 10000; do
  java -Xms6g -Xmx6g -cp "$CP" org.openjdk.jmh.Main 'QueryBenchmark|SparqlBenchmark' -p records=$n \
    -f 0 -wi 3 -i 5 -w 1s -r 1s -rf json -rff "$OUT/query-$n.json"
done
for n in 100000 1000000; do
  java -Xms6g -Xmx6g -cp "$CP" org.openjdk.jmh.Main 'QueryBenchmark' -p records=$n \
    -f 0 -wi 3 -i 5 -w 1s -r 1s -rf json -rff "$OUT/query-$n.json"
done

# 3. Retained heap against the JsonNode tree.
# One JVM per size: measured in one JVM, the sizes disturbed each other's numbers.
java -Xms6g -Xmx6g -XX:+UseSerialGC -cp "$CP" io.github.ccbrelations.bench.HeapFootprint 1000 > "$OUT/heap.md"
for n in 10000 100000 1000000; do
  java -Xms6g -Xmx6g -XX:+UseSerialGC -cp "$CP" io.github.ccbrelations.bench.HeapFootprint -n $n >> "$OUT/heap.md"
done

# 4. Cold start, whole processes side by side with the token walk (see cold-start.sh; run from the repository root).
(cd .. && sh ccb-relations-bench/cold-start.sh 20) > "$OUT/cold.md"

# 5. A million records in 2 GB of heap.
java -Xmx2g -cp "$CP" io.github.ccbrelations.bench.LoadMillion > "$OUT/million.txt" 2>&1

java -cp "$CP" io.github.ccbrelations.bench.Report "$OUT"/load.json "$OUT"/load-1m.json "$OUT"/query-*.json \
  > "$OUT/report.md"
cat "$OUT/report.md" "$OUT/ratio.md" "$OUT/heap.md" "$OUT/cold.md" "$OUT/million.txt"

# 6. Start-up of the command-line tool, whole processes (see cli-startup.sh; run from the repository root).
cd .. && sh ccb-relations-bench/cli-startup.sh 20
