#!/usr/bin/env bash
# drplan serve: first build, and save-to-served and save-to-page-shown (headless Chromium) times for a one-paragraph
# edit and a title change, on synthetic plans. Needs chromium and chromium-driver (Debian).
# Usage: bench/serve.sh [runs] [sizes...]     e.g. bench/serve.sh 5 100 1000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dinvoker.skip -pl .,templates,generator
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat generator/target/bench.classpath)
exec java -cp "generator/target/test-classes:generator/target/classes:$cp" org.drplan.bench.ServeBenchmark "$@"
