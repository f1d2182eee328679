package org.dutygraph.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A responsible unit, or a collective of units. */
public record Agency(String id, String name, List<String> aliases, @Nullable String jurisdiction,
		boolean collective, @Nullable String type, @Nullable String parentId) {
}
