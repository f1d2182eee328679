package org.dutygraph.model;

import org.jspecify.annotations.Nullable;

/** One unit's responsibility for a task, as the bracket or table cell wrote it. */
public record Responsibility(String taskId, String role, int order, int commaGroup, String asWritten,
		@Nullable String qualifier, boolean inferred, Agency agency, SourceRef source) {
}
