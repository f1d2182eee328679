package org.dutygraph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bolt as another local process meets it: without the {@code neo4j} user's password nothing runs, not
 * even a read; with it, {@code LOAD CSV} still reads no local file. Both listeners are on the loopback
 * interface only.
 */
class BoltSecurityIT extends IntegrationTestSupport {

	static final String TASK = "001_bc15039033e882c0:WATER:三/(一)/1";

	@Autowired
	Driver driver;

	@Autowired
	Neo4jConnectionDetails connection;

	@LocalServerPort
	int port;

	@Test
	void anUnauthenticatedSessionCannotMarkATaskDone() {
		String before = status();
		for (AuthToken token : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
				AuthTokens.basic("neo4j", "wrong-password"))) {
			try (Driver other = GraphDatabase.driver(this.connection.getUri(), token);
					Session session = other.session()) {
				assertThatThrownBy(() -> session
					.run("MATCH (t:Task {id: $id}) SET t.status = 'DONE' RETURN t.status", Map.of("id", TASK))
					.consume()).as(token.toString())
					.isInstanceOf(AuthenticationException.class);
			}
		}
		assertThat(status()).isEqualTo(before).isNotEqualTo("DONE");
	}

	@Test
	void theGeneratedPasswordIsInTheDataFolderReadableByItsOwnerOnly() throws IOException {
		Path file = Path.of(DATA_DIR, "neo4j-password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String password = Files.readString(file);
		assertThat(password).hasSizeGreaterThanOrEqualTo(32);
		try (Driver other = GraphDatabase.driver(this.connection.getUri(), AuthTokens.basic("neo4j", password));
				Session session = other.session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong()).isEqualTo(5);
		}
	}

	@Test
	void loadCsvReadsNoLocalFileEvenWithThePassword() {
		for (String url : List.of("file:///proc/self/environ", "file:///etc/passwd", "file:///neo4j-password")) {
			try (Session session = this.driver.session()) {
				assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS row RETURN row", Map.of("url", url)).list())
					.as(url)
					.isInstanceOf(ClientException.class)
					.hasMessageContaining("'dbms.security.allow_csv_import_from_file_urls' is false");
			}
		}
	}

	@Test
	void boltAndHttpListenOnTheLoopbackInterfaceOnly() throws IOException {
		assertThat(this.connection.getUri().getHost()).isEqualTo("127.0.0.1");
		InetAddress external = NetworkInterface.networkInterfaces()
			.filter((nic) -> {
				try {
					return nic.isUp() && !nic.isLoopback();
				}
				catch (IOException ex) {
					return false;
				}
			})
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof java.net.Inet4Address)
			.findFirst()
			.orElse(null);
		assumeTrue(external != null, "this machine has no network interface besides loopback");
		for (int listening : new int[] { this.port, this.connection.getUri().getPort() }) {
			try (Socket loopback = new Socket()) {
				loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listening), 2000);
			}
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(external, listening), 2000);
				}
			}).as("port %d on %s", listening, external).isInstanceOf(IOException.class);
		}
	}

	private String status() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (t:Task {id: $id}) RETURN t.status AS s", Map.of("id", TASK))
				.single()
				.get("s")
				.asString(null);
		}
	}

}
