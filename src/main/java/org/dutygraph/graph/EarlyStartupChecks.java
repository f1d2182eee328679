package org.dutygraph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks, before anything slow starts, what an operator most often gets wrong: a port that is taken
 * and a data folder that cannot be written; then starts the embedded Neo4j in the background, so that
 * its start overlaps the creation of the rest of the application. Runs once the context is prepared,
 * when every property source (test ones included) is in place. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EarlyStartupChecks implements ApplicationListener<ApplicationPreparedEvent> {

	private static final Log logger = LogFactory.getLog(EarlyStartupChecks.class);

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		if (!env.getProperty("dutygraph.startup-checks.enabled", Boolean.class, true)) {
			return;
		}
		boolean web = event.getSpringApplication().getWebApplicationType() != WebApplicationType.NONE
				&& !"none".equalsIgnoreCase(env.getProperty("spring.main.web-application-type", ""));
		if (web) {
			checkPortFree(address(env.getProperty("server.address")), env.getProperty("server.port", Integer.class, 8080),
					"HTTP", "server.port");
		}
		if (env.getProperty("dutygraph.neo4j.embedded.enabled", Boolean.class, true)) {
			checkPortFree(address(env.getProperty("dutygraph.neo4j.embedded.bolt-address", "127.0.0.1")),
					env.getProperty("dutygraph.neo4j.embedded.bolt-port", Integer.class, 7687), "Bolt",
					"dutygraph.neo4j.embedded.bolt-port");
			checkWritable(Path.of(env.getProperty("dutygraph.neo4j.embedded.data-dir", "./data/neo4j")));
			DutyGraphProperties properties = Binder.get(env)
				.bindOrCreate("dutygraph", DutyGraphProperties.class);
			EmbeddedNeo4jStart start = new EmbeddedNeo4jStart(CompletableFuture.supplyAsync(
					() -> EmbeddedNeo4j.start(properties.neo4j().embedded(), properties.neo4j().transactionTimeout())));
			var beans = (DefaultListableBeanFactory) event.getApplicationContext().getBeanFactory();
			beans.registerSingleton("embeddedNeo4jStart", start);
			beans.registerDisposableBean("embeddedNeo4jStart", start);
		}
	}

	private static InetAddress address(String host) {
		if (host == null || host.isBlank()) {
			return null;
		}
		try {
			return InetAddress.getByName(host);
		}
		catch (java.net.UnknownHostException ex) {
			throw fail("Unknown listen address " + host + "; set server.address or "
					+ "dutygraph.neo4j.embedded.bolt-address to an address of this machine", "server.address", ex);
		}
	}

	static void checkPortFree(InetAddress address, int port, String what, String property) {
		if (port <= 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind((address != null) ? new java.net.InetSocketAddress(address, port)
					: new java.net.InetSocketAddress(port));
		}
		catch (IOException ex) {
			throw fail(what + " port " + port + " is already in use; set " + property + " to a free port", property,
					ex);
		}
	}

	static void checkWritable(Path dataDir) {
		Path dir = dataDir.toAbsolutePath().normalize();
		String property = "dutygraph.neo4j.embedded.data-dir";
		try {
			Files.createDirectories(dir);
			Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw fail("Neo4j data folder " + dir + " cannot be written (" + ex.getClass().getSimpleName()
					+ "); set " + property + " to a writable folder", property, ex);
		}
	}

	private static StartupCheckException fail(String message, String property, Exception cause) {
		logger.error(message);
		return new StartupCheckException(message, property, cause);
	}

}
