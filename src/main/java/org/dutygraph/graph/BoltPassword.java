package org.dutygraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The password of the embedded server's {@code neo4j} user: the configured one
 * ({@code dutygraph.neo4j.embedded.password}), else the one generated on the first start and kept in
 * {@value #FILE_NAME} in the data folder, readable by the service's OS user only. Before the very
 * first start it is handed to Neo4j as the initial password (what {@code neo4j-admin dbms
 * set-initial-password} does), so Bolt never accepts the factory password {@code neo4j}, not even for
 * a moment.
 */
final class BoltPassword {

	/** The file in the data folder that holds a generated password. */
	static final String FILE_NAME = "neo4j-password";

	static final String USER = "neo4j";

	private static final Log logger = LogFactory.getLog(BoltPassword.class);

	private BoltPassword() {
	}

	/** The configured password, or the generated one (generated and written now if there is none yet). */
	static String resolve(Path home, String configured) {
		if (configured != null && !configured.isBlank()) {
			if (configured.length() < 8) {
				throw new StartupCheckException("dutygraph.neo4j.embedded.password is shorter than 8 characters, "
						+ "which Neo4j refuses; set a longer one or leave it unset to have one generated",
						"dutygraph.neo4j.embedded.password", null);
			}
			return configured;
		}
		Path file = home.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			writeOwnerOnly(file, generated);
			logger.info("Generated the password of Neo4j user " + USER + " for Bolt; it is in " + file);
			return generated;
		}
		catch (IOException ex) {
			throw new StartupCheckException("The Neo4j password file " + file + " cannot be read or written ("
					+ ex.getMessage() + "); set dutygraph.neo4j.embedded.password or fix the folder's permissions",
					"dutygraph.neo4j.embedded.password", ex);
		}
	}

	private static void writeOwnerOnly(Path file, String password) throws IOException {
		Files.createDirectories(file.getParent());
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the folder's ACL applies
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException ex) {
			// written by a start that died before it used it: overwrite
		}
		Files.writeString(file, password, StandardCharsets.UTF_8);
	}

	/**
	 * Before the first start of a store (no system database yet), records the initial password of the
	 * {@code neo4j} user the way {@code neo4j-admin dbms set-initial-password} does; Neo4j reads and
	 * deletes the file when it creates its system database.
	 */
	static void setInitialPasswordIfNew(Path home, String password) {
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
		Path systemDatabase = config.get(org.neo4j.configuration.GraphDatabaseInternalSettings.databases_root_path)
			.resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		if (Files.isDirectory(systemDatabase)) {
			return;
		}
		Path authIni = CommunitySecurityModule.getInitialUserRepositoryFile(config);
		try (var fs = new DefaultFileSystemAbstraction()) {
			Files.createDirectories(authIni.getParent());
			Files.deleteIfExists(authIni);
			FileUserRepository users = new FileUserRepository(fs, authIni, NullLogProvider.getInstance(),
					EmptyMemoryTracker.INSTANCE);
			users.start();
			users.create(new User(USER, null,
					SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8),
							new SecureHasher()),
					false, false));
			users.shutdown();
		}
		catch (Exception ex) {
			throw new StartupCheckException("The initial Neo4j password cannot be written to " + authIni + " ("
					+ ex.getMessage() + ")", "dutygraph.neo4j.embedded.data-dir", ex);
		}
	}

}
