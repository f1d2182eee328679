#!/usr/bin/env bash
# Regenerates docs/benchmarks.md and docs/benchmarks-latency.svg from the newest read-path result of each
# size in benchmarks/results/ (written by benchmarks/run.sh) and the analysis in benchmarks/ANALYSIS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/benchmark.classpath ] || [ -n "$(find src pom.xml -newer target/benchmark.classpath -print -quit)" ]; then
	mvn -B -q -Dfast test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
		-Dmdep.includeScope=test
fi
java -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" org.dutygraph.benchmarks.BenchmarkReport \
	benchmarks/results docs benchmarks/ANALYSIS.md
