package org.dutygraph.policy;

import java.time.LocalDate;

/** The GraphQL input {@code TaskWhere}. */
public record TaskWhere(String textContains, String planId, String agency, String role, String jurisdiction,
		LocalDate dueBefore, LocalDate dueAfter, String kind, String township) {

	TaskFilter toFilter() {
		String text = (this.textContains != null) ? this.textContains.strip() : null;
		return new TaskFilter((text == null || text.isEmpty()) ? null : text, this.planId, this.agency, null,
				this.role, this.jurisdiction, this.dueBefore, this.dueAfter, this.kind, this.township);
	}

}
