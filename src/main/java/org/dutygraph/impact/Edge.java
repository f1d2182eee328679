package org.dutygraph.impact;

/**
 * A finish-to-start link for the delay analysis: the dependent cannot finish before the prerequisite.
 *
 * @param dependentId the task that waits
 * @param prerequisiteId the task waited for
 * @param type the relationship it came from (DEPENDS_ON, PRECEDES ...), kept for display
 */
public record Edge(String dependentId, String prerequisiteId, String type) {
}
