package org.dutygraph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarlyStartupChecksTests {

	@Test
	void aTakenBoltPortNamesThePropertyThatFixesIt() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> EarlyStartupChecks.checkPortFree(InetAddress.getLoopbackAddress(), port, "Bolt",
					"dutygraph.neo4j.embedded.bolt-port"))
				.isInstanceOf(StartupCheckException.class)
				.hasMessage("Bolt port " + port + " is already in use; set dutygraph.neo4j.embedded.bolt-port to a free port");
		}
	}

	@Test
	void portZeroMeansAnyFreePortAndIsNeverChecked() {
		assertThatNoException().isThrownBy(() -> EarlyStartupChecks.checkPortFree(null, 0, "HTTP", "server.port"));
	}

	@Test
	void aDataFolderThatIsAFileCannotBeWritten(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
		assertThatThrownBy(() -> EarlyStartupChecks.checkWritable(file.resolve("neo4j")))
			.isInstanceOf(StartupCheckException.class)
			.hasMessageContaining("cannot be written")
			.hasMessageEndingWith("set dutygraph.neo4j.embedded.data-dir to a writable folder");
	}

	@Test
	void aWritableDataFolderIsCreated(@TempDir Path dir) {
		Path data = dir.resolve("data/neo4j");
		EarlyStartupChecks.checkWritable(data);
		org.assertj.core.api.Assertions.assertThat(data).isDirectory().isEmptyDirectory();
	}

}
