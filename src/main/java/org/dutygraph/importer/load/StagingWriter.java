package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.dutygraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a document of any size with bounded memory and still all or nothing. Its own nodes (document,
 * plans, headings, tasks, deadlines, projects, targets) and the relationships among them are first
 * written in committed batches as {@code ImportStaging} nodes, which carry no label any query of the
 * service reads. Then one transaction switches: it keeps what users linked to the previous version
 * (audit records, user and curated dependencies, task status), removes the previous version, turns the
 * staged nodes into the document's nodes, and writes the shared nodes and the relationships that reach
 * them. A crash before the switch leaves only staged nodes, which the next start removes; a failed
 * switch rolls back to the previous version.
 */
public final class StagingWriter {

	private final GraphWriter writer;

	private final CypherQueries cypher;

	private final int batchSize;

	public StagingWriter(GraphWriter writer, CypherQueries cypher, int batchSize) {
		this.writer = writer;
		this.cypher = cypher;
		this.batchSize = batchSize;
	}

	/** The relationship types the importer writes: any other link of a document's node is a user's. */
	private static final List<String> IMPORTED_TYPES = Arrays.stream(RelType.values()).map(RelType::name).toList();

	/** A staged import: its token and the part of the batch left for the switch. */
	public record Staged(String token, GraphBatch rest) {
	}

	/** Writes the document's own part of {@code batch} in committed batches of staged nodes. */
	public Staged stage(Driver driver, String documentId, GraphBatch batch) {
		String token = UUID.randomUUID().toString();
		Set<String> own = new HashSet<>();
		List<Map<String, Object>> nodes = new ArrayList<>();
		GraphBatch rest = new GraphBatch();
		for (NodeLabel label : NodeLabel.values()) {
			for (GraphBatch.NodeRow n : batch.nodes(label)) {
				if (label.shared()) {
					rest.node(label, n.id(), n.props());
				}
				else {
					own.add(n.id());
					nodes.add(Map.of("id", n.id(), "label", label.name(), "props", n.props()));
				}
			}
		}
		List<Map<String, Object>> rels = new ArrayList<>();
		for (RelType type : RelType.values()) {
			for (GraphBatch.RelRow r : batch.rels(type)) {
				if (own.contains(r.from()) && own.contains(r.to())) {
					rels.add(Map.of("from", r.from(), "to", r.to(), "type", type.name(), "key", r.key(), "props",
							r.props()));
				}
				else {
					rest.rel(type, r.from(), r.to(), r.key(), r.props());
				}
			}
		}
		try (Session session = driver.session()) {
			inBatches(session, "importer/stageNodes", nodes, token, documentId);
			inBatches(session, "importer/stageRelationships", rels, token, documentId);
		}
		catch (RuntimeException ex) {
			drop(driver, token);
			throw ex;
		}
		return new Staged(token, rest);
	}

	private void inBatches(Session session, String statement, List<Map<String, Object>> rows, String token,
			String documentId) {
		String cypher = this.cypher.get(statement);
		for (int i = 0; i < rows.size(); i += this.batchSize) {
			Map<String, Object> params = new HashMap<>();
			params.put("rows", rows.subList(i, Math.min(rows.size(), i + this.batchSize)));
			params.put("token", token);
			params.put("documentId", documentId);
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, params).consume());
		}
	}

	/**
	 * The switch, in the caller's transaction: keeps user links and properties of the previous version,
	 * removes it, promotes the staged nodes and writes the rest of the batch.
	 */
	public void switchTo(TransactionContext tx, String documentId, Staged staged, boolean existed) {
		Map<String, Object> params = new HashMap<>();
		params.put("documentId", documentId);
		params.put("token", staged.token());
		params.put("shared", GraphWriter.SHARED_LABELS);
		params.put("importedTypes", IMPORTED_TYPES);
		if (existed) {
			tx.run(this.cypher.get("importer/moveUserLinks"), params).consume();
			tx.run(this.cypher.get("importer/copyUserProperties"), params).consume();
			this.writer.removeDocument(tx, documentId);
		}
		tx.run(this.cypher.get("importer/promoteStaged"), params).consume();
		this.writer.write(tx, staged.rest(), documentId);
	}

	/** Removes the staged nodes of one import ({@code token}), or of every unfinished one (null). */
	public long drop(Driver driver, String token) {
		Map<String, Object> params = new HashMap<>();
		params.put("token", token);
		try (Session session = driver.session()) {
			long staged = session.run("MATCH (n:ImportStaging) WHERE $token IS NULL OR n.stagingId = $token "
					+ "RETURN count(n) AS n", params).single().get("n").asLong();
			if (staged > 0) {
				session.run(this.cypher.get("importer/dropStaging"), params).consume();
			}
			return staged;
		}
	}

}
