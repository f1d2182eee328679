package org.dutygraph.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dutygraph.importer.load.GraphBatch;
import org.dutygraph.importer.load.GraphModelBuilder;
import org.dutygraph.importer.load.NodeLabel;
import org.dutygraph.importer.load.RelType;
import org.dutygraph.importer.parse.Block;
import org.dutygraph.importer.parse.SourceDocument;

/** The per-document line of an import's summary: how it was read and what it holds. */
final class ImportSummary {

	private ImportSummary() {
	}

	static ImportReport.Source source(SourceDocument source, GraphModelBuilder.Result result) {
		if (source == null) {
			return ImportReport.Source.UNREAD;
		}
		List<String> locations = "TEXT".equals(source.format()) ? List.of()
				: source.blocks().stream().map(Block::location).toList();
		if (result == null) {
			return new ImportReport.Source(source.format(), source.encoding(), source.notes(), 0, 0, 0, 0, locations);
		}
		GraphBatch batch = result.batch();
		Set<String> named = new HashSet<>();
		batch.rels(RelType.RESPONSIBLE_FOR).forEach((r) -> named.add(r.from()));
		int resolved = 0;
		int unresolved = 0;
		for (GraphBatch.NodeRow agency : batch.nodes(NodeLabel.Agency)) {
			if (!named.contains(agency.id())) {
				continue;
			}
			if (Boolean.TRUE.equals(agency.props().get("known"))) {
				resolved++;
			}
			else {
				unresolved++;
			}
		}
		Map<String, Integer> nodes = batch.nodeCounts();
		return new ImportReport.Source(source.format(), source.encoding(), source.notes(),
				nodes.getOrDefault("Plan", 0), nodes.getOrDefault("Task", 0), resolved, unresolved, locations);
	}

}
