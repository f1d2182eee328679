package org.dutygraph.importer.load;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The nodes and relationships one import writes, de-duplicated by id (nodes) and by (type, from, to,
 * key) (relationships). Plain data so that a dry run can count it without a database.
 */
public final class GraphBatch {

	/** A node: its id and properties. */
	public record NodeRow(String id, Map<String, Object> props) {
	}

	/** A relationship between two node ids; key tells parallel relationships of one type apart. */
	public record RelRow(String from, String to, String key, Map<String, Object> props) {
	}

	private final Map<NodeLabel, Map<String, NodeRow>> nodes = new EnumMap<>(NodeLabel.class);

	private final Map<RelType, Map<String, RelRow>> rels = new EnumMap<>(RelType.class);

	/** Adds a node, or adds properties to the node already there. */
	public void node(NodeLabel label, String id, Map<String, Object> props) {
		Map<String, NodeRow> byId = this.nodes.computeIfAbsent(label, (l) -> new LinkedHashMap<>());
		NodeRow existing = byId.get(id);
		if (existing == null) {
			Map<String, Object> copy = new LinkedHashMap<>(props);
			copy.put("id", id);
			byId.put(id, new NodeRow(id, copy));
			return;
		}
		props.forEach((k, v) -> existing.props().putIfAbsent(k, v));
	}

	public boolean hasNode(NodeLabel label, String id) {
		return this.nodes.getOrDefault(label, Map.of()).containsKey(id);
	}

	public void rel(RelType type, String from, String to, String key, Map<String, Object> props) {
		Map<String, RelRow> byKey = this.rels.computeIfAbsent(type, (t) -> new LinkedHashMap<>());
		byKey.putIfAbsent(from + "\u0000" + to + "\u0000" + key,
				new RelRow(from, to, key, new LinkedHashMap<>(props)));
	}

	public List<NodeRow> nodes(NodeLabel label) {
		return List.copyOf(this.nodes.getOrDefault(label, Map.of()).values());
	}

	public List<RelRow> rels(RelType type) {
		return List.copyOf(this.rels.getOrDefault(type, Map.of()).values());
	}

	/**
	 * Lets go of every row, once they are written (a large document's model is not kept in memory
	 * while its switch transaction runs); counts read afterwards are zero.
	 */
	public void release() {
		this.nodes.clear();
		this.rels.clear();
	}

	/** Node counts by label, sorted by name. */
	public Map<String, Integer> nodeCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		this.nodes.forEach((label, byId) -> counts.put(label.name(), byId.size()));
		return counts;
	}

	/** Relationship counts by type, sorted by name. */
	public Map<String, Integer> relCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		this.rels.forEach((type, byKey) -> counts.put(type.name(), byKey.size()));
		return counts;
	}

}
