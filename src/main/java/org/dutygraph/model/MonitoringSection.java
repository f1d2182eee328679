package org.dutygraph.model;

import org.jspecify.annotations.Nullable;

/** A water-quality monitoring section. */
public record MonitoringSection(String id, String name, @Nullable String river, @Nullable String level,
		@Nullable String targetClass, @Nullable String county) {
}
