package org.dutygraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parameter maps for Cypher statements. */
public final class CypherParams {

	private CypherParams() {
	}

	/**
	 * Pairs of name and value. Null values are kept, because the statements test optional filters with
	 * {@code $name IS NULL}; collections are copied into lists the driver accepts.
	 */
	public static Map<String, Object> of(Object... pairs) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			map.put((String) pairs[i], (value instanceof Collection<?> c) ? List.copyOf(c) : value);
		}
		return map;
	}

}
