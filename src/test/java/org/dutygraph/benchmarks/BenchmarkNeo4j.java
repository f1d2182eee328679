package org.dutygraph.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.api.query.QuerySnapshot;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.impl.query.QueryExecutionMonitor;
import org.neo4j.kernel.impl.util.DefaultValueMapper;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.Monitors;
import org.neo4j.values.virtual.MapValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's one standalone Neo4j 5.26 community server: a plain process (no Spring) that the
 * service, the hand-written Cypher and {@code @neo4j/graphql} all reach over Bolt on 127.0.0.1. Its
 * store lives in the folder given; the {@code neo4j} user's password is generated once into
 * {@code <home>/neo4j-password}; APOC (which the library requires) is registered from the plugin folder
 * given. Once Bolt answers it writes the Bolt URI to {@code <home>/bolt-uri} and runs until killed.
 *
 * <p>It also records what a client's request cost inside Neo4j, which no client can see (Neo4j community has
 * no query log): see {@link StatementRecorder}.
 *
 * <p>Usage: {@code BenchmarkNeo4j <home> <pluginDir> [pageCache]}.
 */
public final class BenchmarkNeo4j {

	private BenchmarkNeo4j() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]).toAbsolutePath().normalize();
		Path plugins = Path.of(args[1]).toAbsolutePath().normalize();
		String pageCache = (args.length > 2) ? args[2] : "512m";
		Files.createDirectories(home);
		boolean newStore = !Files.exists(home.resolve("neo4j-password"));
		String password = password(home);
		Path pluginDir = home.resolve("plugins");
		Files.createDirectories(pluginDir);
		try (var jars = Files.list(plugins)) {
			for (Path jar : jars.filter((p) -> p.toString().endsWith(".jar")).toList()) {
				Files.copy(jar, pluginDir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Files.deleteIfExists(home.resolve("bolt-uri"));
		long started = System.nanoTime();
		Map<Setting<?>, Object> config = new HashMap<>();
		config.put(BoltConnector.enabled, true);
		config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0));
		config.put(GraphDatabaseSettings.auth_enabled, true);
		config.put(GraphDatabaseSettings.allow_file_urls, false);
		config.put(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache));
		config.put(GraphDatabaseSettings.plugin_dir, pluginDir);
		config.put(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
		config.put(BoltConnectorInternalSettings.enable_local_connector, false);
		config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).setConfig(config).build();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			dbms.shutdown();
			stopped.countDown();
		}));
		try {
			if (newStore) {
				dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
					.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
							Map.of("password", password));
			}
			GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			StatementRecorder recorder = new StatementRecorder(db, home);
			((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(Monitors.class).addMonitorListener(recorder);
			Thread watcher = new Thread(recorder::watch, "statement-recorder");
			watcher.setDaemon(true);
			watcher.start();
			var address = ((GraphDatabaseAPI) db).getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			String uri = "bolt://" + address.getHost() + ":" + address.getPort();
			System.out.printf("Neo4j %s listening on %s after %d ms (store %s)%n", neo4jVersion(db), uri,
					(System.nanoTime() - started) / 1_000_000, home);
			System.out.flush();
			Files.writeString(home.resolve("bolt-uri.tmp"), uri);
			Files.move(home.resolve("bolt-uri.tmp"), home.resolve("bolt-uri"), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (RuntimeException | IOException ex) {
			// Neo4j's own threads would keep the process alive: stop, so that run.sh sees it exit.
			ex.printStackTrace();
			System.exit(1);
		}
		stopped.await();
	}

	private static String neo4jVersion(GraphDatabaseService db) {
		return db.executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
				(r) -> String.valueOf(r.next().get("v")));
	}

	/** The password of this store, generated once; readable by its owner only. */
	private static String password(Path home) throws IOException {
		Path file = home.resolve("neo4j-password");
		if (Files.exists(file)) {
			return Files.readString(file).strip();
		}
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		String password = HexFormat.of().formatHex(bytes);
		Files.writeString(file, password);
		file.toFile().setReadable(false, false);
		file.toFile().setReadable(true, true);
		return password;
	}

	/**
	 * Every statement that ends while the flag file {@code <home>/record-statements} exists is kept
	 * (text, parameters, time and page hits as Neo4j measured them). The harness creates the flag, waits for
	 * {@code <home>/recording}, sends one request, and deletes the flag; each kept statement is then run
	 * again under {@code PROFILE} with its own parameters, in a transaction that is rolled back, and the list
	 * is written to {@code <home>/statements.json}. So the benchmark can say how many statements one of our
	 * requests made and how many database hits they cost, next to the hand-written statement's.
	 */
	static final class StatementRecorder implements QueryExecutionMonitor {

		private final GraphDatabaseService db;

		private final Path flag;

		private final Path recordingFile;

		private final Path out;

		private final List<QuerySnapshot> seen = new CopyOnWriteArrayList<>();

		private volatile boolean recording;

		StatementRecorder(GraphDatabaseService db, Path home) {
			this.db = db;
			this.flag = home.resolve("record-statements");
			this.recordingFile = home.resolve("recording");
			this.out = home.resolve("statements.json");
		}

		@Override
		public void endSuccess(ExecutingQuery query) {
			if (this.recording) {
				this.seen.add(query.snapshot());
			}
		}

		@Override
		public void startProcessing(ExecutingQuery query) {
		}

		@Override
		public void startExecution(ExecutingQuery query) {
		}

		@Override
		public void endFailure(ExecutingQuery query, Throwable failure) {
		}

		@Override
		public void endFailure(ExecutingQuery query, String reason, Status status, ErrorGqlStatusObject gqlStatus) {
		}

		void watch() {
			while (true) {
				try {
					boolean asked = Files.exists(this.flag);
					if (asked && !this.recording) {
						this.seen.clear();
						this.recording = true;
						Files.writeString(this.recordingFile, "");
					}
					else if (!asked && this.recording) {
						this.recording = false;
						Files.deleteIfExists(this.recordingFile);
						List<Map<String, Object>> statements = new java.util.ArrayList<>();
						for (QuerySnapshot statement : List.copyOf(this.seen)) {
							statements.add(profile(statement));
						}
						Path tmp = this.out.resolveSibling("statements.json.tmp");
						Files.writeString(tmp, JsonMapper.builder().build().writeValueAsString(statements));
						Files.move(tmp, this.out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					}
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (IOException | RuntimeException ex) {
					ex.printStackTrace();
				}
			}
		}

		private Map<String, Object> profile(QuerySnapshot statement) {
			Map<String, Object> row = new java.util.LinkedHashMap<>();
			String text = statement.rawQueryText();
			row.put("statement", text.strip().replaceAll("\\s+", " "));
			row.put("elapsedMicros", statement.elapsedTimeMicros());
			row.put("pageHits", statement.pageHits());
			try (Transaction tx = this.db.beginTx()) {
				DefaultValueMapper mapper = new DefaultValueMapper((InternalTransaction) tx);
				MapValue raw = statement.rawQueryParameters();
				Map<String, Object> parameters = new HashMap<>();
				raw.foreach((key, value) -> parameters.put(key, value.map(mapper)));
				try (Result result = tx.execute("PROFILE " + text, parameters)) {
					long rows = 0;
					while (result.hasNext()) {
						result.next();
						rows++;
					}
					row.put("rows", rows);
					row.put("dbHits", dbHits(result.getExecutionPlanDescription()));
				}
				tx.rollback();
			}
			catch (RuntimeException ex) {
				row.put("dbHits", -1);
				row.put("profileError", String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
			}
			return row;
		}

		private static long dbHits(ExecutionPlanDescription plan) {
			long hits = plan.hasProfilerStatistics() ? plan.getProfilerStatistics().getDbHits() : 0;
			for (ExecutionPlanDescription child : plan.getChildren()) {
				hits += dbHits(child);
			}
			return hits;
		}

	}

}
