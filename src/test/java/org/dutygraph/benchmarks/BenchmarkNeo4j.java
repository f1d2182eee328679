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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The benchmark's one standalone Neo4j 5.26 community server: a plain process (no Spring) that the
 * service, the hand-written Cypher and {@code @neo4j/graphql} all reach over Bolt on 127.0.0.1. Its
 * store lives in the folder given; the {@code neo4j} user's password is generated once into
 * {@code <home>/neo4j-password}; APOC (which the library requires) is registered from the plugin folder
 * given. Once Bolt answers it writes the Bolt URI to {@code <home>/bolt-uri} and runs until killed.
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

}
