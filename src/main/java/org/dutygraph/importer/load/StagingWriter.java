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
 * plans, headings, tasks, deadlines, projects, targets) are first written in committed batches as
 * {@code ImportStaging} nodes, which carry no label any query of the service reads; then, also in
 * committed batches, the shared nodes it names that the graph does not hold yet (owned by nobody until
 * the switch) and every relationship of its own nodes, among them and to shared nodes. Then one short
 * transaction switches: it keeps what users linked to the previous version (audit records, user and
 * curated dependencies, task status), removes the previous version, turns the staged nodes into the
 * document's nodes (labels only), claims the shared nodes and merges the links among them. A crash
 * before the switch leaves only staged nodes and unowned new shared nodes, which the next start
 * removes; a failed switch rolls back to the previous version. Between the staging and the switch a
 * shared node may show a relationship to a staged node, which has none of the labels reads match.
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
		List<Map<String, Object>> shared = new ArrayList<>();
		GraphBatch rest = new GraphBatch();
		for (NodeLabel label : NodeLabel.values()) {
			for (GraphBatch.NodeRow n : batch.nodes(label)) {
				if (label.shared()) {
					rest.node(label, n.id(), n.props());
					shared.add(GraphWriter.nodeRow(label, n));
				}
				else {
					own.add(n.id());
					nodes.add(GraphWriter.nodeRow(label, n));
				}
			}
		}
		List<Map<String, Object>> rels = new ArrayList<>();
		List<Map<String, Object>> fromOwn = new ArrayList<>();
		List<Map<String, Object>> toOwn = new ArrayList<>();
		for (RelType type : RelType.values()) {
			for (GraphBatch.RelRow r : batch.rels(type)) {
				boolean ownFrom = own.contains(r.from());
				boolean ownTo = own.contains(r.to());
				if (!ownFrom && !ownTo) {
					rest.rel(type, r.from(), r.to(), r.key(), r.props());
					continue;
				}
				Map<String, Object> row = GraphWriter.relRow(type, r);
				(ownFrom && ownTo ? rels : ownFrom ? fromOwn : toOwn).add(row);
			}
		}
		try (Session session = driver.session()) {
			inBatches(session, "importer/stageNodes", nodes, token, documentId);
			inBatches(session, "importer/stageSharedNodes", shared, token, documentId);
			inBatches(session, "importer/stageRelationships", rels, token, documentId);
			inBatches(session, "importer/stageRelationshipsToShared", fromOwn, token, documentId);
			inBatches(session, "importer/stageRelationshipsFromShared", toOwn, token, documentId);
		}
		catch (RuntimeException ex) {
			try {
				drop(driver, token);
			}
			catch (RuntimeException dropFailed) {
				// the batch's failure is the one to answer; the next start removes what was staged
				ex.addSuppressed(dropFailed);
			}
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

	/** After a switch: clears the staging marks of the promoted nodes, in committed batches. */
	public void clearMarks(Driver driver, Staged staged) {
		clearMarks(driver, staged.token());
	}

	/** Clears the staging marks of one import's promoted nodes ({@code token}), or of every import (null). */
	private void clearMarks(Driver driver, String token) {
		Map<String, Object> params = new HashMap<>();
		params.put("token", token);
		try (Session session = driver.session()) {
			session.run(this.cypher.get("importer/clearStagingMarks"), params).consume();
		}
	}

	/** Removes the staged nodes of one import ({@code token}), or of every unfinished one (null). */
	public long drop(Driver driver, String token) {
		Map<String, Object> params = new HashMap<>();
		params.put("token", token);
		long staged;
		try (Session session = driver.session()) {
			staged = session.run(this.cypher.get("importer/countStaging"), params).single().get("n").asLong();
			if (staged > 0) {
				session.run(this.cypher.get("importer/dropStaging"), params).consume();
			}
			session.run(this.cypher.get("importer/dropUnclaimedSharedNodes"), params).consume();
		}
		if (token == null) {
			// a crash between a switch and the clearing of its marks
			clearMarks(driver, (String) null);
		}
		return staged;
	}

}
