package org.dutygraph.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.dutygraph.benchmarks.Operation.Answer;
import org.dutygraph.graph.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read-path benchmark: the nine operations of {@link NineOperations} asked three ways against one
 * Neo4j, interleaved per round, answers compared. Started by {@code benchmarks/run.sh}, which starts the
 * Neo4j process, the service and the library server and passes their addresses.
 *
 * <pre>
 * export   --bolt URI --password-file F --size NAME --tasks N [--seed S] --csv DIR --out manifest.json
 * finish   --bolt URI --password-file F --manifest manifest.json --import-millis N --out F.json
 * measure  --bolt URI --password-file F --ours URL --library URL --size NAME --rounds N --warmup N
 *          --seconds S --concurrency 1,8,32 --generation F.json --command "..." --out F.json
 * </pre>
 *
 * A mismatch between the answers of two ways is reported and makes the run exit with status 1. Nothing
 * here asserts a time.
 */
public final class ReadPathBenchmark {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> WAYS = List.of("ours", "cypher", "library");

	private final Driver driver;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.executor(Executors.newFixedThreadPool(8))
		.build();

	private final Map<String, URI> endpoints = new HashMap<>();

	private final List<String> mismatches = new ArrayList<>();

	/**
	 * Questions the library could not answer (an error instead of data, e.g. Neo4j's transaction memory
	 * limit): an outcome of the run, written to the results, not a mismatch; the library is not timed on them.
	 */
	private final Map<String, String> libraryFailures = new LinkedHashMap<>();

	private final Map<String, Long> dbHits = new HashMap<>();

	/** What one of our requests cost inside Neo4j, per operation, as BenchmarkNeo4j recorded it. */
	private final Map<String, Map<String, Object>> ourStatements = new HashMap<>();

	/** The store folder of BenchmarkNeo4j, where its statement recorder is asked for (null: not asked). */
	private Path neo4jHome;

	private final AtomicLong retries = new AtomicLong();

	private ReadPathBenchmark(Driver driver) {
		this.driver = driver;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = options(args);
		String password = Files.readString(Path.of(opts.get("password-file"))).strip();
		Config config = Config.builder()
			.withMaxConnectionPoolSize(64)
			.withoutEncryption()
			.withLogging(org.neo4j.driver.Logging.none())
			.build();
		try (Driver driver = GraphDatabase.driver(opts.get("bolt"), AuthTokens.basic("neo4j", password), config)) {
			driver.verifyConnectivity();
			switch (args[0]) {
				case "export" -> System.exit(export(driver, opts));
				case "finish" -> System.exit(finish(driver, opts));
				case "measure" -> System.exit(new ReadPathBenchmark(driver).measure(opts));
				default -> throw new IllegalArgumentException("export, finish or measure, not " + args[0]);
			}
		}
	}

	/** Writes the seed graph and its copies as CSV files for the bulk importer, and a manifest of the run. */
	private static int export(Driver driver, Map<String, String> opts) throws IOException {
		long tasks = Long.parseLong(opts.get("tasks"));
		long seed = Long.parseLong(opts.getOrDefault("seed", "20221101"));
		System.out.printf(Locale.ROOT, "Writing %,d tasks as CSV for neo4j-admin database import (seed %d)%n", tasks, seed);
		GraphGenerator.Export export = new GraphGenerator(driver, seed).export(tasks, Path.of(opts.get("csv")));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("size", opts.get("size"));
		out.put("seed", seed);
		out.put("copies", export.copies());
		out.put("tasks", export.tasks());
		out.put("nodesWritten", export.nodes());
		out.put("relationshipsWritten", export.relationships());
		out.put("exportMillis", export.millis());
		out.put("importArguments", export.importArguments());
		out.put("afterImport", export.afterImport());
		Files.writeString(Path.of(opts.get("out")), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
		Files.write(Path.of(opts.get("csv"), "import.args"), export.importArguments());
		System.out.printf(Locale.ROOT,
				"Wrote %d copies of the seed graph: %,d tasks, %,d nodes and %,d relationships in %.1f s"
						+ " (%,.0f nodes+relationships per second)%n",
				export.copies(), export.tasks(), export.nodes(), export.relationships(), export.millis() / 1000.0,
				export.rate());
		return 0;
	}

	/**
	 * After the bulk import: puts back the seed's empty lists, creates the service's schema (every
	 * statement of {@code cypher/schema}, whose migration records the import carried over), waits for the
	 * indexes to come online, and writes what the generation measured with the graph's counts.
	 */
	private static int finish(Driver driver, Map<String, String> opts) throws IOException {
		JsonNode manifest = JSON.readTree(Files.readString(Path.of(opts.get("manifest"))));
		long started = System.nanoTime();
		try (Session session = driver.session()) {
			for (JsonNode statement : manifest.get("afterImport")) {
				session.run(statement.asString()).consume();
			}
			for (SchemaMigrations.Migration migration : new SchemaMigrations(null, "cypher/schema", null).load()) {
				for (String statement : migration.statements()) {
					session.run(statement).consume();
				}
			}
			session.run("CALL db.awaitIndexes(86400)").consume();
		}
		long schemaMillis = (System.nanoTime() - started) / 1_000_000;
		long exportMillis = manifest.get("exportMillis").asLong();
		long importMillis = Long.parseLong(opts.get("import-millis"));
		long nodes = manifest.get("nodesWritten").asLong();
		long rels = manifest.get("relationshipsWritten").asLong();
		long millis = exportMillis + importMillis + schemaMillis;
		Map<String, Object> out = new LinkedHashMap<>();
		for (String key : List.of("size", "seed", "copies", "tasks", "nodesWritten", "relationshipsWritten")) {
			out.put(key, JSON.treeToValue(manifest.get(key), Object.class));
		}
		out.put("method", "CSV files written by GraphGenerator, loaded by neo4j-admin database import full");
		out.put("exportMillis", exportMillis);
		out.put("importMillis", importMillis);
		out.put("schemaMillis", schemaMillis);
		out.put("millis", millis);
		out.put("entitiesPerSecond", Math.round((nodes + rels) * 1000.0 / Math.max(1, millis)));
		out.put("counts", counts(driver));
		Files.writeString(Path.of(opts.get("out")), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
		System.out.printf(Locale.ROOT,
				"Generated %,d tasks (%,d nodes, %,d relationships) in %.1f s: CSV %.1f s, bulk import %.1f s,"
						+ " schema and indexes %.1f s (%,.0f nodes+relationships per second)%n",
				manifest.get("tasks").asLong(), nodes, rels, millis / 1000.0, exportMillis / 1000.0, importMillis / 1000.0,
				schemaMillis / 1000.0, (nodes + rels) * 1000.0 / Math.max(1, millis));
		return 0;
	}

	/** Nodes, relationships and tasks in the graph, and the seed graph's shape measured on it. */
	static Map<String, Object> counts(Driver driver) {
		try (Session session = driver.session()) {
			Record r = session.run("""
					CALL () { MATCH (n) RETURN count(n) AS nodes }
					CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
					CALL () { MATCH (t:Task) RETURN count(t) AS tasks }
					CALL () { MATCH (c:County) RETURN count(c) AS counties }
					CALL () { MATCH (d:Document) RETURN count(d) AS documents }
					CALL () { MATCH (t:Task) RETURN min(t.dueDate) AS firstDue, max(t.dueDate) AS lastDue }
					CALL () { MATCH ()-[r:RESPONSIBLE_FOR]->(:Task)
					          RETURN count(r) AS responsibilities, count(CASE WHEN r.role = 'LEAD' THEN 1 END) AS lead,
					                 count(CASE WHEN r.role = 'SUPPORT' THEN 1 END) AS support,
					                 count(CASE WHEN r.role = 'TERRITORIAL' THEN 1 END) AS territorial }
					CALL () { MATCH (a:Agency {collective: true})-[:RESPONSIBLE_FOR]->(:Task) RETURN count(*) AS collectiveResponsibilities }
					CALL () { MATCH (:Task)-[r:HAS_DEADLINE]->() RETURN count(r) AS deadlines }
					CALL () { MATCH (:Task)-[r:DEPENDS_ON]->() RETURN count(r) AS dependsOn }
					CALL () { MATCH (:Task)-[r:LOCATED_IN|CONCERNS|AFFECTS]->() RETURN count(r) AS mentions }
					CALL () { MATCH (:KeyProject)-[r:IMPLEMENTS]->(:Task) RETURN count(r) AS projectLinks }
					RETURN nodes, relationships, tasks, counties, documents, toString(firstDue) AS firstDue,
					       toString(lastDue) AS lastDue, responsibilities, lead, support, territorial,
					       collectiveResponsibilities, deadlines, dependsOn, mentions, projectLinks""").single();
			Map<String, Object> counts = new LinkedHashMap<>(r.asMap());
			long tasks = r.get("tasks").asLong();
			counts.put("unitsPerTask", round(r.get("responsibilities").asLong() / (double) tasks));
			counts.put("deadlinesPerTask", round(r.get("deadlines").asLong() / (double) tasks));
			counts.put("dependsOnPerTask", round(r.get("dependsOn").asLong() / (double) tasks));
			counts.put("mentionsPerTask", round(r.get("mentions").asLong() / (double) tasks));
			return counts;
		}
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	// ---- measuring ----

	private int measure(Map<String, String> opts) throws Exception {
		this.endpoints.put("ours", URI.create(opts.get("ours")));
		if (opts.containsKey("library")) {
			this.endpoints.put("library", URI.create(opts.get("library")));
		}
		int rounds = Integer.parseInt(opts.getOrDefault("rounds", "300"));
		int warmup = Integer.parseInt(opts.getOrDefault("warmup", "50"));
		double seconds = Double.parseDouble(opts.getOrDefault("seconds", "3"));
		int[] levels = Arrays.stream(opts.getOrDefault("concurrency", "1,8,32").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		List<Operation> ops = NineOperations.all();

		// Answers first: every way against ours, on every operation.
		Map<String, Map<String, Answer>> answers = new LinkedHashMap<>();
		for (Operation op : ops) {
			Map<String, Answer> byWay = new LinkedHashMap<>();
			for (String way : ways(op)) {
				try {
					byWay.put(way, call(op, way));
				}
				catch (RuntimeException ex) {
					if (way.equals("library")) {
						this.libraryFailures.put(op.name(), brief(ex.getMessage()));
						System.out.printf(Locale.ROOT, "%-14s the library could not answer: %s%n", op.name(),
								this.libraryFailures.get(op.name()));
					}
					else {
						this.mismatches.add(op.name() + " " + way + " failed: " + ex.getMessage());
					}
				}
			}
			Answer ours = byWay.get("ours");
			for (Map.Entry<String, Answer> other : byWay.entrySet()) {
				if (ours != null && !other.getKey().equals("ours")) {
					ours.differences(other.getValue())
						.forEach((d) -> this.mismatches.add(op.name() + ": ours vs " + other.getKey() + ": " + d));
				}
			}
			answers.put(op.name(), byWay);
			System.out.printf(Locale.ROOT, "%-14s answers %s%n", op.name(),
					(ours != null) ? ours.sizes() : "(ours failed)");
		}
		if (!this.mismatches.isEmpty()) {
			return fail(opts, ops, answers, null, null);
		}
		for (Operation op : ops) {
			this.dbHits.put(op.name(), profile(op.cypher()));
		}

		System.out.printf(Locale.ROOT, "Warm-up: %d rounds%n", warmup);
		for (int r = 0; r < warmup; r++) {
			for (Operation op : ops) {
				for (String way : ways(op)) {
					call(op, way);
				}
			}
		}
		this.neo4jHome = Path.of(opts.get("password-file")).toAbsolutePath().getParent();
		for (Operation op : ops) {
			this.ourStatements.put(op.name(), recordOurs(op));
		}
		System.out.printf(Locale.ROOT, "Latency: %d interleaved rounds at concurrency 1%n", rounds);
		Map<String, Map<String, long[]>> latencies = new LinkedHashMap<>();
		for (Operation op : ops) {
			Map<String, long[]> byWay = new LinkedHashMap<>();
			ways(op).forEach((w) -> byWay.put(w, new long[rounds]));
			latencies.put(op.name(), byWay);
		}
		for (int r = 0; r < rounds; r++) {
			for (Operation op : ops) {
				List<String> ways = ways(op);
				for (int i = 0; i < ways.size(); i++) {
					String way = ways.get((i + r) % ways.size());
					long started = System.nanoTime();
					Answer answer = call(op, way);
					latencies.get(op.name()).get(way)[r] = System.nanoTime() - started;
					if (r % 50 == 0 && !answer.equals(answers.get(op.name()).get(way))) {
						this.mismatches.add(op.name() + " " + way + ": the answer changed during the run");
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "Throughput: %.1f s per operation, way and concurrency %s%n", seconds,
				Arrays.toString(levels));
		Map<String, Map<String, Map<Integer, Double>>> throughput = new LinkedHashMap<>();
		for (Operation op : ops) {
			Map<String, Map<Integer, Double>> byWay = new LinkedHashMap<>();
			ways(op).forEach((w) -> byWay.put(w, new LinkedHashMap<>()));
			for (int level : levels) {
				for (String way : ways(op)) {
					byWay.get(way).put(level, throughput(op, way, level, seconds));
				}
			}
			throughput.put(op.name(), byWay);
		}
		int status = this.mismatches.isEmpty() ? 0 : 1;
		write(opts, ops, answers, latencies, throughput, rounds, warmup, seconds, levels);
		printTable(ops, latencies, throughput);
		if (status != 0) {
			this.mismatches.forEach((m) -> System.out.println((m.contains(" failed: ") ? "FAILURE " : "ANSWER MISMATCH ") + m));
		}
		return status;
	}

	private List<String> ways(Operation op) {
		return WAYS.stream()
			.filter((w) -> !w.equals("library") || (op.library() != null && this.endpoints.containsKey("library")
					&& !this.libraryFailures.containsKey(op.name())))
			.toList();
	}

	/** The first line of an error, without the library's stack trace. */
	private static String brief(String message) {
		String first = String.valueOf(message);
		int errors = first.indexOf("\"message\":\"");
		if (errors >= 0) {
			int start = errors + "\"message\":\"".length();
			int end = first.indexOf('"', start);
			first = first.substring(start, (end > start) ? end : first.length());
		}
		return first.lines().findFirst().orElse("").strip();
	}

	private int fail(Map<String, String> opts, List<Operation> ops, Map<String, Map<String, Answer>> answers,
			Object latencies, Object throughput) throws IOException {
		this.mismatches.forEach((m) -> System.out.println((m.contains(" failed: ") ? "FAILURE " : "ANSWER MISMATCH ") + m));
		Map<String, Object> out = header(opts);
		out.put("mismatches", this.mismatches);
		Path file = Path.of(opts.get("out"));
		Files.writeString(file.resolveSibling(file.getFileName() + ".failed"),
				JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
		return 1;
	}

	private double throughput(Operation op, String way, int clients, double seconds) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicReference<String> failure = new AtomicReference<>();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		CountDownLatch finished = new CountDownLatch(clients);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.execute(() -> {
				try {
					while (System.nanoTime() < end) {
						call(op, way);
						done.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					failure.compareAndSet(null, ex.getMessage());
				}
				finally {
					finished.countDown();
				}
			});
		}
		finished.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		if (failure.get() != null && way.equals("library")) {
			this.libraryFailures.putIfAbsent(op.name() + " at concurrency " + clients, brief(failure.get()));
		}
		else if (failure.get() != null) {
			this.mismatches.add(op.name() + " " + way + " at concurrency " + clients + " failed: " + failure.get());
		}
		return done.get() / elapsed;
	}

	private Answer call(Operation op, String way) {
		return switch (way) {
			case "ours" -> graphql(this.endpoints.get("ours"), op.ours());
			case "library" -> graphql(this.endpoints.get("library"), op.library());
			case "cypher" -> cypher(op.cypher());
			default -> throw new IllegalArgumentException(way);
		};
	}

	/** Database hits of the hand-written statement, from PROFILE: the floor our API's statements are held to. */
	private long profile(Operation.Cypher cypher) {
		try (Session session = this.driver.session()) {
			var summary = session.executeRead((tx) -> tx.run("PROFILE " + cypher.statement(), cypher.parameters()).consume());
			return summary.hasProfile() ? dbHits(summary.profile()) : -1;
		}
	}

	/**
	 * Sends our request once while BenchmarkNeo4j records the statements it causes (see
	 * {@code BenchmarkNeo4j.StatementRecorder}), and answers their count, their database hits (each replayed
	 * under PROFILE) and the time Neo4j spent on them.
	 */
	private Map<String, Object> recordOurs(Operation op) throws IOException, InterruptedException {
		Path flag = this.neo4jHome.resolve("record-statements");
		Path recording = this.neo4jHome.resolve("recording");
		Path out = this.neo4jHome.resolve("statements.json");
		Files.deleteIfExists(out);
		Files.writeString(flag, "");
		if (!await(recording)) {
			Files.deleteIfExists(flag);
			return Map.of("error", "the Neo4j process did not start recording");
		}
		call(op, "ours");
		Files.delete(flag);
		if (!await(out)) {
			return Map.of("error", "the Neo4j process wrote no statements");
		}
		JsonNode statements = JSON.readTree(Files.readString(out));
		long hits = 0;
		long micros = 0;
		for (JsonNode statement : statements) {
			hits += Math.max(0, statement.get("dbHits").asLong());
			micros += statement.get("elapsedMicros").asLong();
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("statements", statements.size());
		result.put("dbHits", hits);
		result.put("neo4jMillis", Math.round(micros / 100.0) / 10.0);
		result.put("detail", JSON.treeToValue(statements, Object.class));
		System.out.printf(Locale.ROOT, "%-14s ours: %d statements, %,d db hits, %.1f ms in Neo4j%n", op.name(),
				statements.size(), hits, micros / 1000.0);
		return result;
	}

	private static boolean await(Path file) throws InterruptedException {
		for (int i = 0; i < 3000 && !Files.exists(file); i++) {
			Thread.sleep(10);
		}
		return Files.exists(file);
	}

	private static long dbHits(org.neo4j.driver.summary.ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (var child : plan.children()) {
			hits += dbHits(child);
		}
		return hits;
	}

	private Answer cypher(Operation.Cypher cypher) {
		try (Session session = this.driver.session()) {
			List<Record> records = session.executeRead((tx) -> tx.run(cypher.statement(), cypher.parameters()).list());
			return cypher.normalise().apply(records);
		}
	}

	private Answer graphql(URI endpoint, Operation.GraphQl request) {
		String body = JSON.writeValueAsString(Map.of("query", request.query(), "variables", request.variables()));
		HttpRequest http = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = send(http);
		}
		catch (IOException ex) {
			throw new IllegalStateException(endpoint + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		JsonNode json = JSON.readTree(response.body());
		if (response.statusCode() != 200 || json.has("errors")) {
			throw new IllegalStateException(endpoint + " answered " + response.statusCode() + ": "
					+ abbreviate(response.body()));
		}
		return request.normalise().apply(json.get("data"));
	}

	/**
	 * Sends once more when the server closed a kept-alive connection just as the request went out (Node closes
	 * idle connections after 5 s): the queries only read, and the retry is counted in the result.
	 */
	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			this.retries.incrementAndGet();
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	private static String abbreviate(String s) {
		return (s.length() > 500) ? s.substring(0, 500) + "…" : s;
	}

	// ---- output ----

	private Map<String, Object> header(Map<String, String> opts) throws IOException {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("size", opts.get("size"));
		out.put("startedAt", Instant.now().toString());
		out.put("gitSha", opts.getOrDefault("git-sha", "unknown"));
		out.put("command", opts.getOrDefault("command", ""));
		out.put("machine", machine(opts));
		if (opts.containsKey("generation") && Files.exists(Path.of(opts.get("generation")))) {
			out.put("generation", JSON.readValue(Files.readString(Path.of(opts.get("generation"))), Map.class));
		}
		out.put("graph", counts(this.driver));
		return out;
	}

	private static Map<String, Object> machine(Map<String, String> opts) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("cores", Runtime.getRuntime().availableProcessors());
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		m.put("memoryGiB", Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
		m.put("cpu", opts.getOrDefault("cpu", "unknown"));
		m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		m.put("node", opts.getOrDefault("node-version", "unknown"));
		m.put("neo4j", "5.26.30 community, one standalone process (BenchmarkNeo4j), APOC 5.26.19"
				+ (opts.containsKey("neo4j-memory") ? ", " + opts.get("neo4j-memory") : ""));
		m.put("serviceJvm", opts.getOrDefault("service-jvm", ""));
		m.put("libraries", "@neo4j/graphql 7.6.3, @apollo/server 5.5.1, neo4j-driver 6.3.0 (Node); neo4j-java-driver "
				+ org.neo4j.driver.Driver.class.getPackage().getImplementationVersion());
		return m;
	}

	private void write(Map<String, String> opts, List<Operation> ops, Map<String, Map<String, Answer>> answers,
			Map<String, Map<String, long[]>> latencies, Map<String, Map<String, Map<Integer, Double>>> throughput,
			int rounds, int warmup, double seconds, int[] levels) throws IOException {
		Map<String, Object> out = header(opts);
		out.put("rounds", rounds);
		out.put("warmupRounds", warmup);
		out.put("throughputSecondsPerCell", seconds);
		out.put("concurrency", levels);
		out.put("answersCompared", this.mismatches.isEmpty() ? "identical"
				: this.mismatches.stream().allMatch((m) -> m.contains(" failed: ")) ? "identical; some requests failed"
						: "MISMATCH");
		out.put("mismatches", this.mismatches);
		out.put("libraryFailures", this.libraryFailures);
		out.put("httpRetriesOnClosedConnection", this.retries.get());
		List<Map<String, Object>> operations = new ArrayList<>();
		for (Operation op : ops) {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("name", op.name());
			o.put("label", op.label());
			o.put("answer", answers.get(op.name()).get("ours").sizes());
			o.put("cypherDbHits", this.dbHits.get(op.name()));
			o.put("oursInNeo4j", this.ourStatements.get(op.name()));
			if (this.libraryFailures.containsKey(op.name())) {
				o.put("libraryFailed", this.libraryFailures.get(op.name()));
			}
			Map<String, Object> ways = new LinkedHashMap<>();
			for (String way : ways(op)) {
				long[] ns = latencies.get(op.name()).get(way).clone();
				Arrays.sort(ns);
				Map<String, Object> w = new LinkedHashMap<>();
				w.put("p50Ms", ms(percentile(ns, 50)));
				w.put("p95Ms", ms(percentile(ns, 95)));
				w.put("p99Ms", ms(percentile(ns, 99)));
				w.put("meanMs", ms((long) Arrays.stream(ns).average().orElse(0)));
				Map<String, Object> t = new LinkedHashMap<>();
				throughput.get(op.name()).get(way).forEach((c, v) -> t.put(String.valueOf(c), Math.round(v * 10) / 10.0));
				w.put("throughputPerSecond", t);
				ways.put(way, w);
			}
			o.put("ways", ways);
			operations.add(o);
		}
		out.put("operations", operations);
		Path file = Path.of(opts.get("out"));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
		System.out.println("saved " + file);
	}

	private void printTable(List<Operation> ops, Map<String, Map<String, long[]>> latencies,
			Map<String, Map<String, Map<Integer, Double>>> throughput) {
		System.out.printf(Locale.ROOT, "%-14s %10s %10s %10s %8s %8s   req/s c=8 ours/cypher/library%n", "operation",
				"ours p50", "cypher p50", "lib p50", "ours/cy", "ours/lib");
		for (Operation op : ops) {
			Map<String, Double> p50 = new HashMap<>();
			latencies.get(op.name()).forEach((w, ns) -> {
				long[] s = ns.clone();
				Arrays.sort(s);
				p50.put(w, ms(percentile(s, 50)));
			});
			Map<String, Map<Integer, Double>> t = throughput.get(op.name());
			System.out.printf(Locale.ROOT, "%-14s %10.2f %10.2f %10s %8.2f %8s   %s/%s/%s%n", op.name(), p50.get("ours"),
					p50.get("cypher"), p50.containsKey("library") ? String.format(Locale.ROOT, "%.2f", p50.get("library")) : "-",
					p50.get("ours") / p50.get("cypher"),
					p50.containsKey("library") ? String.format(Locale.ROOT, "%.2f", p50.get("ours") / p50.get("library")) : "-",
					rate(t.get("ours"), 8), rate(t.get("cypher"), 8), rate(t.get("library"), 8));
		}
	}

	private static String rate(Map<Integer, Double> t, int level) {
		return (t == null || t.get(level) == null) ? "-" : String.valueOf(Math.round(t.get(level)));
	}

	private static long percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double ms(long ns) {
		return Math.round(ns / 10_000.0) / 100.0;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> opts = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--") && i + 1 < args.length) {
				opts.put(args[i].substring(2), args[++i]);
			}
		}
		return opts;
	}

}
