package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dutygraph.graph.CypherQueries;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a {@link GraphBatch} inside the caller's transaction, with one parameterised UNWIND statement
 * per label and relationship type. A new version of a document replaces that document's own nodes
 * (plans, tasks, deadlines, projects, targets) and their derived relationships; tasks whose id
 * survives are kept, and so are the CURATED and USER edges that point at them. The statements are the
 * files of {@code cypher/queries/importer/}, each named after the method that runs it.
 */
public final class GraphWriter {

	private static final int CHUNK = 1000;

	private final CypherQueries queries;

	public GraphWriter(CypherQueries queries) {
		this.queries = queries;
	}

	/** Removes what a previous version of the document wrote, keeping surviving tasks and user edges. */
	public void removePrevious(TransactionContext tx, String documentId, List<String> survivingTaskIds) {
		removeOwnNodes(tx, documentId, survivingTaskIds);
		removeIssuer(tx, documentId);
		removeDerivedRelationships(tx, documentId);
	}

	private void removeOwnNodes(TransactionContext tx, String documentId, List<String> survivingTaskIds) {
		tx.run(this.queries.get("importer/removeOwnNodes"),
				Map.of("documentId", documentId, "surviving", survivingTaskIds))
			.consume();
	}

	private void removeIssuer(TransactionContext tx, String documentId) {
		tx.run(this.queries.get("importer/removeIssuer"), Map.of("documentId", documentId)).consume();
	}

	private void removeDerivedRelationships(TransactionContext tx, String documentId) {
		tx.run(this.queries.get("importer/removeDerivedRelationships"), Map.of("documentId", documentId)).consume();
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
		writeNodes(tx, nodes);
		writeAgencies(tx, agencies);
		List<Map<String, Object>> created = new ArrayList<>();
		for (RelType type : RelType.values()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			batch.rels(type)
				.forEach((r) -> rows.add(Map.of("from", r.from(), "to", r.to(), "type", type.name(), "key", r.key(),
						"props", r.props())));
			if (SHARED.contains(type)) {
				mergeSharedRelationships(tx, type, rows);
			}
			else {
				created.addAll(rows);
			}
		}
		createRelationships(tx, created);
	}

	private void writeNodes(TransactionContext tx, List<Map<String, Object>> rows) {
		run(tx, this.queries.get("importer/writeNodes"), rows);
	}

	private void writeAgencies(TransactionContext tx, List<Map<String, Object>> rows) {
		run(tx, this.queries.get("importer/writeAgencies"), rows);
	}

	private void createRelationships(TransactionContext tx, List<Map<String, Object>> rows) {
		run(tx, this.queries.get("importer/createRelationships"), rows);
	}

	/** The type comes from the RelType enum, never from input. */
	private void mergeSharedRelationships(TransactionContext tx, RelType type, List<Map<String, Object>> rows) {
		run(tx, this.queries.get("importer/mergeSharedRelationships").formatted(type.name()), rows);
	}

	/**
	 * Relationships between nodes that several documents share; they may exist already and are merged.
	 * Every other relationship touches a node of this document, which {@link #removePrevious} cleared,
	 * so it is created: MERGE with a dynamic type cannot use the type to narrow its search.
	 */
	private static final Set<RelType> SHARED = EnumSet.of(RelType.NAMES, RelType.PART_OF, RelType.GOVERNS,
			RelType.COVERS, RelType.IN_COUNTY);

	private static void run(TransactionContext tx, String statement, List<Map<String, Object>> rows) {
		for (List<Map<String, Object>> chunk : chunks(rows)) {
			tx.run(statement, Map.of("rows", chunk)).consume();
		}
	}



	private static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += CHUNK) {
			chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
		}
		return chunks;
	}

}
