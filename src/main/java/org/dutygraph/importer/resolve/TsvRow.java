package org.dutygraph.importer.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data row of a reference TSV file, with the file name and physical line kept for error messages.
 */
record TsvRow(String file, int line, Map<String, String> values) {

	/** A value that must be present. */
	String required(String column) {
		String value = values.get(column);
		if (value == null || value.isBlank()) {
			throw error(column, "value is required");
		}
		return value.strip();
	}

	/** A value that may be empty; empty gives null. */
	String optional(String column) {
		String value = values.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A |-separated list; empty gives an empty list. */
	List<String> list(String column) {
		String value = optional(column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** A required value that must be one of the allowed ones. */
	String oneOf(String column, Set<String> allowed) {
		String value = required(column);
		if (!allowed.contains(value)) {
			throw error(column, "'" + value + "' is not one of " + allowed);
		}
		return value;
	}

	/** A required value that must match a regular expression. */
	String matching(String column, String regex, String expectation) {
		String value = required(column);
		if (!value.matches(regex)) {
			throw error(column, "'" + value + "' is not " + expectation);
		}
		return value;
	}

	ReferenceDataException error(String column, String problem) {
		return ReferenceDataException.at(file, line, column, problem);
	}

}
