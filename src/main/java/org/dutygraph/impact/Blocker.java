package org.dutygraph.impact;

import java.time.LocalDate;
import java.util.List;

/** An upstream task or key project that the task waits for ({@code blockers}), with the path to it. */
record Blocker(String id, String label, String name, List<String> via, LocalDate plannedDate) {
}
