package org.dutygraph.importer.read;

import java.util.Map;

/**
 * Gives back text as a converted document wrote it: each simplified character that stood for a
 * traditional one in this document becomes that character again. Used on what the graph quotes
 * (units as written, excerpts), never on what it matches.
 */
public final class AsWritten {

	public static final AsWritten IDENTITY = new AsWritten(Map.of());

	private final Map<Character, Character> restore;

	AsWritten(Map<Character, Character> restore) {
		this.restore = Map.copyOf(restore);
	}

	public boolean identity() {
		return this.restore.isEmpty();
	}

	public String apply(String text) {
		if (text == null || this.restore.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(this.restore.getOrDefault(c, c));
		}
		return out.toString();
	}

}
