#!/usr/bin/env bash
# The read-path benchmark in one command. Starts ONE standalone Neo4j 5.26 process (BenchmarkNeo4j, APOC
# registered, store under target/bench/), loads the generated graph of the size asked for (or reuses it
# when that store is already loaded), runs the service jar against it in external mode, starts the
# @neo4j/graphql + Apollo peer (benchmarks/library, installed with npm ci), and measures the nine operations
# three ways, interleaved (ReadPathBenchmark). Results: benchmarks/results/readpath-<size>-<UTC>-<sha>.json.
# Every process it starts is stopped when it ends, also on failure. Exit status 1 on an answer mismatch.
#
# Usage: benchmarks/run.sh --size tiny|10k|100k|1M [--rounds N] [--warmup N] [--seconds S]
#                          [--concurrency 1,8,32] [--service-xmx 2g] [--page-cache 1g] [--neo4j-heap 4g]
#                          [--fresh] [--no-library] [--generate-only]
#   tiny = the seed and one copy (1,140 tasks); 10k, 100k, 1M = copies of the seed graph up to that many tasks.
#   --fresh drops the stored graph of that size and generates it again; --generate-only stops once the
#   graph is there (to prepare a size before measuring it on a quiet machine). Neo4j's heap (whose 70% is its
#   transaction memory limit, shared by the three ways) and page cache grow with the size.
# Then: benchmarks/report.sh regenerates docs/benchmarks.md and its plot from benchmarks/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
command_line="benchmarks/run.sh $*"

size=""
rounds=""
warmup=""
seconds=""
concurrency="1,8,32"
service_xmx="2g"
neo4j_heap=""
page_cache=""
fresh=false
library=true
generate_only=false
while [ $# -gt 0 ]; do
	case "$1" in
		--size) size=$2; shift 2 ;;
		--rounds) rounds=$2; shift 2 ;;
		--warmup) warmup=$2; shift 2 ;;
		--seconds) seconds=$2; shift 2 ;;
		--concurrency) concurrency=$2; shift 2 ;;
		--service-xmx) service_xmx=$2; shift 2 ;;
		--neo4j-heap) neo4j_heap=$2; shift 2 ;;
		--page-cache) page_cache=$2; shift 2 ;;
		--fresh) fresh=true; shift ;;
		--no-library) library=false; shift ;;
		--generate-only) generate_only=true; shift ;;
		*) echo "unknown option $1 (see the usage at the top of $0)" >&2; exit 2 ;;
	esac
done
case "$size" in
	tiny) tasks=1140; : "${rounds:=20}" "${warmup:=5}" "${seconds:=0.2}" "${page_cache:=256m}" "${neo4j_heap:=2g}" ;;
	10k) tasks=10000; : "${rounds:=200}" "${warmup:=30}" "${seconds:=2}" "${page_cache:=512m}" "${neo4j_heap:=2g}" ;;
	100k) tasks=100000; : "${rounds:=300}" "${warmup:=50}" "${seconds:=2}" "${page_cache:=2g}" "${neo4j_heap:=4g}" ;;
	1M) tasks=1000000; : "${rounds:=300}" "${warmup:=50}" "${seconds:=2}" "${page_cache:=6g}" "${neo4j_heap:=6g}" ;;
	*) echo "--size tiny, 10k, 100k or 1M, not '$size'" >&2; exit 2 ;;
esac

bench=target/bench
store=$bench/neo4j-$size
logs=$bench/logs-$size
mkdir -p "$bench" "$logs" benchmarks/results
pids=()
cleanup() {
	for pid in "${pids[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${pids[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	pids=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# --- build: the jar, the test classes (launcher, generator, harness), their classpath, APOC ---
if [ ! -f target/dutygraph.jar ] || [ ! -d target/test-classes/org/dutygraph/benchmarks ] \
	|| [ -n "$(find src cypher seed-data/reference pom.xml -newer target/dutygraph.jar -print -quit)" ]; then
	log "building the service jar and the benchmark classes"
	mvn -B -q -Dfast package dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
		-Dmdep.includeScope=test
elif [ ! -f target/benchmark.classpath ]; then
	mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
fi
for artifact in apoc-core apoc-common; do
	if [ ! -f "$bench/plugins/$artifact-5.26.19.jar" ]; then
		mvn -B -q dependency:copy -Dartifact="org.neo4j.procedure:$artifact:5.26.19" -DoutputDirectory="$bench/plugins"
	fi
done
cp="target/test-classes:target/classes:$(cat target/benchmark.classpath)"

# --- the library peer's packages ---
if $library; then
	log "npm ci (benchmarks/library)"
	(cd benchmarks/library && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

wait_for_file() { # file pid what
	for _ in $(seq 1 600); do
		[ -s "$1" ] && return 0
		kill -0 "$2" 2>/dev/null || { echo "$3 exited; see its log in $logs" >&2; exit 1; }
		sleep 0.5
	done
	echo "$3 did not start in 5 minutes; see $logs" >&2
	exit 1
}

start_neo4j() {
	rm -f "$store/bolt-uri" "$logs/neo4j.log"
	java -Xmx"$neo4j_heap" -Djava.io.tmpdir=target -cp "$cp:$bench/plugins/*" org.dutygraph.benchmarks.BenchmarkNeo4j \
		"$store" "$bench/plugins" "$page_cache" >"$logs/neo4j.log" 2>&1 &
	neo4j_pid=$!
	pids+=("$neo4j_pid")
	wait_for_file "$store/bolt-uri" "$neo4j_pid" "Neo4j"
	bolt=$(cat "$store/bolt-uri")
	log "$(tail -1 "$logs/neo4j.log")"
}

start_service() { # import-on-start log-name
	rm -f "$logs/$2.log"
	java -Xmx"$service_xmx" -Djava.io.tmpdir=target -jar target/dutygraph.jar --server.port=0 \
		--dutygraph.neo4j.embedded.enabled=false \
		--spring.neo4j.uri="$bolt" --spring.neo4j.authentication.username=neo4j \
		--spring.neo4j.authentication.password="$(cat "$store/neo4j-password")" \
		--dutygraph.seed.import-on-start="$1" >"$logs/$2.log" 2>&1 &
	service_pid=$!
	pids+=("$service_pid")
	for _ in $(seq 1 600); do
		port=$(grep -oE 'Tomcat started on port[^0-9]*[0-9]+' "$logs/$2.log" 2>/dev/null | grep -oE '[0-9]+$' || true)
		if [ -n "$port" ] && curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; then
			service_url="http://127.0.0.1:$port/graphql"
			return 0
		fi
		kill -0 "$service_pid" 2>/dev/null || { echo "the service exited; see $logs/$2.log" >&2; exit 1; }
		sleep 0.5
	done
	echo "the service was not healthy after 5 minutes; see $logs/$2.log" >&2
	exit 1
}

stop() { # pid
	kill "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
	local kept=()
	for pid in "${pids[@]}"; do [ "$pid" != "$1" ] && kept+=("$pid"); done
	pids=("${kept[@]+"${kept[@]}"}")
}

# --- the graph: generated once per size, reused while its store is complete ---
# The service's importer writes the seed into a fresh store; GraphGenerator writes that graph and its
# copies as CSV; Neo4j stops; neo4j-admin database import full (Neo4j's bulk importer, run from the same
# jars) builds the store from the CSV; Neo4j starts again and the schema and indexes are created on it.
if $fresh || [ ! -f "$store/generated.json" ]; then
	rm -rf "$store"
	mkdir -p "$store"
	start_neo4j
	log "importing seed-data/ with the service's own importer (external mode, first start)"
	start_service true import
	log "$(grep -oE 'Seed import of [0-9]+ documents done in [0-9]+ ms' "$logs/import.log" || echo 'seed import done')"
	stop "$service_pid"
	csv=$bench/csv-$size
	rm -rf "$csv"
	log "writing $tasks tasks as CSV"
	java -Xmx2g -cp "$cp" org.dutygraph.benchmarks.ReadPathBenchmark export --bolt "$bolt" \
		--password-file "$store/neo4j-password" --size "$size" --tasks "$tasks" --csv "$csv" \
		--out "$csv/manifest.json" 2>&1 | tee "$logs/generate.log"
	stop "$neo4j_pid"
	log "neo4j-admin database import full"
	import_started=$(date +%s%N)
	mapfile -t import_args <"$csv/import.args"
	NEO4J_HOME="$store" java -Xmx2g -cp "$cp" org.neo4j.cli.AdminTool database import full "${import_args[@]}" \
		>"$logs/bulk-import.log" 2>&1 || { tail -30 "$logs/bulk-import.log" >&2; echo "the bulk import failed; see $logs/bulk-import.log" >&2; exit 1; }
	import_millis=$(( ($(date +%s%N) - import_started) / 1000000 ))
	grep -A4 'IMPORT DONE' "$logs/bulk-import.log" | sed 's/^/  /'
	start_neo4j
	log "empty lists, schema and indexes"
	java -Xmx1g -cp "$cp" org.dutygraph.benchmarks.ReadPathBenchmark finish --bolt "$bolt" \
		--password-file "$store/neo4j-password" --manifest "$csv/manifest.json" --import-millis "$import_millis" \
		--out "$store/generated.json.tmp" 2>&1 | tee -a "$logs/generate.log"
	mv "$store/generated.json.tmp" "$store/generated.json"
	rm -rf "$csv"
else
	log "reusing the $size graph in $store"
	start_neo4j
fi

if $generate_only; then
	log "the $size graph is ready in $store"
	exit 0
fi

# --- the service in external mode, never importing over the generated graph ---
log "starting the service (external mode, -Xmx$service_xmx, dutygraph.seed.import-on-start=false)"
start_service false service
log "service at $service_url"

library_args=()
if $library; then
	rm -f "$logs/library.log"
	NEO4J_URI="$bolt" NEO4J_PASSWORD="$(cat "$store/neo4j-password")" PORT=0 \
		node benchmarks/library/server.js >"$logs/library.log" 2>&1 &
	library_pid=$!
	pids+=("$library_pid")
	for _ in $(seq 1 240); do
		grep -q 'listening on' "$logs/library.log" 2>/dev/null && break
		kill -0 "$library_pid" 2>/dev/null || { echo "the library server exited; see $logs/library.log" >&2; exit 1; }
		sleep 0.5
	done
	library_url=$(grep -oE 'http://[^ ]+' "$logs/library.log" | head -1)
	[ -n "$library_url" ] || { echo "the library server did not start; see $logs/library.log" >&2; exit 1; }
	log "@neo4j/graphql at $library_url"
	library_args=(--library "$library_url" --node-version "$(node --version)")
fi

sha=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
out="benchmarks/results/readpath-$size-$(date -u +%Y%m%dT%H%M%SZ)-$sha.json"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)
log "measuring: $rounds rounds after $warmup warm-up rounds, throughput at concurrency $concurrency"
status=0
java -Xmx1g -cp "$cp" org.dutygraph.benchmarks.ReadPathBenchmark measure --bolt "$bolt" \
	--password-file "$store/neo4j-password" --ours "$service_url" "${library_args[@]}" --size "$size" \
	--rounds "$rounds" --warmup "$warmup" --seconds "$seconds" --concurrency "$concurrency" \
	--generation "$store/generated.json" --git-sha "$sha" --command "$command_line" --cpu "$cpu" \
	--service-jvm "-Xmx$service_xmx" --neo4j-memory "heap $neo4j_heap, page cache $page_cache" --out "$out" 2>&1 | tee "$logs/measure.log" || status=$?
if [ "$status" != 0 ]; then
	echo "FAILED: answers differ or requests failed (see above); logs in $logs" >&2
	exit 1
fi
