package org.dutygraph.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.dutygraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import tools.jackson.databind.json.JsonMapper;

/**
 * An online backup of the whole graph to one portable file, and its restore: gzip-compressed JSON
 * lines, a header, every node with its labels and typed properties, every relationship, and a trailer
 * with the counts, so that a file cut short is recognised and refused. It goes through Bolt, so it
 * works on the embedded store and on any external Neo4j 5.26 server alike, with no admin tool. The
 * schema's own records ({@code :SchemaMigration}) stay out: each store applies the schema itself.
 */
public final class GraphBackup {

	static final String FORMAT = "dutygraph-backup";

	static final int VERSION = 1;

	private static final int BATCH = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Driver driver;

	private final CypherQueries queries;

	public GraphBackup(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/** Counts of a backup or a restore. */
	public record Counts(long nodes, long relationships) {
	}

	/** Writes the graph to {@code file}, through a temporary file, so a failed backup leaves none. */
	public Counts backup(Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
		try (Session session = this.driver.session();
				BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
						new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8))) {
			Counts counts = session.executeRead((tx) -> {
				line(out, Map.of("format", FORMAT, "version", VERSION, "createdAt", Instant.now().toString()));
				long nodes = 0;
				Result result = tx.run(this.queries.get("backup/exportNodes"));
				while (result.hasNext()) {
					Record row = result.next();
					line(out, Map.of("node", row.get("id").asString(), "labels", row.get("labels").asList(),
							"props", PropertyCodec.encode(row.get("props").asMap())));
					nodes++;
				}
				long relationships = 0;
				result = tx.run(this.queries.get("backup/exportRelationships"));
				while (result.hasNext()) {
					Record row = result.next();
					line(out, Map.of("rel", row.get("type").asString(), "start", row.get("start").asString(), "end",
							row.get("end").asString(), "props", PropertyCodec.encode(row.get("props").asMap())));
					relationships++;
				}
				line(out, Map.of("end", true, "nodes", nodes, "relationships", relationships));
				return new Counts(nodes, relationships);
			});
			out.close();
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return counts;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * Restores a backup into a store that holds no graph (only its schema). With {@code wipe}, the graph
	 * there is deleted first. The file is read to its end and checked before anything is written.
	 */
	public Counts restore(Path file, boolean wipe) throws IOException {
		Counts expected = verify(file);
		try (Session session = this.driver.session()) {
			if (wipe) {
				session.run(this.queries.get("backup/wipe")).consume();
			}
			long present = session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n").single().get("n").asLong();
			if (present > 0) {
				throw new IllegalStateException("The store already holds " + present
						+ " nodes; restore into an empty data folder, or add --wipe to delete them first");
			}
			session.run("CREATE INDEX restore_backup_id IF NOT EXISTS FOR (n:_Restore) ON (n._backupId)").consume();
			session.run("CALL db.awaitIndexes(300)").consume();
			Counts restored = load(session, file);
			session.run(this.queries.get("backup/unmarkRestored")).consume();
			session.run("DROP INDEX restore_backup_id IF EXISTS").consume();
			if (!restored.equals(expected)) {
				throw new IllegalStateException("Restored " + restored + " but the backup holds " + expected);
			}
			return restored;
		}
	}

	/** Reads the whole file: a known header, and a trailer whose counts match the lines. */
	public static Counts verify(Path file) throws IOException {
		long nodes = 0;
		long relationships = 0;
		Map<String, Object> last = null;
		try (BufferedReader in = reader(file)) {
			Map<String, Object> header = parse(in.readLine(), file);
			if (header == null) {
				throw new IllegalArgumentException(file + " is empty");
			}
			if (!FORMAT.equals(header.get("format")) || !Integer.valueOf(VERSION).equals(header.get("version"))) {
				throw new IllegalArgumentException(file + " is not a " + FORMAT + " file of version " + VERSION);
			}
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				last = parse(text, file);
				nodes += last.containsKey("node") ? 1 : 0;
				relationships += last.containsKey("rel") ? 1 : 0;
			}
		}
		catch (java.io.EOFException ex) {
			throw new IllegalArgumentException(file + " is incomplete: it was cut short (" + ex.getMessage() + ")");
		}
		if (last == null || !Boolean.TRUE.equals(last.get("end"))
				|| ((Number) last.get("nodes")).longValue() != nodes
				|| ((Number) last.get("relationships")).longValue() != relationships) {
			throw new IllegalArgumentException(file + " is incomplete: it ends without its closing counts");
		}
		return new Counts(nodes, relationships);
	}

	private Counts load(Session session, Path file) throws IOException {
		long nodes = 0;
		long relationships = 0;
		List<Map<String, Object>> nodeRows = new ArrayList<>();
		List<Map<String, Object>> relRows = new ArrayList<>();
		try (BufferedReader in = reader(file)) {
			in.readLine();
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				Map<String, Object> line = parse(text, file);
				if (line.containsKey("node")) {
					nodeRows.add(Map.of("id", line.get("node"), "labels", line.get("labels"), "props",
							PropertyCodec.decode(props(line))));
				}
				else if (line.containsKey("rel")) {
					nodes += flush(session, "backup/createNodes", nodeRows);
					relRows.add(Map.of("type", line.get("rel"), "start", line.get("start"), "end", line.get("end"),
							"props", PropertyCodec.decode(props(line))));
				}
				if (nodeRows.size() >= BATCH) {
					nodes += flush(session, "backup/createNodes", nodeRows);
				}
				if (relRows.size() >= BATCH) {
					relationships += flush(session, "backup/createRelationships", relRows);
				}
			}
		}
		nodes += flush(session, "backup/createNodes", nodeRows);
		relationships += flush(session, "backup/createRelationships", relRows);
		return new Counts(nodes, relationships);
	}

	private long flush(Session session, String query, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		List<Map<String, Object>> batch = List.copyOf(rows);
		rows.clear();
		return session.executeWrite((tx) -> tx.run(this.queries.get(query), Map.of("rows", batch))
			.single()
			.get("created")
			.asLong());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Map<String, Object> line) {
		return (Map<String, Object>) line.get("props");
	}

	private static BufferedReader reader(Path file) throws IOException {
		return new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String text, Path file) {
		if (text == null) {
			throw new IllegalArgumentException(file + " is empty");
		}
		return JSON.readValue(text, LinkedHashMap.class);
	}

	private static void line(BufferedWriter out, Map<String, Object> value) {
		try {
			out.write(JSON.writeValueAsString(value));
			out.newLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
