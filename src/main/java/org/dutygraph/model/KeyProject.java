package org.dutygraph.model;

import org.jspecify.annotations.Nullable;

/** A key project of a plan's project table. */
public record KeyProject(String id, String name, @Nullable Double investment, @Nullable String content,
		@Nullable String period, @Nullable String tier, SourceRef source) {
}
