package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
		tx.run("""
				MATCH (t:Task {documentId: $documentId})-[r]-()
				WHERE coalesce(r.basis, 'RULE') IN ['RULE', 'GAZETTEER']
				   OR type(r) IN ['HAS_TASK', 'UNDER', 'HAS_DEADLINE']
				DELETE r""", Map.of("documentId", documentId)).consume();
	}

	/** Writes every node, then every relationship. */
	public void write(TransactionContext tx, GraphBatch batch) {
		for (NodeLabel label : NodeLabel.values()) {
			for (List<GraphBatch.NodeRow> chunk : chunks(batch.nodes(label))) {
				List<Map<String, Object>> rows = new ArrayList<>();
				chunk.forEach((n) -> rows.add(Map.of("id", n.id(), "props", n.props())));
				tx.run(nodeStatement(label), Map.of("rows", rows)).consume();
			}
		}
		for (RelType type : RelType.values()) {
			for (List<GraphBatch.RelRow> chunk : chunks(batch.rels(type))) {
				List<Map<String, Object>> rows = new ArrayList<>();
				chunk.forEach((r) -> rows.add(Map.of("from", r.from(), "to", r.to(), "key", r.key(), "props", r.props())));
				tx.run(relStatement(type), Map.of("rows", rows)).consume();
			}
		}
	}

	private static String nodeStatement(NodeLabel label) {
		// Labels come from the NodeLabel enum, never from input.
		String merge = "UNWIND $rows AS row MERGE (n:Entity:" + label.name() + " {id: row.id})\n";
		if (label != NodeLabel.Agency) {
			return merge + "SET n += row.props";
		}
		// An agency named by several documents keeps every alias any of them wrote.
		return merge + """
				WITH n, row, coalesce(n.aliases, []) AS before
				SET n += row.props
				SET n.aliases = reduce(acc = before, a IN coalesce(row.props.aliases, []) |
				    CASE WHEN a IN acc THEN acc ELSE acc + a END)
				SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)""";
	}

	private static String relStatement(RelType type) {
		// Types come from the RelType enum, never from input.
		return """
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from})
				MATCH (b:Entity {id: row.to})
				MERGE (a)-[r:%s {key: row.key}]->(b)
				SET r += row.props""".formatted(type.name());
	}

	private static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += CHUNK) {
			chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
		}
		return chunks;
	}

}
