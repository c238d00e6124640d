#!/usr/bin/env bash
# Search benchmark: whole-build time, index size and in-browser search latency for synthetic plans.
# Usage: bench/search-index.sh [runs] [sizes...]     e.g. bench/search-index.sh 3 100 1000 5000
# Needs Debian's chromium and chromium-driver, like the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dinvoker.skip -pl templates,generator
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -Xmx4g -cp "generator/target/test-classes:generator/target/classes:$cp" \
  org.drplan.bench.SearchIndexBenchmark "$@"
