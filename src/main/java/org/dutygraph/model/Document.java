package org.dutygraph.model;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An imported plan document. */
public record Document(String id, String fileName, String sha256, @Nullable String title,
		@Nullable String docNumber, @Nullable LocalDate issuedOn, List<String> issuers,
		@Nullable String jurisdiction) {
}
