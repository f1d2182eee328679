package org.dutygraph.impact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.DutyGraphProperties;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Writes the curated dependencies of {@code dependencies.tsv} of the reference data (basis CURATED)
 * between the tasks the graph holds. Idempotent; references that no task matches are logged with
 * their line, never guessed.
 */
@Component
public class CuratedDependencyWriter {

	private static final Log logger = LogFactory.getLog(CuratedDependencyWriter.class);

	private final Driver driver;

	private final CypherQueries queries;

	private static final String FILE = "dependencies.tsv";

	private final Path dir;

	public CuratedDependencyWriter(Driver driver, CypherQueries queries, DutyGraphProperties properties) {
		this.driver = driver;
		this.queries = queries;
		this.dir = properties.reference().dir();
	}

	/**
	 * The file's lines from the reference folder (dutygraph.reference.dir), or from the copy bundled
	 * in the service when none is set; null when there is none.
	 */
	private List<String> lines() {
		try {
			if (this.dir != null) {
				Path file = this.dir.resolve(FILE);
				return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : null;
			}
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/" + FILE)) {
				return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList() : null;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + FILE, ex);
		}
	}

	/** Resolves and writes the curated edges; returns how many were written. */
	public int apply() {
		List<String> lines = lines();
		if (lines == null) {
			return 0;
		}
		CuratedDependencies curated = CuratedDependencies.parse(FILE, lines);
		try (Session session = this.driver.session()) {
			List<TaskRef> tasks = session.executeRead((tx) -> tx.run(this.queries.get("impact/taskRefs"))
				.list((r) -> new TaskRef(r.get("id").asString(), r.get("planId").asString(),
						r.get("documentId").asString(), r.get("kind").asString(), r.get("path").asList(Value::asString),
						r.get("title").isNull() ? null : r.get("title").asString(), r.get("text").asString(""),
						r.get("line").asInt(0), List.of())));
			CuratedDependencies.Resolution resolution = curated.resolve(tasks);
			resolution.unresolved()
				.forEach((u) -> logger.warn("Curated dependency at " + FILE + " line " + u.line()
						+ ": no task matches " + u.column() + " '" + u.reference() + "'"));
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Dependency d : resolution.dependencies()) {
				Map<String, Object> row = new java.util.HashMap<>();
				row.put("dependentId", d.dependentId());
				row.put("prerequisiteId", d.prerequisiteId());
				row.put("basis", d.basis());
				row.put("rule", d.rule());
				row.put("reason", d.reason());
				row.put("evidence", d.evidence());
				row.put("documentId", d.documentId());
				row.put("line", d.line());
				rows.add(row);
			}
			session.executeWriteWithoutResult(
					(tx) -> tx.run(this.queries.get("impact/writeDependencies"), Map.of("rows", rows)).consume());
			return rows.size();
		}
	}

}
