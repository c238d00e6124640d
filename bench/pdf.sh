#!/usr/bin/env bash
# PDF benchmark: time to lay out plan.pdf, pages, ms per page, for the sample plan and synthetic plans.
# Usage: bench/pdf.sh [runs] [sizes...]     e.g. bench/pdf.sh 3 100 1000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dinvoker.skip -pl .,templates,generator
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -Xmx2g -cp "generator/target/test-classes:generator/target/classes:$cp" \
  org.drplan.bench.PdfBenchmark "$@"
