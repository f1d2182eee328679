package org.dutygraph.importer.parse;

/**
 * A piece of cell text and the physical line it sits on; flattened tables spread one cell over
 * several lines and every unit must keep the line where it starts.
 */
record Fragment(String text, int line) {
}
