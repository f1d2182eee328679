package org.dutygraph.importer.parse;

/**
 * Something the parser could not read cleanly. Collected, never thrown.
 *
 * @param severity ERROR (nothing of the file can be used), WARNING (a part was skipped or guessed)
 * @param line the line, 0 for the whole file
 * @param message what was wrong, in words a coordinator understands
 */
public record ParseProblem(String severity, int line, String message) {
}
