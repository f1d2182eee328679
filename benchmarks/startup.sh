#!/usr/bin/env bash
# Cold start to healthy on the seed data: a fresh data folder, -Xmx512m, the packaged jar.
# Prints the seconds until /actuator/health answers {"status":"UP"} and the import time from the log.
# Usage: benchmarks/startup.sh [runs]   (build first: mvn -B -Dfast package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
for i in $(seq 1 "$runs"); do
	data=$(mktemp -d)
	log=$(mktemp)
	start=$(date +%s.%N)
	java -Xmx512m -jar target/dutygraph.jar --server.port=$port --dutygraph.neo4j.embedded.bolt-port=0 \
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
