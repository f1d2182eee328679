package org.dutygraph.importer.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds property maps that skip null values (Neo4j stores no nulls). */
final class Props {

	private final Map<String, Object> map = new LinkedHashMap<>();

	static Props of() {
		return new Props();
	}

	Props put(String key, Object value) {
		if (value != null) {
			this.map.put(key, value);
		}
		return this;
	}

	Map<String, Object> map() {
		return this.map;
	}

}
