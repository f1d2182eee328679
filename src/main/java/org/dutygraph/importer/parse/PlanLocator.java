package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the plans inside a document: each title cited in the notice (《…》) is looked up as a body
 * line (possibly wrapped over two lines); a document whose titles never appear as lines (the
 * five-year plan) or a fragment without header is one plan. Also finds each plan's annex part.
 */
final class PlanLocator {

	private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");

	private static final Pattern YEAR_RANGE = Pattern.compile("(20\\d\\d)\\s*[-—–~至]\\s*(20\\d\\d)");

	private static final Pattern ANNEX_MARKER = Pattern.compile("^附\\s*件\\s*(?:$|[:：\\d])");

	private static final Pattern ANNEX_HEADING = Pattern.compile("^附\\s*件\\s*\\d*\\s*[:：]?$");

	private static final Pattern PLAN_TITLE_LINE = Pattern
		.compile("(?:行动计划|实施方案|工作方案|行动方案|攻坚方案|实施计划|工作计划|规划|要点)(?:\\s*[（(][^）)]{0,24}[）)])?$");

	List<PlanSpan> locate(List<SourceLine> lines, DocumentHeader header, Integer defaultYear) {
		int docEnd = documentEnd(lines, header.endLine());
		List<int[]> found = findTitles(lines, header);
		List<PlanSpan> spans = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		if (found.isEmpty()) {
			spans.add(single(lines, header, docEnd, defaultYear));
			return spans;
		}
		for (int i = 0; i < found.size(); i++) {
			int[] at = found.get(i);
			int end = i + 1 < found.size() ? lastNonBlank(lines, found.get(i + 1)[1] - 1) : docEnd;
			String title = titleOf(lines, header, at);
			spans.add(span(lines, uniqueKey(keyOf(title), keys), title, at[1], at[2] + 1, end,
					defaultYear, header));
		}
		return spans;
	}

	private static List<int[]> findTitles(List<SourceLine> lines, DocumentHeader header) {
		List<int[]> found = new ArrayList<>();
		int from = header.endLine() + 1;
		for (int t = 0; t < header.planTitles().size(); t++) {
			String wanted = TextNormalizer.removeSpaces(header.planTitles().get(t));
			int[] at = findTitle(lines, wanted, from);
			if (at != null) {
				found.add(new int[] { t, at[0], at[1] });
				from = at[1] + 1;
			}
		}
		return found;
	}

	/** {first line, last line} of the title, or null. */
	private static int[] findTitle(List<SourceLine> lines, String wanted, int from) {
		for (int n = Math.max(1, from); n <= lines.size(); n++) {
			String text = TextNormalizer.removeSpaces(lines.get(n - 1).text());
			if (text.isEmpty() || !wanted.startsWith(text)) {
				continue;
			}
			if (text.equals(wanted)) {
				return new int[] { n, n };
			}
			int next = nextNonBlank(lines, n + 1);
			if (next > 0 && (text + TextNormalizer.removeSpaces(lines.get(next - 1).text())).equals(wanted)) {
				return new int[] { n, next };
			}
		}
		return null;
	}

	private static String titleOf(List<SourceLine> lines, DocumentHeader header, int[] at) {
		if (at[1] == at[2]) {
			return TextNormalizer.squeezeCjkSpaces(lines.get(at[1] - 1).text());
		}
		return header.planTitles().get(at[0]);
	}

	private PlanSpan single(List<SourceLine> lines, DocumentHeader header, int docEnd, Integer defaultYear) {
		int start = firstContentLine(lines, header.endLine() + 1);
		String first = start > 0 ? TextNormalizer.squeezeCjkSpaces(lines.get(start - 1).text()) : "";
		boolean titled = !header.present() && first.length() <= 60 && PLAN_TITLE_LINE.matcher(first).find()
				&& !LinePatterns.startsStructure(first);
		String title = header.planTitles().isEmpty() ? (titled ? first : null) : header.planTitles().get(0);
		String key = header.present() ? keyOf(title) : "PLAN";
		return span(lines, key, title, Math.max(1, start), titled ? start + 1 : Math.max(1, start), docEnd,
				defaultYear, header);
	}

	private static PlanSpan span(List<SourceLine> lines, String key, String title, int start, int bodyStart, int end,
			Integer defaultYear, DocumentHeader header) {
		Integer[] years = years(title, defaultYear, header);
		int marker = annexMarker(lines, bodyStart, end);
		int bodyEnd = marker > 0 ? lastNonBlank(lines, marker - 1) : end;
		int annexFrom = marker > 0 ? annexHeading(lines, marker, end) : inlineTables(lines, start, end);
		return new PlanSpan(key, title, years[0], years[1], start, bodyStart, bodyEnd, annexFrom, end);
	}

	static String keyOf(String title) {
		if (title == null) {
			return "PLAN";
		}
		if (title.contains("空气") || title.contains("大气")) {
			return "AIR";
		}
		if (title.contains("土壤")) {
			return "SOIL";
		}
		if (title.contains("水")) {
			return "WATER";
		}
		return title.contains("十四五") && title.contains("规划") ? "ECO_5YR" : "PLAN";
	}

	private static String uniqueKey(String key, Set<String> used) {
		String candidate = key;
		for (int i = 2; !used.add(candidate); i++) {
			candidate = key + "_" + i;
		}
		return candidate;
	}

	private static Integer[] years(String title, Integer defaultYear, DocumentHeader header) {
		String text = title == null ? "" : title;
		Matcher range = YEAR_RANGE.matcher(text);
		if (range.find()) {
			return new Integer[] { Integer.valueOf(range.group(1)), Integer.valueOf(range.group(2)) };
		}
		if (text.contains("十四五")) {
			return new Integer[] { 2021, 2025 };
		}
		Matcher year = YEAR.matcher(text);
		if (year.find()) {
			Integer y = Integer.valueOf(year.group(1));
			return new Integer[] { y, y };
		}
		Integer y = defaultYear != null ? defaultYear : header.issuedOn() == null ? null : header.issuedOn().getYear();
		return new Integer[] { y, y };
	}

	private static int annexMarker(List<SourceLine> lines, int from, int to) {
		for (int n = from; n <= to; n++) {
			if (ANNEX_MARKER.matcher(lines.get(n - 1).text()).find()) {
				return n;
			}
		}
		return 0;
	}

	private static int annexHeading(List<SourceLine> lines, int marker, int end) {
		for (int n = marker; n <= end; n++) {
			if (ANNEX_HEADING.matcher(lines.get(n - 1).text()).matches()) {
				return n;
			}
		}
		return marker;
	}

	/** Plans without an annex part may still hold tables inline (the five-year plan's 表1–表3). */
	private static int inlineTables(List<SourceLine> lines, int from, int to) {
		for (int n = from; n <= to; n++) {
			if (lines.get(n - 1).tableRow()) {
				return from;
			}
		}
		return 0;
	}

	private static int documentEnd(List<SourceLine> lines, int headerEnd) {
		for (int n = headerEnd + 1; n <= lines.size(); n++) {
			String text = TextNormalizer.removeSpaces(lines.get(n - 1).text());
			if (text.startsWith("抄送") || text.matches("^\\d{4}年\\d{1,2}月\\d{1,2}日印发$")) {
				return lastNonBlank(lines, n - 1);
			}
		}
		return lastNonBlank(lines, lines.size());
	}

	/** The first non-blank line from n on that is not part of a table of contents. */
	private static int firstContentLine(List<SourceLine> lines, int from) {
		for (int n = Math.max(1, from); n <= lines.size(); n++) {
			SourceLine line = lines.get(n - 1);
			boolean toc = line.tableRow() || TextNormalizer.removeSpaces(line.text()).equals("目录");
			if (!line.blank() && !toc) {
				return n;
			}
		}
		return 0;
	}

	private static int nextNonBlank(List<SourceLine> lines, int from) {
		for (int n = from; n <= lines.size(); n++) {
			if (!lines.get(n - 1).blank()) {
				return n;
			}
		}
		return 0;
	}

	static int lastNonBlank(List<SourceLine> lines, int from) {
		for (int n = Math.min(from, lines.size()); n >= 1; n--) {
			if (!lines.get(n - 1).blank()) {
				return n;
			}
		}
		return 0;
	}

}
