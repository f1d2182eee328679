package org.dutygraph;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Node counts by label and relationship counts by type, to prove that an operation changed nothing. */
public final class GraphCounts {

	private GraphCounts() {
	}

	public static Map<String, Long> of(Driver driver) {
		try (Session session = driver.session()) {
			Map<String, Long> counts = new TreeMap<>();
			session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
				.forEachRemaining((r) -> counts.put(r.get("label").asString(), r.get("n").asLong()));
			session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
				.forEachRemaining((r) -> counts.put("rel:" + r.get("type").asString(), r.get("n").asLong()));
			return counts;
		}
	}

}
