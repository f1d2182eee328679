package org.dutygraph.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.DatabaseStateService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j community server running inside the service, with a Bolt listener on 127.0.0.1 so that the
 * driver, Neo4j Browser and cypher-shell all talk to it as to any other server. The service itself
 * only uses Bolt, which keeps embedded and external mode on one code path. Bolt requires the
 * {@code neo4j} user's password ({@link BoltPassword}); {@code LOAD CSV} reads no local file, and its
 * import folder is an empty folder inside the data folder.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private final DatabaseManagementService dbms;

	private final URI boltUri;

	private final String password;

	private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

	private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, String password) {
		this.dbms = dbms;
		this.boltUri = boltUri;
		this.password = password;
	}

	/** Starts the server; returns once the default database answers. */
	public static EmbeddedNeo4j start(DutyGraphProperties.Embedded settings, Duration transactionTimeout) {
		Path home = settings.dataDir().toAbsolutePath().normalize();
		long started = System.nanoTime();
		String password = BoltPassword.resolve(home, settings.password());
		BoltPassword.setInitialPasswordIfNew(home, password);
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(home).setConfig(config(settings, transactionTimeout)).build();
		}
		catch (RuntimeException ex) {
			throw new StartupCheckException("Embedded Neo4j could not start in " + home + ": " + rootMessage(ex)
					+ "; set dutygraph.neo4j.embedded.data-dir to a folder no other process uses",
					"dutygraph.neo4j.embedded.data-dir", ex);
		}
		GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		requireStarted(dbms, db, home);
		var port = ((GraphDatabaseAPI) db).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + port.getHost() + ":" + port.getPort());
		try {
			alignPassword(dbms, password);
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
		logger.info("Embedded Neo4j " + home + " listening on " + uri + " (user " + BoltPassword.USER
				+ ", password required) after " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		return new EmbeddedNeo4j(dbms, uri, password);
	}

	private static Map<Setting<?>, Object> config(DutyGraphProperties.Embedded settings, Duration txTimeout) {
		Map<Setting<?>, Object> config = new HashMap<>();
		config.put(BoltConnector.enabled, true);
		config.put(BoltConnector.listen_address, new SocketAddress(settings.boltAddress(), settings.boltPort()));
		config.put(GraphDatabaseSettings.auth_enabled, true);
		// LOAD CSV reads no local file (file:///proc/self/environ, /etc/shadow, the store itself), and
		// its import root is an empty folder of the store, should file URLs ever be allowed.
		config.put(GraphDatabaseSettings.allow_file_urls, false);
		config.put(GraphDatabaseSettings.load_csv_file_url_root,
				settings.dataDir().toAbsolutePath().normalize().resolve("import"));
		config.put(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(settings.pageCache()));
		config.put(GraphDatabaseSettings.transaction_timeout, txTimeout);
		// Allocate each transaction log file whole when it is created, so that a disk filling up
		// fails at a log rotation, before a commit, rather than in the middle of one (Neo4j's default,
		// said here because the recovery below relies on it).
		config.put(GraphDatabaseSettings.preallocate_logical_logs, true);
		// Recovery drops a transaction log tail that a full disk or a crash cut short only when the
		// operator asks for it; Neo4j keeps the dropped bytes in a corrupted-*.zip beside the log.
		config.put(GraphDatabaseInternalSettings.fail_on_corrupted_log_files, !settings.repairLogTail());
		// Neo4j's in-JVM connector is only used by its HTTP API, which we do not run, and it fails on
		// the Netty 4.2 that Boot 4 manages.
		config.put(BoltConnectorInternalSettings.enable_local_connector, false);
		// Shut down in half a second instead of the 5 s quiet period per Netty event loop.
		config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
		return config;
	}

	/**
	 * A store created before Bolt required a password, or started before with another configured
	 * password, gets the current one; done in-process on the system database, before anyone could use
	 * the old one on Bolt for long.
	 */
	private static void alignPassword(DatabaseManagementService dbms, String password) {
		GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		if (current(system, password)) {
			return;
		}
		system.executeTransactionally("ALTER USER " + BoltPassword.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
				Map.of("password", password));
		logger.info("Set the password of Neo4j user " + BoltPassword.USER + " to the configured or generated one");
	}

	/** Whether the user's stored credentials are this password, with no change required; read, not queried. */
	private static boolean current(GraphDatabaseService system, String password) {
		try (var tx = system.beginTx()) {
			var user = tx.findNode(org.neo4j.graphdb.Label.label("User"), "name", BoltPassword.USER);
			if (user == null || Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", Boolean.TRUE))) {
				return false;
			}
			String credentials = (String) user.getProperty("credentials", null);
			return credentials != null && org.neo4j.server.security.SystemGraphCredential
				.deserialize(credentials, new org.neo4j.server.security.SecureHasher())
				.matchesPassword(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (org.neo4j.server.security.FormatException ex) {
			return false;
		}
	}

	/**
	 * Stops at once, with one line that says what to do, when the database did not start: the
	 * Bolt listener would otherwise run and every query fail until the driver gives up.
	 */
	private static void requireStarted(DatabaseManagementService dbms, GraphDatabaseService db, Path home) {
		if (db.isAvailable()) {
			return;
		}
		Throwable failure = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(DatabaseStateService.class)
			.causeOfFailure(((GraphDatabaseAPI) db).databaseId())
			.orElse(null);
		dbms.shutdown();
		String cause = (failure != null) ? rootMessage(failure) : "no cause given";
		if (LogTail.isUnreadableTail(failure)) {
			throw new StartupCheckException(LogTail.advice(home, cause), LogTail.PROPERTY, failure);
		}
		throw new StartupCheckException("Embedded Neo4j in " + home + " did not start: " + cause
				+ "; if the disk ran full or the folder turned read-only, free space and start once with --"
				+ LogTail.PROPERTY + "=true, failing that restore the last backup into a new data folder; details in "
				+ home.resolve("logs/debug.log"), "dutygraph.neo4j.embedded.data-dir", failure);
	}

	/** The message of the deepest cause that has one, so that a cause without a message says nothing less. */
	private static String rootMessage(Throwable ex) {
		String message = ex.getClass().getSimpleName();
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t.getMessage() != null) {
				message = t.getMessage();
			}
		}
		return message;
	}

	/** The Bolt address, e.g. {@code bolt://127.0.0.1:7687}. */
	public URI boltUri() {
		return this.boltUri;
	}

	/** The password of the {@code neo4j} user on Bolt. */
	public String password() {
		return this.password;
	}

	/** The user the service signs in as on Bolt. */
	public String user() {
		return BoltPassword.USER;
	}

	/** Shuts the server down; a second call does nothing. */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.dbms.shutdown();
		}
	}

}
