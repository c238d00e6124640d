#!/usr/bin/env bash
# Search benchmark in the browser: index size, bytes loaded per query, time to first results cold and warm, time
# per keystroke, in headless Chromium and Firefox ESR from file://, for synthetic plans.
# Usage: bench/search.sh [runs] [sizes...]     e.g. bench/search.sh 3 100 1000 5000
# Needs chromium, chromium-driver and firefox-esr (Debian) and, for Firefox, one run of the Firefox tests first
# (they install puppeteer-core into generator/target/firefox-test).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dinvoker.skip -pl .,templates,generator
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -Xmx2g -cp "generator/target/test-classes:generator/target/classes:$cp" \
  org.drplan.bench.SearchBenchmark "$@"
