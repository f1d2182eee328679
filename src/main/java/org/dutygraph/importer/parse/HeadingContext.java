package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headings a paragraph sits under (第三章/第一节 or 三/(一)), and what kind of section that is:
 * a 保障措施 section (its bracketed items are SAFEGUARD tasks) or a five-year-plan chapter whose
 * paragraphs are measures.
 */
final class HeadingContext {

	private static final Pattern NOT_MEASURES = Pattern.compile("现状|形势|总体要求|指导思想|重大工程|工程项目|保障措施");

	private String chapter;

	private String chapterTitle;

	private String section;

	private String level1;

	private String level1Title;

	private String level2;

	private String innermostTitle;

	ParsedHeading enter(LinePatterns.Heading heading, String title, int line) {
		switch (heading.level()) {
			case CHAPTER -> {
				this.chapter = heading.number();
				this.chapterTitle = title;
				this.section = null;
				this.level1 = null;
				this.level2 = null;
			}
			case SECTION -> {
				this.section = heading.number();
				this.level1 = null;
				this.level2 = null;
			}
			case LEVEL1 -> {
				this.level1 = heading.number();
				this.level1Title = title;
				this.level2 = null;
			}
			case LEVEL2 -> this.level2 = heading.number();
		}
		this.innermostTitle = title;
		return new ParsedHeading(path(), title, line);
	}

	List<String> path() {
		List<String> path = new ArrayList<>(4);
		for (String part : new String[] { this.chapter, this.section, this.level1, this.level2 }) {
			if (part != null) {
				path.add(part);
			}
		}
		return path;
	}

	String innermostTitle() {
		return this.innermostTitle;
	}

	boolean inSafeguard() {
		if (this.level1 != null) {
			return this.level1Title != null && this.level1Title.contains("保障");
		}
		return this.chapterTitle != null && this.chapterTitle.contains("保障");
	}

	boolean inMeasureChapter() {
		return this.chapter != null && this.level1 == null && this.chapterTitle != null
				&& !NOT_MEASURES.matcher(this.chapterTitle).find();
	}

}
