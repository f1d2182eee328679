package org.dutygraph.importer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notice header: issuers (…文件), 文号, title (…通知), 主送, the plans cited in 《》, the
 * signature date, and the jurisdiction derived from the issuer name (高平市人民政府办公室 → 高平市).
 */
final class DocumentHeaderParser {

	private static final int HEADER_SEARCH_LINES = 16;

	private static final Pattern DOC_NUMBER = Pattern.compile("([\\u4e00-\\u9fa5]{1,12}〔\\s*\\d{4}\\s*〕\\s*\\d{1,4}\\s*号)");

	private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");

	private static final Pattern PUBLICATION_NOTE = Pattern.compile("^[（(]此件.{0,8}[）)]$");

	private static final Pattern CITED = Pattern.compile("《([^《》]{2,80})》");

	private static final Pattern JURISDICTION = Pattern
		.compile("^((?![市县区省])\\p{IsHan}{1,8}?(?:自治区|自治州|省|市|县|区|旗|盟|州(?![市县区])))");

	/** A district or county under the city just read: 杭州市拱墅区人民政府 → 拱墅区. */
	private static final Pattern INNER_AREA = Pattern
		.compile("^((?![市县区])\\p{IsHan}{1,5}?(?:县|区|市|旗))(?=人民政府|政府)");

	private static final Pattern PLAN_TITLE = Pattern
		.compile("(?:行动计划|实施方案|工作方案|行动方案|攻坚方案|实施计划|工作计划|规划|要点)(?:[（(][^）)]{0,24}[）)])?$");

	DocumentHeader parse(List<SourceLine> lines, String defaultJurisdiction) {
		List<SourceLine> head = nonBlank(lines, 0, HEADER_SEARCH_LINES);
		int numberAt = numberLine(head);
		int titleEnd = titleEnd(head, numberAt + 1);
		if (numberAt < 0 && titleEnd < 0) {
			return DocumentHeader.none(defaultJurisdiction != null ? defaultJurisdiction : titleJurisdiction(head));
		}
		String docNumber = numberAt < 0 ? null : docNumber(head.get(numberAt).text());
		int titleStart = numberAt + 1;
		String title = titleEnd < 0 ? null : join(head, titleStart, titleEnd);
		List<SourceLine> rest = nonBlank(lines, head.get(Math.max(titleEnd, numberAt)).number(), 60);
		int addresseeEnd = addresseeEnd(rest);
		List<String> addressees = addresseeEnd < 0 ? List.of() : splitAddressees(join(rest, 0, addresseeEnd));
		int dateAt = indexOf(rest, DATE_LINE);
		LocalDate issuedOn = dateAt < 0 ? null : date(rest.get(dateAt).text());
		List<String> planTitles = dateAt < 0 ? List.of() : cited(join(rest, addresseeEnd + 1, dateAt - 1));
		List<String> issuers = issuers(head, numberAt, rest, dateAt);
		int endLine = endLine(rest, dateAt, head.get(Math.max(titleEnd, numberAt)).number());
		String jurisdiction = issuers.isEmpty() ? defaultJurisdiction : jurisdiction(issuers.get(0), defaultJurisdiction);
		return new DocumentHeader(title, docNumber, issuers, issuedOn, addressees, jurisdiction, planTitles, endLine);
	}

	private static List<SourceLine> nonBlank(List<SourceLine> lines, int fromIndex, int max) {
		List<SourceLine> found = new ArrayList<>();
		for (int i = fromIndex; i < lines.size() && found.size() < max; i++) {
			if (!lines.get(i).blank()) {
				found.add(lines.get(i));
			}
		}
		return found;
	}

	private static int indexOf(List<SourceLine> lines, Pattern pattern) {
		for (int i = 0; i < lines.size(); i++) {
			if (pattern.matcher(lines.get(i).text()).find()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The line holding the document's own 文号: a short line of its own. A 文号 cited in a sentence
	 * (根据《…》(粤府〔2018〕128号)…) belongs to another document.
	 */
	private static int numberLine(List<SourceLine> head) {
		for (int i = 0; i < head.size(); i++) {
			String text = head.get(i).text();
			boolean cited = text.length() > 40 || text.indexOf('《') >= 0 || text.indexOf('，') >= 0
					|| text.indexOf(',') >= 0 || text.indexOf('。') >= 0;
			if (!cited && DOC_NUMBER.matcher(text).find()) {
				return i;
			}
		}
		return -1;
	}

	private static int titleEnd(List<SourceLine> head, int from) {
		for (int i = Math.max(0, from); i < Math.min(head.size(), from + 7); i++) {
			if (TextNormalizer.removeSpaces(head.get(i).text()).endsWith("通知")) {
				return i;
			}
		}
		return -1;
	}

	private static String docNumber(String line) {
		Matcher m = DOC_NUMBER.matcher(line);
		return m.find() ? TextNormalizer.removeSpaces(m.group(1)) : null;
	}

	private static String join(List<SourceLine> lines, int from, int to) {
		StringBuilder joined = new StringBuilder();
		for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
			joined.append(lines.get(i).text()).append(' ');
		}
		return TextNormalizer.squeezeCjkSpaces(TextNormalizer.strip(joined.toString()));
	}

	private static int addresseeEnd(List<SourceLine> rest) {
		for (int i = 0; i < Math.min(3, rest.size()); i++) {
			String text = rest.get(i).text();
			if (text.endsWith("：") || text.endsWith(":")) {
				return i;
			}
		}
		return -1;
	}

	/** Splits at commas; a comma group is split at 、 only when every part is a name (县人民政府各委、办、局 stays). */
	static List<String> splitAddressees(String line) {
		String body = line.replaceAll("[：:]$", "");
		List<String> result = new ArrayList<>();
		for (String group : body.split("[，,；;]")) {
			List<String> parts = topLevelParts(group.strip());
			boolean names = parts.stream().allMatch(p -> p.length() >= 3);
			if (names) {
				result.addAll(parts);
			}
			else if (!group.isBlank()) {
				result.add(group.strip());
			}
		}
		return result;
	}

	private static List<String> topLevelParts(String group) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < group.length(); i++) {
			char c = group.charAt(i);
			if (c == '、' && depth == 0) {
				parts.add(group.substring(start, i));
				start = i + 1;
			}
			depth = BracketScanner.nextDepth(depth, c);
		}
		parts.add(group.substring(start));
		return parts;
	}

	private static LocalDate date(String line) {
		Matcher m = DATE_LINE.matcher(line);
		if (!m.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static List<String> cited(String notice) {
		List<String> titles = new ArrayList<>();
		Matcher m = CITED.matcher(notice);
		while (m.find()) {
			titles.add(TextNormalizer.squeezeCjkSpaces(m.group(1)));
		}
		return titles;
	}

	private static List<String> issuers(List<SourceLine> head, int numberAt, List<SourceLine> rest, int dateAt) {
		for (int i = 0; i < Math.max(0, numberAt); i++) {
			String text = head.get(i).text();
			if (text.endsWith("文件")) {
				String names = TextNormalizer.strip(text.substring(0, text.length() - 2));
				return List.of(names.split("\\s+"));
			}
		}
		if (dateAt > 0) {
			return List.of(TextNormalizer.removeSpaces(rest.get(dateAt - 1).text()));
		}
		return List.of();
	}

	private static int endLine(List<SourceLine> rest, int dateAt, int fallback) {
		if (dateAt < 0) {
			return fallback;
		}
		int next = dateAt + 1;
		if (next < rest.size() && PUBLICATION_NOTE.matcher(TextNormalizer.removeSpaces(rest.get(next).text())).matches()) {
			return rest.get(next).number();
		}
		return rest.get(dateAt).number();
	}

	static String jurisdiction(String issuer, String fallback) {
		Matcher m = JURISDICTION.matcher(TextNormalizer.removeSpaces(issuer));
		if (!m.find()) {
			return fallback;
		}
		Matcher inner = INNER_AREA.matcher(TextNormalizer.removeSpaces(issuer).substring(m.end()));
		return inner.find() ? inner.group(1) : m.group(1);
	}

	/**
	 * The area a document without a notice header is about, from a plan title among its first lines
	 * (潮州市打赢蓝天保卫战实施方案（2019-2020年） → 潮州市), else null.
	 */
	private static String titleJurisdiction(List<SourceLine> head) {
		for (int i = 0; i < Math.min(5, head.size()); i++) {
			String text = TextNormalizer.removeSpaces(head.get(i).text());
			if (text.length() <= 60 && PLAN_TITLE.matcher(text).find() && !LinePatterns.startsStructure(text)) {
				return jurisdiction(text, null);
			}
		}
		return null;
	}

}
