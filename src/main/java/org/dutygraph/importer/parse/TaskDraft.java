package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A task while its paragraphs are being collected; becomes a {@link ParsedTask} once deadlines
 * and the excerpt are known.
 */
final class TaskDraft {

	final TaskKind kind;

	final String number;

	final List<String> path;

	final String localId;

	final int line;

	private final StringBuilder text = new StringBuilder();

	private String title;

	private int endLine;

	private String rawBracket;

	private int bracketLine;

	private final List<UnitMention> units = new ArrayList<>();

	TaskDraft(TaskKind kind, String number, List<String> path, String localId, int line) {
		this.kind = kind;
		this.number = number;
		this.path = List.copyOf(path);
		this.localId = localId;
		this.line = line;
		this.endLine = line;
	}

	void appendText(String paragraphText, int lastLine) {
		String trimmed = TextNormalizer.strip(paragraphText);
		if (!trimmed.isEmpty()) {
			if (this.text.length() > 0) {
				this.text.append('\n');
			}
			this.text.append(trimmed);
		}
		this.endLine = Math.max(this.endLine, lastLine);
	}

	void setBracket(String raw, int line, List<UnitMention> bracketUnits) {
		this.rawBracket = raw;
		this.bracketLine = line;
		this.units.clear();
		this.units.addAll(bracketUnits);
	}

	void addUnit(UnitMention unit, int lastLine) {
		this.units.add(unit);
		this.endLine = Math.max(this.endLine, lastLine);
	}

	void setTitle(String title) {
		this.title = title;
	}

	boolean hasBracket() {
		return this.rawBracket != null;
	}

	String text() {
		return this.text.toString();
	}

	String title() {
		return this.title;
	}

	List<UnitMention> units() {
		return this.units;
	}

	ParsedTask toTask(String excerpt, List<DeadlineExpr> deadlines) {
		return new ParsedTask(this.localId, this.kind, this.number, this.path, this.title, text(), this.line,
				this.endLine, excerpt, this.rawBracket, this.bracketLine, List.copyOf(this.units),
				List.copyOf(deadlines), null, 0.0, null);
	}

}
