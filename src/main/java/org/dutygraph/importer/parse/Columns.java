package org.dutygraph.importer.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Column positions by header name, because the column sets of the same kind of table vary by county. */
final class Columns {

	private Columns() {
	}

	static Map<String, Integer> of(String headerLine) {
		return of(Cells.tabs(headerLine));
	}

	static Map<String, Integer> of(List<String> headerCells) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < headerCells.size(); i++) {
			String name = Cells.compact(headerCells.get(i));
			if (!name.isEmpty()) {
				columns.putIfAbsent(name, i);
			}
		}
		return columns;
	}

	/** The first column whose header contains one of the names, else -1. */
	static int find(Map<String, Integer> columns, String... names) {
		for (String name : names) {
			for (Map.Entry<String, Integer> column : columns.entrySet()) {
				if (column.getKey().contains(name)) {
					return column.getValue();
				}
			}
		}
		return -1;
	}

}
