#!/usr/bin/env bash
# Leak check benchmark: the sample plan's shareable edition (its restricted page and block left out, the bundle
# searched for them, plan.pdf read back page by page) built runs+1 times in one JVM; prints the "audience" and
# "leak check" stages of each run, the first as a fresh JVM pays it, and the median of the others.
# Usage: bench/leakcheck.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dinvoker.skip -pl .,templates,generator
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -cp "generator/target/test-classes:generator/target/classes:$cp" org.drplan.bench.LeakCheckBenchmark "$@"
