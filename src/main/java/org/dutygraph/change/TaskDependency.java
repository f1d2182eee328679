package org.dutygraph.change;

import org.dutygraph.model.Task;

/** A DEPENDS_ON edge: dependent cannot finish before prerequisite. */
public record TaskDependency(Task dependent, Task prerequisite, String basis, String reason) {
}
