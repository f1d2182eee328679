package org.dutygraph.importer;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.importer.depend.TaskRef;
import org.dutygraph.model.AuditRecord;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The statements of the import pipeline other than the graph writer's, each a file of
 * {@code cypher/queries/importer/} named after the method that runs it, run in the caller's
 * transaction.
 */
final class ImportQueries {

	private final CypherQueries queries;

	private final Clock clock;

	ImportQueries(CypherQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	boolean documentExists(SimpleQueryRunner tx, String documentId) {
		return flag(tx, "documentExists", Map.of("id", documentId), "existed");
	}

	/** The id of the document imported with these bytes, null when none is. */
	String documentWithDigest(SimpleQueryRunner tx, String sha256) {
		return tx.run(this.queries.get("importer/documentWithDigest"), Map.of("sha256", sha256))
			.list((r) -> r.get("id").asString())
			.stream()
			.findFirst()
			.orElse(null);
	}

	boolean referenceCurrent(SimpleQueryRunner tx, String fingerprint) {
		return flag(tx, "referenceCurrent", Map.of("fp", fingerprint), "current");
	}

	void markReferenceWritten(SimpleQueryRunner tx, String fingerprint) {
		run(tx, "markReferenceWritten", Map.of("fp", fingerprint));
	}

	boolean seedImportComplete(SimpleQueryRunner tx, String dir) {
		return flag(tx, "seedImportComplete", Map.of("dir", dir), "complete");
	}

	void markSeedImportComplete(SimpleQueryRunner tx, String dir) {
		run(tx, "markSeedImportComplete", Map.of("dir", dir));
	}

	/** Every task of the graph as the dependency rules and curated references see it. */
	List<TaskRef> taskRefs(SimpleQueryRunner tx) {
		return tx.run(this.queries.get("importer/taskRefs"))
			.list((r) -> new TaskRef(r.get("id").asString(), r.get("planId").asString(), r.get("documentId").asString(),
					r.get("kind").asString(), r.get("path").asList(Value::asString),
					r.get("title").isNull() ? null : r.get("title").asString(), r.get("text").asString(""),
					r.get("line").asInt(0), List.of()));
	}

	void writeDependencies(SimpleQueryRunner tx, List<Map<String, Object>> rows) {
		run(tx, "writeDependencies", Map.of("rows", rows));
	}

	/** The audit record of an import that wrote a document, by {@code who}. */
	List<AuditRecord> auditImport(SimpleQueryRunner tx, ImportReport report, String who) {
		return tx.run(this.queries.get("importer/auditImport"),
				CypherParams.of("subjectId", report.documentId(), "who", who, "zone", this.clock.getZone().getId(),
						"newValue", report.status() + " sha256 " + report.sha256(), "reason",
						"imported " + report.fileName()))
			.list((r) -> GraphValues.auditRecord(r.get("node")));
	}

	private boolean flag(SimpleQueryRunner tx, String name, Map<String, Object> params, String column) {
		return tx.run(this.queries.get("importer/" + name), params).single().get(column).asBoolean();
	}

	private void run(SimpleQueryRunner tx, String name, Map<String, Object> params) {
		tx.run(this.queries.get("importer/" + name), params).consume();
	}

}
