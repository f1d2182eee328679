package org.dutygraph.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a ledger as an Excel workbook, streaming (SXSSF: only a window of rows in memory): one sheet per
 * plan named after it, a title row that says what the ledger is of, a frozen and filterable header row
 * repeated on every printed page, fixed column widths and wrapped text, A4 landscape.
 */
final class XlsxLedgerWriter {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Excel's limit on a sheet name. */
	private static final int MAX_SHEET_NAME = 31;

	private XlsxLedgerWriter() {
	}

	static void write(Ledger ledger, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Styles styles = new Styles(workbook);
			List<LedgerColumns.Column> columns = LedgerColumns.of(ledger);
			Map<String, List<Ledger.Row>> plans = ledger.byPlan();
			Set<String> names = new HashSet<>();
			if (plans.isEmpty()) {
				sheet(workbook, styles, columns, ledger, ledger.kind(), null, List.of(), names);
			}
			for (List<Ledger.Row> rows : plans.values()) {
				String plan = rows.get(0).planTitle();
				sheet(workbook, styles, columns, ledger, plan, plan, rows, names);
			}
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	private static void sheet(SXSSFWorkbook workbook, Styles styles, List<LedgerColumns.Column> columns,
			Ledger ledger, String name, String planTitle, List<Ledger.Row> rows, Set<String> names) {
		Sheet sheet = workbook.createSheet(uniqueName(name, names));
		int last = columns.size() - 1;
		Row title = sheet.createRow(0);
		title.setHeightInPoints(24);
		title.createCell(0).setCellValue(LedgerColumns.title(ledger, planTitle));
		title.getCell(0).setCellStyle(styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
		Row header = sheet.createRow(1);
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, columns.get(c).width() * 256);
			header.createCell(c).setCellValue(columns.get(c).header());
			header.getCell(c).setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 2);
		sheet.setAutoFilter(new CellRangeAddress(1, 1 + rows.size(), 0, last));
		sheet.setRepeatingRows(new CellRangeAddress(0, 1, 0, last));
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		for (int i = 0; i < rows.size(); i++) {
			Row row = sheet.createRow(2 + i);
			List<String> cells = LedgerColumns.cells(ledger, rows.get(i), i + 1);
			row.createCell(0).setCellValue(i + 1);
			row.getCell(0).setCellStyle(styles.number);
			for (int c = 1; c < cells.size(); c++) {
				row.createCell(c).setCellValue(cells.get(c));
				row.getCell(c).setCellStyle(styles.body);
			}
		}
	}

	/** A legal sheet name, unique in the workbook: Excel forbids []:*?/\ and more than 31 characters. */
	static String uniqueName(String name, Set<String> taken) {
		String safe = WorkbookUtil.createSafeSheetName(name, '_');
		String unique = safe;
		for (int n = 2; !taken.add(unique.toLowerCase()); n++) {
			String suffix = "(" + n + ")";
			unique = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
		}
		return unique;
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle body;

		final CellStyle number;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(large);
			this.title.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header = bordered(workbook);
			this.header.setFont(bold);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.body = bordered(workbook);
			this.body.setVerticalAlignment(VerticalAlignment.TOP);
			this.number = bordered(workbook);
			this.number.setAlignment(HorizontalAlignment.CENTER);
			this.number.setVerticalAlignment(VerticalAlignment.TOP);
		}

		private static CellStyle bordered(SXSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setWrapText(true);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
