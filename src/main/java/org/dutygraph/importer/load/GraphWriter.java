package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

/**
 * Writes a {@link GraphBatch} inside the caller's transaction, with one parameterised UNWIND statement
 * per label and relationship type. A new version of a document replaces that document's own nodes
 * (plans, tasks, deadlines, projects, targets) and their derived relationships; tasks whose id
 * survives are kept, and so are the CURATED and USER edges that point at them.
 */
public final class GraphWriter {

	private static final int CHUNK = 1000;

	/** Removes what a previous version of the document wrote, keeping surviving tasks and user edges. */
	public void removePrevious(TransactionContext tx, String documentId, List<String> survivingTaskIds) {
		tx.run("""
				MATCH (n:Entity {documentId: $documentId})
				WHERE NOT (n:Task AND n.id IN $surviving)
				DETACH DELETE n""", Map.of("documentId", documentId, "surviving", survivingTaskIds)).consume();
		tx.run("MATCH (:Document {id: $documentId})-[r:ISSUED_BY]->() DELETE r", Map.of("documentId", documentId))
			.consume();
		tx.run("""
				MATCH (t:Task {documentId: $documentId})-[r]-()
				WHERE coalesce(r.basis, 'RULE') IN ['RULE', 'GAZETTEER']
				   OR type(r) IN ['HAS_TASK', 'UNDER', 'HAS_DEADLINE']
				DELETE r""", Map.of("documentId", documentId)).consume();
	}

	/**
	 * Writes every node, then every relationship: one statement for all plain nodes, one for agencies
	 * (which merge their aliases), one for all relationships. Labels and types are set from the
	 * NodeLabel and RelType constants as dynamic labels ({@code $(...)}), never from input text; few
	 * distinct statements keep Cypher planning off the import's critical path.
	 */
	public void write(TransactionContext tx, GraphBatch batch) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> agencies = new ArrayList<>();
		for (NodeLabel label : NodeLabel.values()) {
			for (GraphBatch.NodeRow n : batch.nodes(label)) {
				Map<String, Object> row = Map.of("id", n.id(), "label", label.name(), "props", n.props());
				((label == NodeLabel.Agency) ? agencies : nodes).add(row);
			}
		}
		run(tx, NODES, nodes);
		run(tx, AGENCIES, agencies);
		List<Map<String, Object>> created = new ArrayList<>();
		for (RelType type : RelType.values()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			batch.rels(type)
				.forEach((r) -> rows.add(Map.of("from", r.from(), "to", r.to(), "type", type.name(), "key", r.key(),
						"props", r.props())));
			if (SHARED.contains(type)) {
				run(tx, mergeStatement(type), rows);
			}
			else {
				created.addAll(rows);
			}
		}
		run(tx, CREATE_RELATIONSHIPS, created);
	}

	/**
	 * Relationships between nodes that several documents share; they may exist already and are merged.
	 * Every other relationship touches a node of this document, which {@link #removePrevious} cleared,
	 * so it is created: MERGE with a dynamic type cannot use the type to narrow its search.
	 */
	private static final Set<RelType> SHARED = EnumSet.of(RelType.NAMES, RelType.PART_OF, RelType.GOVERNS,
			RelType.COVERS, RelType.IN_COUNTY);

	private static String mergeStatement(RelType type) {
		// The type comes from the RelType enum, never from input.
		return """
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from})
				MATCH (b:Entity {id: row.to})
				MERGE (a)-[r:%s {key: row.key}]->(b)
				SET r += row.props""".formatted(type.name());
	}

	private static void run(TransactionContext tx, String statement, List<Map<String, Object>> rows) {
		for (List<Map<String, Object>> chunk : chunks(rows)) {
			tx.run(statement, Map.of("rows", chunk)).consume();
		}
	}

	private static final String NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			SET n:$(row.label)
			SET n += row.props""";

	/** An agency named by several documents keeps every alias any of them wrote. */
	private static final String AGENCIES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			SET n:Agency
			WITH n, row, coalesce(n.aliases, []) AS before
			SET n += row.props
			SET n.aliases = reduce(acc = before, a IN coalesce(row.props.aliases, []) |
			    CASE WHEN a IN acc THEN acc ELSE acc + a END)
			SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.props, r.key = row.key""";

	private static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += CHUNK) {
			chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
		}
		return chunks;
	}

}
