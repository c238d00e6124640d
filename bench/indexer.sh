#!/usr/bin/env bash
# Search-index benchmark: the Java port of lunr against lunr.js in GraalJS, building drplan's word index of
# synthetic plans.
# Usage: bench/indexer.sh [runs] [sizes...]     e.g. bench/indexer.sh 3 100 1000 5000
# Builds in the working tree only (no install), so it can run beside another checkout's build.
# lunr.js is skipped where a run would take over 60 s; JAVA_OPTS=-DlunrJsLimitSeconds=600 runs it anyway.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl generator -am test-compile
mvn -q -B -pl generator -am dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/generator/target/bench.classpath"
cp=$(cat generator/target/bench.classpath)
classes="generator/target/test-classes:generator/target/classes:templates/target/classes"
exec java -Xmx3g ${JAVA_OPTS:-} -cp "$classes:$cp" org.drplan.bench.IndexerBenchmark "$@"
