package org.dutygraph.model;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A deadline expression and what it means. */
public record Deadline(String raw, String kind, @Nullable LocalDate date, @Nullable LocalDate endDate) {
}
