package org.dutygraph.model;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A task as the API serves it; its related things (plan, responsibilities, deadlines ...) are loaded in
 * batches by the controllers. {@code status} is NOT_STARTED when the graph holds none; {@code version}
 * counts the audited changes; {@code expectedDate} is a recorded delay and {@code doneOn} the day a DONE
 * task was marked done.
 */
public record Task(String id, String kind, @Nullable String number, List<String> path, @Nullable String title,
		String text, @Nullable LocalDate dueDate, String planId, String documentId, int line, String excerpt,
		String status, long version, @Nullable LocalDate expectedDate, @Nullable LocalDate doneOn) {
}
