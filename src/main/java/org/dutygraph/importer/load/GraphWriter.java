package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 */
public final class GraphWriter {

	private static final int CHUNK = 1000;

	/** Labels of shared nodes, for the Cypher that must leave them alone. */
	static final List<String> SHARED_LABELS = Arrays.stream(NodeLabel.values())
		.filter(NodeLabel::shared)
		.map(NodeLabel::name)
		.toList();

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
		tx.run(REMOVE_RELATIONSHIPS, params).consume();
		tx.run(REMOVE_OWN_NODES, params).consume();
		tx.run(RELEASE_SHARED_NODES, params).consume();
	}

	/** Removes a document entirely: its graph as {@link #removePrevious} does, and its Document node. */
	public void removeDocument(TransactionContext tx, String documentId) {
		removePrevious(tx, documentId, List.of());
		tx.run("MATCH (d:Document {id: $documentId}) DETACH DELETE d", Map.of("documentId", documentId)).consume();
	}

	private static final String REMOVE_RELATIONSHIPS = """
			MATCH (n:Entity)
			WHERE n.documentId = $documentId OR (n:Document AND n.id = $documentId)
			MATCH (n)-[r]-()
			WHERE r.documentId = $documentId AND NOT coalesce(r.basis, '') IN ['USER', 'CURATED']
			WITH DISTINCT r
			DELETE r""";

	private static final String REMOVE_OWN_NODES = """
			MATCH (n:Entity {documentId: $documentId})
			WHERE NOT any(l IN labels(n) WHERE l IN $shared) AND NOT (n:Task AND n.id IN $surviving)
			DETACH DELETE n""";

	private static final String RELEASE_SHARED_NODES = """
			MATCH (n:Entity)
			WHERE $documentId IN n.documentIds
			SET n.documentIds = [d IN n.documentIds WHERE d <> $documentId]
			WITH n
			WHERE n.documentIds = [] AND NOT coalesce(n.referenceData, false)
			  AND NOT EXISTS { (n)-[r]-() WHERE r.documentId IS NOT NULL }
			DETACH DELETE n""";

	/** Writes the curated reference graph: shared nodes marked {@code referenceData}, owned by no document. */
	public void writeReference(TransactionContext tx, GraphBatch batch) {
		write(tx, batch, null);
	}

	/**
	 * Writes every node, then every relationship, owned by {@code documentId}. Labels and types are set
	 * from the NodeLabel and RelType constants as dynamic labels ({@code $(...)}), never from input
	 * text; few distinct statements keep Cypher planning off the import's critical path.
	 */
	public void write(TransactionContext tx, GraphBatch batch, String documentId) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> shared = new ArrayList<>();
		List<Map<String, Object>> agencies = new ArrayList<>();
		for (NodeLabel label : NodeLabel.values()) {
			for (GraphBatch.NodeRow n : batch.nodes(label)) {
				Map<String, Object> row = Map.of("id", n.id(), "label", label.name(), "props", n.props());
				if (label == NodeLabel.Agency) {
					agencies.add(row);
				}
				else {
					(label.shared() ? shared : nodes).add(row);
				}
			}
		}
		run(tx, NODES, nodes, documentId);
		run(tx, SHARED_NODES, shared, documentId);
		run(tx, AGENCIES, agencies, documentId);
		List<Map<String, Object>> created = new ArrayList<>();
		for (RelType type : RelType.values()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			batch.rels(type)
				.forEach((r) -> rows.add(Map.of("from", r.from(), "to", r.to(), "type", type.name(), "key", r.key(),
						"props", r.props())));
			if (SHARED.contains(type)) {
				run(tx, mergeStatement(type), rows, documentId);
			}
			else {
				created.addAll(rows);
			}
		}
		run(tx, CREATE_RELATIONSHIPS, created, documentId);
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

	private static void run(TransactionContext tx, String statement, List<Map<String, Object>> rows,
			String documentId) {
		for (List<Map<String, Object>> chunk : chunks(rows)) {
			Map<String, Object> params = new HashMap<>();
			params.put("rows", chunk);
			params.put("documentId", documentId);
			tx.run(statement, params).consume();
		}
	}

	private static final String NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			SET n:$(row.label)
			SET n += row.props""";

	/**
	 * A shared node: merged, its owner set extended (kept sorted, so that it reads the same whatever
	 * the order of imports), its properties set by the first writer or by its only owner.
	 */
	private static final String SHARED_NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			ON CREATE SET n:$(row.label), n += row.props
			WITH n, row, coalesce(n.documentIds, []) AS before
			WITH n, row, CASE WHEN $documentId IS NULL OR $documentId IN before THEN before
			    ELSE COLLECT { UNWIND before + $documentId AS d RETURN d ORDER BY d } END AS owners
			SET n.documentIds = owners
			SET n.referenceData = CASE WHEN $documentId IS NULL THEN true ELSE n.referenceData END
			WITH n, row, owners
			WHERE owners = [] OR owners = [$documentId]
			SET n += row.props""";

	/** An agency named by several documents keeps every alias any of them wrote. */
	private static final String AGENCIES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			ON CREATE SET n:Agency
			WITH n, row, coalesce(n.aliases, []) AS before, coalesce(n.documentIds, []) AS owned
			WITH n, row, before, CASE WHEN $documentId IS NULL OR $documentId IN owned THEN owned
			    ELSE COLLECT { UNWIND owned + $documentId AS d RETURN d ORDER BY d } END AS owners
			SET n.documentIds = owners
			SET n.referenceData = CASE WHEN $documentId IS NULL THEN true ELSE n.referenceData END
			FOREACH (_ IN CASE WHEN owners = [] OR owners = [$documentId] OR n.name IS NULL THEN [1] ELSE [] END |
			    SET n += row.props)
			SET n.aliases = reduce(acc = before, a IN coalesce(row.props.aliases, []) |
			    CASE WHEN a IN acc THEN acc ELSE acc + a END)
			SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.props, r.key = row.key, r.documentId = coalesce(row.props.documentId, $documentId)""";

	private static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += CHUNK) {
			chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
		}
		return chunks;
	}

}
