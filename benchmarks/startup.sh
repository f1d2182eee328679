#!/usr/bin/env bash
# Cold start to healthy on the seed data: a fresh data folder per run, -Xmx512m.
# Prints the seconds until /actuator/health answers {"status":"UP"}, the import times from the log and
# the process's resident memory.
# Usage: benchmarks/startup.sh [runs] [--cds]   (build first: mvn -B -Dfast package)
#   default: java -jar target/dutygraph.jar
#   --cds:   the extracted jar with a class data sharing archive (README, "Fastest start")
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
mode=${2:-}
port=18080
jar=target/dutygraph.jar
jvm=()
if [ "$mode" = "--cds" ]; then
	rm -rf target/app
	java -Djarmode=tools -jar target/dutygraph.jar extract --destination target/app >/dev/null
	training=$(mktemp -d)
	java -XX:ArchiveClassesAtExit=target/app/dutygraph.jsa -Dspring.context.exit=onRefresh -jar target/app/dutygraph.jar \
		--server.port=0 --dutygraph.neo4j.embedded.bolt-port=0 --dutygraph.neo4j.embedded.data-dir="$training" >/dev/null 2>&1
	rm -rf "$training"
	jar=target/app/dutygraph.jar
	jvm=(-XX:SharedArchiveFile=target/app/dutygraph.jsa)
fi
for i in $(seq 1 "$runs"); do
	data=$(mktemp -d)
	log=$(mktemp)
	start=$(date +%s.%N)
	java -Xmx512m "${jvm[@]}" -jar "$jar" --server.port=$port --dutygraph.neo4j.embedded.bolt-port=0 \
		--dutygraph.neo4j.embedded.data-dir="$data" >"$log" 2>&1 &
	pid=$!
	until [ "$(curl -s localhost:$port/actuator/health)" = '{"status":"UP"}' ]; do
		sleep 0.2
		kill -0 $pid 2>/dev/null || { echo "service exited; log: $log"; exit 1; }
	done
	end=$(date +%s.%N)
	rss=$(ps -o rss= -p $pid)
	import=$(grep -oE '(Reference graph written in|Seed import of 5 documents done in) [0-9]+ ms' "$log" | paste -sd ';' - || true)
	printf 'run %d: healthy after %.1f s; %s; RSS %d MB\n' "$i" "$(echo "$end - $start" | bc)" "$import" $((rss / 1024))
	kill $pid; wait $pid 2>/dev/null || true
	rm -rf "$data" "$log"
done
