#!/usr/bin/env bash
# After-action report benchmark in the browser: a log of 10,000 ticks (-Dticks=N to change) imported into
# report.html of a synthetic plan, from file:// in headless Chromium; the time to the painted report.
# Usage: bench/report.sh [runs] [sizes...]     e.g. bench/report.sh 5 1000
# Needs chromium and chromium-driver (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dinvoker.skip -pl .,templates,generator
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -cp "generator/target/test-classes:generator/target/classes:$cp" org.drplan.bench.ReportBenchmark "$@"
