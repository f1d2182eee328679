package org.dutygraph.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table an import of several documents ends with: per document its format, encoding,
 * outcome, plans, tasks, responsible units resolved against the reference data and not, and
 * findings; and the totals.
 */
public final class ImportSummaryTable {

	private static final List<String> HEADER = List.of("document", "format", "encoding", "status", "plans", "tasks",
			"units resolved", "unresolved", "findings");

	private ImportSummaryTable() {
	}

	public static String render(List<ImportReport> reports) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		int plans = 0;
		int tasks = 0;
		int resolved = 0;
		int unresolved = 0;
		int findings = 0;
		int failed = 0;
		for (ImportReport report : reports) {
			ImportReport.Source source = report.source();
			rows.add(List.of(report.fileName(), orDash(source.format()), orDash(encoding(source.encoding())),
					report.status().name(), String.valueOf(source.plans()), String.valueOf(source.tasks()),
					String.valueOf(source.unitsResolved()), String.valueOf(source.unitsUnresolved()),
					String.valueOf(report.findings().size())));
			plans += source.plans();
			tasks += source.tasks();
			resolved += source.unitsResolved();
			unresolved += source.unitsUnresolved();
			findings += report.findings().size();
			failed += report.failed() ? 1 : 0;
		}
		rows.add(List.of(reports.size() + (reports.size() == 1 ? " document" : " documents"), "", "", failed + " rejected", String.valueOf(plans),
				String.valueOf(tasks), String.valueOf(resolved), String.valueOf(unresolved), String.valueOf(findings)));
		return table(rows);
	}

	/** The encoding without the reader's remark in brackets: "GBK", "UTF-8 (BOM)" stays. */
	private static String encoding(String encoding) {
		if (encoding == null) {
			return null;
		}
		int detail = encoding.indexOf(" (detected");
		detail = (detail < 0) ? encoding.indexOf(" (declared") : detail;
		return (detail < 0) ? encoding : encoding.substring(0, detail);
	}

	private static String orDash(String value) {
		return (value == null) ? "-" : value;
	}

	private static String table(List<List<String>> rows) {
		int columns = HEADER.size();
		int[] widths = new int[columns];
		for (List<String> row : rows) {
			for (int c = 0; c < columns; c++) {
				widths[c] = Math.max(widths[c], width(row.get(c)));
			}
		}
		StringBuilder out = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			if (r == 1 || r == rows.size() - 1) {
				rule(out, widths);
			}
			List<String> row = rows.get(r);
			for (int c = 0; c < columns; c++) {
				String cell = row.get(c);
				boolean number = c >= 4 && r > 0;
				String pad = " ".repeat(widths[c] - width(cell));
				out.append(c == 0 ? "" : "  ").append(number ? pad + cell : cell + pad);
			}
			out.setLength(out.length() - trailingSpaces(out));
			out.append('\n');
		}
		return out.toString();
	}

	private static void rule(StringBuilder out, int[] widths) {
		for (int c = 0; c < widths.length; c++) {
			out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
		}
		out.append('\n');
	}

	private static int trailingSpaces(StringBuilder out) {
		int n = 0;
		while (n < out.length() && out.charAt(out.length() - 1 - n) == ' ') {
			n++;
		}
		return n;
	}

	/** Display width: CJK characters take two columns. */
	static int width(String s) {
		int width = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean wide = c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
					|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
					|| (c >= 0xFFE0 && c <= 0xFFE6));
			width += wide ? 2 : 1;
		}
		return width;
	}

}
