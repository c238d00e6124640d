#!/usr/bin/env bash
# Build benchmark: per-stage times, heap, sizes for synthetic plans (HTML + search, no PDF), a fresh-JVM build, and
# MkDocs and Hugo + Pagefind on the same Markdown when they are installed
# (apt-get install mkdocs hugo; npm install --prefix /opt/pagefind pagefind).
# Usage: bench/build.sh [runs] [sizes...]     e.g. bench/build.sh 3 100 1000 5000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dinvoker.skip -pl .,templates,generator
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -Xmx2g -cp "generator/target/test-classes:generator/target/classes:$cp" \
  org.drplan.bench.BuildBenchmark "$@"
