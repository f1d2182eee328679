package org.dutygraph.impact;

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
 * Writes the curated dependencies of {@code <seed dir>/reference/dependencies.tsv} (basis CURATED)
 * between the tasks the graph holds. Idempotent; references that no task matches are logged with
 * their line, never guessed.
 */
@Component
public class CuratedDependencyWriter {

	private static final Log logger = LogFactory.getLog(CuratedDependencyWriter.class);

	private final Driver driver;

	private final CypherQueries queries;

	private final Path file;

	public CuratedDependencyWriter(Driver driver, CypherQueries queries, DutyGraphProperties properties) {
		this.driver = driver;
		this.queries = queries;
		this.file = properties.seed().dir().resolve("reference").resolve("dependencies.tsv");
	}

	/** Resolves and writes the curated edges; returns how many were written. */
	public int apply() {
		if (!Files.isRegularFile(this.file)) {
			return 0;
		}
		CuratedDependencies curated = CuratedDependencies.load(this.file);
		try (Session session = this.driver.session()) {
			List<TaskRef> tasks = session.executeRead((tx) -> tx.run(this.queries.get("impact/taskRefs"))
				.list((r) -> new TaskRef(r.get("id").asString(), r.get("planId").asString(),
						r.get("documentId").asString(), r.get("kind").asString(), r.get("path").asList(Value::asString),
						r.get("title").isNull() ? null : r.get("title").asString(), r.get("text").asString(""),
						r.get("line").asInt(0), List.of())));
			CuratedDependencies.Resolution resolution = curated.resolve(tasks);
			resolution.unresolved()
				.forEach((u) -> logger.warn("Curated dependency at " + this.file.getFileName() + " line " + u.line()
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
