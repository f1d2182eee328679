#!/usr/bin/env bash
# Runs a JMH benchmark from src/test/java/org/dutygraph/benchmarks and saves the result as
# benchmarks/results/<UTC>-<sha>-jdk<version>.json. Usage: benchmarks/jmh.sh [BenchmarkName] [JMH args...]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-ParserBenchmark}
shift || true
mvn -B -q -Dfast test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
jdk=$(java -version 2>&1 | awk -F'"' '/version/ {print $2}' | cut -d. -f1)
out="benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)-$(git rev-parse --short HEAD)-jdk${jdk}.json"
java -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" org.openjdk.jmh.Main "$name" \
	-rf json -rff "$out" "$@"
echo "saved $out"
