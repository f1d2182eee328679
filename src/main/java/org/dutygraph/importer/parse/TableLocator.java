package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables in a line range by their header rows, and remembers the 附件N heading or 表N title
 * above each, because table rows are identified by that label (附件2/13, 表3/L630).
 */
final class TableLocator {

	private static final Pattern ANNEX = Pattern.compile("^[#\\s*-]*附\\s*件\\s*(\\d*)\\s*[:：]?\\s*$");

	private static final Pattern TABLE_TITLE = Pattern.compile("^\\s*表\\s*(\\d+)\\s+\\S.*");

	private static final Pattern CATEGORY = Pattern.compile("^[一二三四五六七八九十]+、.*");

	private static final Pattern STOP = Pattern.compile("^\\s*(第[一二三四五六七八九十]+章|附\\s*件\\s*\\d*\\s*[:：]?\\s*$|表\\s*\\d+\\s).*");

	private TableLocator() {
	}

	static List<TableBlock> locate(List<String> lines, int from, int to) {
		List<TableBlock> blocks = new ArrayList<>();
		String label = "附件";
		String title = "";
		for (int i = from; i <= to; i++) {
			String line = lines.get(i);
			Matcher annex = ANNEX.matcher(line);
			Matcher table = TABLE_TITLE.matcher(line);
			if (annex.matches()) {
				label = "附件" + annex.group(1);
				continue;
			}
			if (table.matches()) {
				label = "表" + table.group(1);
			}
			TableBlock.Kind kind = kindOf(line);
			if (kind == null) {
				if (!line.isBlank()) {
					title = Cells.clean(line.replaceAll("^[#\\s*-]+", ""));
				}
				continue;
			}
			boolean tsv = line.contains("\t");
			int end = tsv ? tsvEnd(lines, i, to) : flatEnd(lines, i, to);
			blocks.add(new TableBlock(kind, label, title, tsv, i, end));
			i = end;
		}
		return blocks;
	}

	static TableBlock.Kind kindOf(String line) {
		String c = Cells.compact(line);
		if (c.startsWith("月份") && c.contains("年")) {
			return TableBlock.Kind.MONTHLY;
		}
		if (c.contains("序号") && (c.contains("主要任务") || c.contains("具体措施") || ownedTaskColumns(c))) {
			return TableBlock.Kind.TASKS;
		}
		if (line.contains("\t") && c.contains("重点工作") && owners(c)) {
			return TableBlock.Kind.TASKS;
		}
		if (c.contains("序号") && c.contains("断面名称")) {
			return TableBlock.Kind.SECTIONS;
		}
		if ((c.contains("工作任务") || c.contains("项目名称")) && (c.contains("责任主体") || c.contains("牵头单位"))) {
			return TableBlock.Kind.PROJECTS;
		}
		if (c.contains("序号") && c.contains("指标") && (c.contains("属性") || c.contains("现状"))) {
			return TableBlock.Kind.INDICATORS;
		}
		return null;
	}

	/**
	 * 重点任务 | 工作任务 | 目标与任务 … beside 牵头单位, 配合单位, 责任单位 or 负责部门, in any order (a table without
	 * 序号 such as 牵头领导 | 重点工作 | 牵头单位 | 配合单位 is found by its tab-separated header instead).
	 */
	private static boolean ownedTaskColumns(String compact) {
		boolean task = compact.contains("重点任务") || compact.contains("工作任务") || compact.contains("任务内容")
				|| compact.contains("工作内容") || compact.contains("工作措施") || compact.contains("目标与任务")
				|| compact.contains("重点工作任务");
		return task && owners(compact);
	}

	/** A column of owners: 牵头单位, 牵头负责部门, 牵头责任单位, 配合单位, 责任单位, 负责部门, 主要责任单位. */
	private static boolean owners(String compact) {
		return compact.contains("牵头单位") || compact.contains("配合单位") || compact.contains("责任单位")
				|| compact.contains("牵头部门") || compact.contains("负责部门") || compact.contains("责任部门");
	}

	/** A tab-separated table runs on over category lines (二、全力以赴扩投资…) that lie between its rows. */
	private static int tsvEnd(List<String> lines, int start, int to) {
		int end = start;
		for (int i = start + 1; i <= to; i++) {
			String line = lines.get(i);
			if (line.contains("\t")) {
				end = i;
			}
			else if (!line.isBlank() && !(CATEGORY.matcher(line.strip()).matches() && rowFollows(lines, i, to))) {
				break;
			}
		}
		return end;
	}

	private static boolean rowFollows(List<String> lines, int from, int to) {
		for (int i = from + 1; i <= to; i++) {
			String line = lines.get(i);
			if (line.contains("\t")) {
				return true;
			}
			if (!line.isBlank() && !CATEGORY.matcher(line.strip()).matches()) {
				return false;
			}
		}
		return false;
	}

	private static int flatEnd(List<String> lines, int start, int to) {
		int end = start;
		for (int i = start + 1; i <= to; i++) {
			if (STOP.matcher(lines.get(i)).matches()) {
				break;
			}
			end = i;
		}
		return end;
	}

}
