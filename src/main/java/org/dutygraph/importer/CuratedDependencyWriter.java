package org.dutygraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dutygraph.importer.depend.CuratedDependencies;
import org.dutygraph.importer.depend.Dependency;
import org.dutygraph.importer.depend.TaskRef;
import org.dutygraph.importer.resolve.ReferenceFiles;
import org.neo4j.driver.TransactionContext;

/**
 * Writes the curated dependencies of {@code dependencies.tsv} of the reference data (basis CURATED)
 * between the tasks the graph holds, in the caller's transaction: the import path runs it after each
 * document it writes, so every entry point (the seed import, the {@code import} command, the
 * {@code importDocument} mutation) leaves the same edges. Idempotent; a reference that no task matches is
 * logged with its line, never guessed.
 */
final class CuratedDependencyWriter {

	private static final Log logger = LogFactory.getLog(CuratedDependencyWriter.class);

	private final ImportQueries queries;

	private static final String FILE = "dependencies.tsv";

	private final ReferenceFiles files;

	/** @param files the reference files (a folder or the bundled copy); null: no curated dependencies */
	CuratedDependencyWriter(ImportQueries queries, ReferenceFiles files) {
		this.queries = queries;
		this.files = files;
	}

	/**
	 * Resolves and writes the curated edges; returns how many rows resolved. A reference into a document
	 * the graph does not hold yet is expected to miss and is not logged.
	 */
	int apply(TransactionContext tx) {
		if (this.files == null || !this.files.exists(FILE)) {
			return 0;
		}
		CuratedDependencies curated = CuratedDependencies.parse(FILE, this.files.lines(FILE));
		List<TaskRef> tasks = this.queries.taskRefs(tx);
		Set<String> documents = tasks.stream().map(TaskRef::documentId).collect(Collectors.toSet());
		CuratedDependencies.Resolution resolution = curated.resolve(tasks);
		resolution.unresolved()
			.stream()
			.filter((u) -> documents.contains(u.reference().split(":", 2)[0]))
			.forEach((u) -> logger.warn("Curated dependency at " + FILE + " line " + u.line()
					+ ": no task matches " + u.column() + " '" + u.reference() + "'"));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Dependency d : resolution.dependencies()) {
			Map<String, Object> row = new HashMap<>();
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
		this.queries.writeDependencies(tx, rows);
		return rows.size();
	}

}
