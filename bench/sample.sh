#!/usr/bin/env bash
# The sample plan's build as a user runs it: `mvn -q -f site-example drplan:site`, wall clock including Maven's own
# start, with and without plan.pdf, no JVM flags; then the same with the one flag the README recommends
# (MAVEN_OPTS=-XX:TieredStopAtLevel=1), to show what it is worth. Prints each run and the median.
# Usage: bench/sample.sh [runs]     (needs the plugin installed: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mvn -q -B -o -Dstyle.color=never -f site-example drplan:site >/dev/null   # warm the file cache and the local repository
for opts in "" "-XX:TieredStopAtLevel=1"; do
  for pdf in true false; do
    times=()
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s.%N)
      MAVEN_OPTS="$opts" mvn -q -B -o -Dstyle.color=never -f site-example drplan:site -Ddrplan.pdf=$pdf >/dev/null
      end=$(date +%s.%N)
      times+=("$(echo "$end - $start" | bc)")
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
    printf 'MAVEN_OPTS=%-24s pdf=%-5s runs: %s  median %.2f s\n' "'$opts'" "$pdf" "$(echo $sorted | tr '\n' ' ')" \
      "$median"
  done
done
