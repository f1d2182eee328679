package org.dutygraph.importer.load;

/**
 * Something an import report shows a reader: an unresolved unit, an ambiguous case, a parse problem.
 *
 * @param severity ERROR, WARNING or INFO
 * @param fileName the document
 * @param line the 1-based line, 0 for the whole file
 * @param message what it is
 */
public record ImportFinding(String severity, String fileName, int line, String message) {
}
