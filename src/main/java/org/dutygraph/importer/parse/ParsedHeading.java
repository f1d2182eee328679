package org.dutygraph.importer.parse;

import java.util.List;

/**
 * A heading such as 三、重点任务 or (一)强化工业企业治理.
 *
 * @param path heading numbers from the top, brackets as ASCII: ["三","(一)"]
 * @param title the heading text without its number
 * @param line its line
 */
public record ParsedHeading(List<String> path, String title, int line) {
}
