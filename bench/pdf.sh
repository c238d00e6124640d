#!/usr/bin/env bash
# PDF benchmark: time to lay out plan.pdf, pages, pages per second and heap, for the sample plan and synthetic plans.
# Runs with -Xmx2g, the bound drplan promises for the PDF of any plan.
# Usage: bench/pdf.sh [runs] [sizes...]     e.g. bench/pdf.sh 3 100 1000 5000
set -euo pipefail
cd "$(dirname "$0")/.."
# Built in the reactor, nothing installed: the benchmark runs this work tree's classes.
mvn -q -B -pl generator -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -Xmx2g -cp "generator/target/test-classes:generator/target/classes:$cp" \
  org.drplan.bench.PdfBenchmark "$@"
