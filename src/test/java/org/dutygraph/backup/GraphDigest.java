package org.dutygraph.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * A digest of a graph's content that does not depend on the store's internal ids: every node as its
 * sorted labels and typed properties, every relationship as its type, properties and the content of
 * both ends, sorted and hashed. Two stores with the same digest hold the same nodes and relationships.
 * The schema's own records ({@code :SchemaMigration}), which each store writes for itself, stay out.
 */
final class GraphDigest {

	private GraphDigest() {
	}

	static String of(Driver driver) {
		Map<String, String> nodes = new HashMap<>();
		List<String> lines = new ArrayList<>();
		try (Session session = driver.session()) {
			session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN elementId(n) AS id, labels(n) AS labels, "
					+ "properties(n) AS props")
				.forEachRemaining((r) -> {
					String node = sha256(r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
							+ canonical(r.get("props")));
					nodes.put(r.get("id").asString(), node);
					lines.add("node " + node);
				});
			session.run("MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration AND NOT b:SchemaMigration "
					+ "RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b")
				.forEachRemaining((r) -> lines.add("rel " + nodes.get(r.get("a").asString()) + " -["
						+ r.get("type").asString() + " " + canonical(r.get("props")) + "]-> "
						+ nodes.get(r.get("b").asString())));
		}
		lines.sort(null);
		return lines.size() + " " + sha256(String.join("\n", lines));
	}

	/** Properties in key order, each value with its type, so that a date never equals its text. */
	private static String canonical(Value props) {
		Map<String, String> sorted = new TreeMap<>();
		props.asMap((v) -> v.type().name() + ":" + v).forEach(sorted::put);
		return sorted.toString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
