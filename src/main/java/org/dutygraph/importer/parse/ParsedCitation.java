package org.dutygraph.importer.parse;

/**
 * A document cited by a plan or a task (根据《…》).
 *
 * @param title the title inside 《》
 * @param docNumber its 文号 when written beside it, else null
 * @param line where it is cited
 */
public record ParsedCitation(String title, String docNumber, int line) {
}
