package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dutygraph.graph.CypherQueries;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a {@link GraphBatch} inside the caller's transaction, with one parameterised UNWIND statement
 * per kind of row. Ownership is explicit, so that one document's replace can never take away what
 * another document wrote:
 * <ul>
 * <li>a document's own nodes (plans, headings, tasks, deadlines, projects, targets) carry its
 * {@code documentId};</li>
 * <li>nodes several documents share (agencies, aliases, counties, townships, enterprises, monitoring
 * sections, cited documents) carry the sorted set {@code documentIds} of the documents that wrote
 * them, and {@code referenceData} when the curated reference graph wrote them; their properties are
 * set by the first writer and changed later only by a document that is their only owner;</li>
 * <li>every relationship a document writes carries its {@code documentId}, except the structural
 * links between shared nodes (aliases, hierarchy, gazetteer), which live and die with their nodes.</li>
 * </ul>
 * The statements are the files of {@code cypher/queries/importer/}, each named after the method that
 * runs it.
 */
public final class GraphWriter {

	private static final int CHUNK = 1000;

	/** Labels of shared nodes, for the Cypher that must leave them alone. */
	static final List<String> SHARED_LABELS = Arrays.stream(NodeLabel.values())
		.filter(NodeLabel::shared)
		.map(NodeLabel::name)
		.toList();

	/**
	 * Relationships between nodes that several documents share; they may exist already and are merged.
	 * Every other relationship touches a node of this document, which {@link #removePrevious} cleared,
	 * so it is created: MERGE with a dynamic type cannot use the type to narrow its search.
	 */
	private static final Set<RelType> SHARED = EnumSet.of(RelType.NAMES, RelType.PART_OF, RelType.GOVERNS,
			RelType.COVERS, RelType.IN_COUNTY);

	private final CypherQueries queries;

	public GraphWriter(CypherQueries queries) {
		this.queries = queries;
	}

	/**
	 * Removes what a previous version of the document wrote: its relationships, its own nodes except
	 * the tasks whose id survives (with their user and curated edges and audit links), and the shared
	 * nodes no document and no reference data owns any more. Another document's nodes and
	 * relationships are never touched.
	 */
	public void removePrevious(TransactionContext tx, String documentId, List<String> survivingTaskIds) {
		Map<String, Object> params = new HashMap<>();
		params.put("documentId", documentId);
		params.put("surviving", survivingTaskIds);
		params.put("shared", SHARED_LABELS);
		removeRelationships(tx, params);
		removeOwnNodes(tx, params);
		releaseSharedNodes(tx, params);
	}

	/** Removes a document entirely: its graph as {@link #removePrevious} does, and its Document node. */
	public void removeDocument(TransactionContext tx, String documentId) {
		removePrevious(tx, documentId, List.of());
		removeDocumentNode(tx, documentId);
	}

	private void removeRelationships(TransactionContext tx, Map<String, Object> params) {
		tx.run(this.queries.get("importer/removeRelationships"), params).consume();
	}

	private void removeOwnNodes(TransactionContext tx, Map<String, Object> params) {
		tx.run(this.queries.get("importer/removeOwnNodes"), params).consume();
	}

	private void releaseSharedNodes(TransactionContext tx, Map<String, Object> params) {
		tx.run(this.queries.get("importer/releaseSharedNodes"), params).consume();
	}

	private void removeDocumentNode(TransactionContext tx, String documentId) {
		tx.run(this.queries.get("importer/removeDocumentNode"), Map.of("documentId", documentId)).consume();
	}

	/** Writes the curated reference graph: shared nodes marked {@code referenceData}, owned by no document. */
	public void writeReference(TransactionContext tx, GraphBatch batch) {
		write(tx, batch, null);
	}

	/**
	 * Writes every node, then every relationship, owned by {@code documentId}: one statement for the
	 * document's own nodes, one for shared nodes, one for agencies (which merge their aliases), one for
	 * the relationships it creates. Labels and types are set from the NodeLabel and RelType constants as
	 * dynamic labels ({@code $(...)}), never from input text; few distinct statements keep Cypher
	 * planning off the import's critical path.
	 */
	public void write(TransactionContext tx, GraphBatch batch, String documentId) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> shared = new ArrayList<>();
		List<Map<String, Object>> agencies = new ArrayList<>();
		for (NodeLabel label : NodeLabel.values()) {
			for (GraphBatch.NodeRow n : batch.nodes(label)) {
				Map<String, Object> row = nodeRow(label, n);
				if (label == NodeLabel.Agency) {
					agencies.add(row);
				}
				else {
					(label.shared() ? shared : nodes).add(row);
				}
			}
		}
		writeNodes(tx, nodes, documentId);
		writeSharedNodes(tx, shared, documentId);
		writeAgencies(tx, agencies, documentId);
		List<Map<String, Object>> created = new ArrayList<>();
		for (RelType type : RelType.values()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			batch.rels(type)
				.forEach((r) -> rows.add(relRow(type, r)));
			if (SHARED.contains(type)) {
				mergeSharedRelationships(tx, type, rows, documentId);
			}
			else {
				created.addAll(rows);
			}
		}
		createRelationships(tx, created, documentId);
	}

	/** A node as the UNWIND statements of the importer take it. */
	static Map<String, Object> nodeRow(NodeLabel label, GraphBatch.NodeRow n) {
		return Map.of("id", n.id(), "label", label.name(), "props", n.props());
	}

	/** A relationship as the UNWIND statements of the importer take it. */
	static Map<String, Object> relRow(RelType type, GraphBatch.RelRow r) {
		return Map.of("from", r.from(), "to", r.to(), "type", type.name(), "key", r.key(), "props", r.props());
	}

	private void writeNodes(TransactionContext tx, List<Map<String, Object>> rows, String documentId) {
		run(tx, this.queries.get("importer/writeNodes"), rows, documentId);
	}

	private void writeSharedNodes(TransactionContext tx, List<Map<String, Object>> rows, String documentId) {
		run(tx, this.queries.get("importer/writeSharedNodes"), rows, documentId);
	}

	private void writeAgencies(TransactionContext tx, List<Map<String, Object>> rows, String documentId) {
		run(tx, this.queries.get("importer/writeAgencies"), rows, documentId);
	}

	private void createRelationships(TransactionContext tx, List<Map<String, Object>> rows, String documentId) {
		run(tx, this.queries.get("importer/createRelationships"), rows, documentId);
	}

	/** The type comes from the RelType enum, never from input. */
	private void mergeSharedRelationships(TransactionContext tx, RelType type, List<Map<String, Object>> rows,
			String documentId) {
		run(tx, this.queries.get("importer/mergeSharedRelationships").formatted(type.name()), rows, documentId);
	}

	private static void run(TransactionContext tx, String statement, List<Map<String, Object>> rows,
			String documentId) {
		for (List<Map<String, Object>> chunk : chunks(rows)) {
			Map<String, Object> params = new HashMap<>();
			params.put("rows", chunk);
			params.put("documentId", documentId);
			tx.run(statement, params).consume();
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
