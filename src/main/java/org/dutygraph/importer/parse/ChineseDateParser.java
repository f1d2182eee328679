package org.dutygraph.importer.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads deadline expressions (完成时限) from task texts and table cells, so that "what is late" can be
 * asked of the graph. Only expressions carrying a deadline cue (前, 底, 起, 月份, 日, a month range, a
 * season, a recurrence or a status) count: a bare year such as 较2020年下降 or a 文号 year 〔2021〕 is
 * a baseline or a reference, not a deadline. Dates written without a year take the last explicit year
 * written earlier in the same text, else the plan year (seed-domain §8). 持续推进 and 持续开展 count as
 * ONGOING only as a whole cell: in running text they are verbs, and 已完成 only standing alone, since
 * 已完成清洁取暖改造的用户 describes users, not a status.
 */
public final class ChineseDateParser {

	private static final String S = "\\s*";

	private static final String DASH = "[-—–~至]";

	private static final Pattern EXPRESSION = Pattern.compile(String.join("|",
			"(?<season>(?:(?<sy1>\\d{4})" + S + DASH + S + "(?<sy2>\\d{4})" + S + "年" + S + ")?秋冬季)",
			"(?<mrange>(?:(?<ry>\\d{4})" + S + "年" + S + ")?(?<!\\d)(?<rm1>\\d{1,2})" + S + "(?:月份?)?" + S + DASH + S
					+ "(?<rm2>\\d{1,2})" + S + "月份?)",
			"(?<yearly>每年" + S + "(?<em>\\d{1,2})" + S + "月" + S + "(?:(?<ed>\\d{1,2})" + S + "日|底)?" + S + "前?)",
			"(?<every>每月一次|每月调度|每两月|每月|每季度|按季度|按月|每周)",
			"(?<upto>(?:到|至)" + S + "(?<uy>\\d{4})" + S + "年" + S + "(?:年" + S + ")?(?:底|末)?)",
			"(?<yend>(?:(?<ey>\\d{4})" + S + "年" + S + "(?:年" + S + ")?|年)(?:底|末)" + S + "(?:前)?)",
			"(?<yfrom>(?<fy>\\d{4})" + S + "年" + S + "起)",
			"(?<date>(?:(?<dy>\\d{4})" + S + "年" + S + ")?(?<![\\d.])(?<dm>\\d{1,2})" + S + "月(?<part>份)?" + S
					+ "(?:(?<dd>\\d{1,2})" + S + "日)?" + S + "(?<end>底|末)?" + S + "(?<cue>以前|前|起)?)",
			"(?<ongoing>长期坚持)",
			"(?<unresolved>(?:\\d{4}" + S + "年" + S + ")?(?:采暖季|供暖季|汛期|汛|赛)前|一年内|(?<!\\p{IsHan})已完成(?!\\p{IsHan})"
					+ "|(?:建设投运|投运|整改完成|评审通过)前)"));

	private static final Pattern YEAR_RANGE_CELL = Pattern.compile("^(\\d{4})" + S + DASH + S + "(\\d{4})" + S + "年?$");

	private static final Pattern ONGOING_CELL = Pattern.compile("^(长期坚持|长期|持续推进|持续开展|常态化)$");

	/**
	 * Every deadline expression in a task text, in order. Dates without a year take the last
	 * explicit year earlier in the same text, else the plan year.
	 * @param text the task text, wraps removed
	 * @param line the line to report for the expressions
	 * @param planYear the plan year
	 */
	public List<DeadlineExpr> findAll(String text, int line, int planYear) {
		return scan(text, line, planYear, false);
	}

	/**
	 * The deadlines of a task-table row: its 完成时限 cell when the table gives one; else the dated
	 * clauses of the row's own text (3月份完成摸底调查, 2023年4月底前…), read like body text, since a row
	 * is a task. The cell wins where both exist: it is the table's own answer to "by when".
	 * @param cell the parsed 完成时限 cell, or null when the table has none for the row
	 */
	public List<DeadlineExpr> rowMilestones(DeadlineExpr cell, String text, int line, int planYear) {
		return cell != null ? List.of(cell) : findAll(text, line, planYear);
	}

	/**
	 * One 完成时限 / 实施时间 table cell (长期坚持, 2021年9月底前, 2021-2025, 已完成...); null for an
	 * empty cell. The raw value is the whole cell, so a milestone word such as 投入运行 or 开工 stays
	 * visible; a cell that cannot be dated is UNRESOLVED rather than lost.
	 */
	public DeadlineExpr parseCell(String cell, int line, int planYear) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String raw = cell.strip().replaceAll("\\s*\\R\\s*", "");
		Matcher range = YEAR_RANGE_CELL.matcher(raw);
		if (range.matches()) {
			int from = Integer.parseInt(range.group(1));
			int to = Integer.parseInt(range.group(2));
			return new DeadlineExpr(raw, DeadlineKind.PERIOD, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), line);
		}
		if (ONGOING_CELL.matcher(raw).matches()) {
			return new DeadlineExpr(raw, DeadlineKind.ONGOING, null, null, line);
		}
		List<DeadlineExpr> found = scan(raw, line, planYear, true);
		if (found.isEmpty()) {
			return new DeadlineExpr(raw, DeadlineKind.UNRESOLVED, null, null, line);
		}
		DeadlineExpr first = found.get(0);
		return new DeadlineExpr(raw, first.kind(), first.date(), first.endDate(), line);
	}

	private List<DeadlineExpr> scan(String text, int line, int planYear, boolean cell) {
		List<DeadlineExpr> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		int year = planYear;
		Matcher m = EXPRESSION.matcher(text);
		while (m.find()) {
			DeadlineExpr expr = read(m, year, line, cell);
			if (expr == null) {
				continue;
			}
			Integer explicit = explicitYear(m);
			if (explicit != null) {
				year = explicit;
			}
			result.add(expr);
		}
		return result;
	}

	/**
	 * An expression that needs a year the text does not give, in a plan whose year is unknown (a fragment
	 * without header or title), is kept undated (UNRESOLVED) rather than dated in year 0.
	 */
	private DeadlineExpr read(Matcher m, int year, int line, boolean cell) {
		if (year > 0 || explicitYear(m) != null || !needsYear(m)) {
			return readDated(m, year, line, cell);
		}
		DeadlineExpr probe = readDated(m, 2000, line, cell);
		return probe == null ? null : new DeadlineExpr(probe.raw(), DeadlineKind.UNRESOLVED, null, null, line);
	}

	private static boolean needsYear(Matcher m) {
		return m.group("season") != null || m.group("mrange") != null || m.group("yend") != null
				|| m.group("date") != null;
	}

	private DeadlineExpr readDated(Matcher m, int year, int line, boolean cell) {
		String raw = m.group().strip();
		if (m.group("season") != null) {
			int start = m.group("sy1") != null ? Integer.parseInt(m.group("sy1")) : year;
			return period(raw, LocalDate.of(start, 10, 1), LocalDate.of(start + 1, 3, 31), line);
		}
		if (m.group("mrange") != null) {
			return monthRange(m, raw, year, line);
		}
		if (m.group("yearly") != null || m.group("every") != null) {
			return new DeadlineExpr(raw, DeadlineKind.RECURRING, null, null, line);
		}
		if (m.group("upto") != null) {
			return byDate(raw, LocalDate.of(Integer.parseInt(m.group("uy")), 12, 31), line);
		}
		if (m.group("yend") != null) {
			int y = m.group("ey") != null ? Integer.parseInt(m.group("ey")) : year;
			return byDate(raw, LocalDate.of(y, 12, 31), line);
		}
		if (m.group("yfrom") != null) {
			return new DeadlineExpr(raw, DeadlineKind.FROM_DATE, LocalDate.of(Integer.parseInt(m.group("fy")), 1, 1),
					null, line);
		}
		if (m.group("date") != null) {
			return date(m, raw, year, line, cell);
		}
		if (m.group("ongoing") != null) {
			return new DeadlineExpr(raw, DeadlineKind.ONGOING, null, null, line);
		}
		return new DeadlineExpr(raw, DeadlineKind.UNRESOLVED, null, null, line);
	}

	private DeadlineExpr monthRange(Matcher m, String raw, int year, int line) {
		int y = m.group("ry") != null ? Integer.parseInt(m.group("ry")) : year;
		int from = Integer.parseInt(m.group("rm1"));
		int to = Integer.parseInt(m.group("rm2"));
		if (!isMonth(from) || !isMonth(to) || to < from) {
			return null;
		}
		return period(raw, LocalDate.of(y, from, 1), YearMonth.of(y, to).atEndOfMonth(), line);
	}

	private DeadlineExpr date(Matcher m, String raw, int year, int line, boolean cell) {
		boolean hasYear = m.group("dy") != null;
		boolean cued = m.group("part") != null || m.group("dd") != null || m.group("end") != null
				|| m.group("cue") != null;
		if (!cued && !(cell && hasYear)) {
			return null;
		}
		int y = hasYear ? Integer.parseInt(m.group("dy")) : year;
		int month = Integer.parseInt(m.group("dm"));
		if (!isMonth(month)) {
			return null;
		}
		YearMonth ym = YearMonth.of(y, month);
		boolean from = "起".equals(m.group("cue"));
		if (m.group("dd") != null) {
			int day = Integer.parseInt(m.group("dd"));
			if (day < 1 || day > ym.lengthOfMonth()) {
				return null;
			}
			LocalDate d = ym.atDay(day);
			return from ? new DeadlineExpr(raw, DeadlineKind.FROM_DATE, d, null, line) : byDate(raw, d, line);
		}
		return from ? new DeadlineExpr(raw, DeadlineKind.FROM_DATE, ym.atDay(1), null, line)
				: byDate(raw, ym.atEndOfMonth(), line);
	}

	private static Integer explicitYear(Matcher m) {
		for (String group : new String[] { "sy1", "ry", "uy", "ey", "fy", "dy" }) {
			if (m.group(group) != null) {
				return Integer.parseInt(m.group(group));
			}
		}
		return null;
	}

	private static boolean isMonth(int month) {
		return month >= 1 && month <= 12;
	}

	private static DeadlineExpr byDate(String raw, LocalDate date, int line) {
		return new DeadlineExpr(raw, DeadlineKind.BY_DATE, date, null, line);
	}

	private static DeadlineExpr period(String raw, LocalDate from, LocalDate to, int line) {
		return new DeadlineExpr(raw, DeadlineKind.PERIOD, from, to, line);
	}

}
