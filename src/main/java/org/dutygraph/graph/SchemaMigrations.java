package org.dutygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the schema in {@code classpath:cypher/schema/V<version>__<name>.cypher}, each file once and in
 * version order, and records each in the graph as a {@code :SchemaMigration} node, so a later start
 * applies only what is new. A small stand-in for Neo4j-Migrations, which the registry these machines
 * reach does not serve. A file's statements run in one transaction and its record in a second one,
 * because Neo4j does not mix schema and data changes in one transaction.
 */
public final class SchemaMigrations {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private final Driver driver;

	private final String location;

	private final CypherQueries queries;

	public SchemaMigrations(Driver driver, String location, CypherQueries queries) {
		this.driver = driver;
		this.location = location;
		this.queries = queries;
	}

	/** A schema file found on the classpath. */
	public record Migration(String version, String name, String checksum, List<String> statements) {
	}

	/** Applies what is new; returns the versions applied by this call. */
	public List<String> migrate() {
		List<String> applied = new ArrayList<>();
		for (Migration migration : load()) {
			if (apply(migration)) {
				applied.add(migration.version());
			}
		}
		if (!applied.isEmpty()) {
			try (Session session = this.driver.session()) {
				session.run("CALL db.awaitIndexes(60)").consume();
			}
			logger.info("Schema migrations applied: " + applied);
		}
		return applied;
	}

	private boolean apply(Migration migration) {
		try (Session session = this.driver.session()) {
			String recorded = session.executeRead((tx) -> tx
				.run("MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum",
						Map.of("version", migration.version()))
				.list((r) -> r.get("checksum").asString())
				.stream()
				.findFirst()
				.orElse(null));
			if (recorded != null) {
				if (!recorded.equals(migration.checksum())) {
					logger.warn("Schema file V" + migration.version() + "__" + migration.name()
							+ " changed after it was applied; write a new version instead");
				}
				return false;
			}
			// All schema commands of a file in one transaction (Neo4j allows several schema commands
			// together, but not schema and data changes together), then the record in another.
			session.executeWriteWithoutResult((tx) -> migration.statements().forEach((st) -> tx.run(st).consume()));
			session.executeWriteWithoutResult((tx) -> tx.run(this.queries.get("graph/recordMigration"),
					Map.of("version", migration.version(), "name", migration.name(), "checksum",
							migration.checksum()))
				.consume());
			return true;
		}
	}

	/** The migrations on the classpath in version order. */
	public List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + this.location + "/V*__*.cypher");
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher matcher = FILE_NAME.matcher(resource.getFilename());
				if (!matcher.matches()) {
					throw new IllegalStateException("Schema file name must be V<version>__<name>.cypher: "
							+ resource.getFilename());
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(new Migration(matcher.group(1), matcher.group(2), sha256(text), statements(text)));
			}
			migrations.sort(Comparator.comparing((Migration m) -> Integer.parseInt(m.version())));
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Splits a file at semicolons that end a line; comment lines are dropped. */
	static List<String> statements(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
