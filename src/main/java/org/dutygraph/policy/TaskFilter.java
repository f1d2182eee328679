package org.dutygraph.policy;

import java.time.LocalDate;

/**
 * The conditions of a task list, from {@code TaskWhere} or a field's arguments. All given conditions
 * must hold; null means "any".
 */
public record TaskFilter(String text, String planId, String agency, String agencyId, String role,
		String jurisdiction, LocalDate dueBefore, LocalDate dueAfter, String kind, String township) {

	public static TaskFilter none() {
		return new TaskFilter(null, null, null, null, null, null, null, null, null, null);
	}


}
