package org.dutygraph.model;

import org.jspecify.annotations.Nullable;

/** A township-level division of the gazetteer. */
public record Township(String id, String name, @Nullable String county, @Nullable String type) {
}
