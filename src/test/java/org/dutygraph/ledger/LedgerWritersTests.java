package org.dutygraph.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutygraph.progress.DeadlineState;
import org.dutygraph.model.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two writers on a ledger built in memory: what Excel and a CSV reader get back. */
class LedgerWritersTests {

	static final String AWKWARD = "含逗号, 引号\"和\n换行的任务";

	static Ledger.Row row(String id, String planId, String planTitle, String text, String status, LocalDate expected) {
		Task task = new Task(id, "NUMBERED", "1", List.of("三", "(一)", "1"), null, text, LocalDate.of(2022, 12, 31), planId,
				"doc", 10, "", status, 0, expected, null);
		return new Ledger.Row(task, planId, planTitle, "某政办发〔2022〕1号",
				List.of(new Ledger.Unit("LEAD", "县住建局", "某县住房和城乡建设局", 12),
						new Ledger.Unit("SUPPORT", "县财政局", "某县财政局", 12),
						new Ledger.Unit("TERRITORIAL", "各乡（镇）人民政府", "各乡（镇）人民政府", 12)),
				List.of("10 月底前", "12 月底前"), null, false, DeadlineState.ON_TRACK);
	}

	static Ledger ledger() {
		return new Ledger("单位", "某县住房和城乡建设局", "任务分工台账-某县住房和城乡建设局", LocalDate.of(2022, 9, 1), false,
				List.of(row("d:AIR:1", "d:AIR", "某县2022年大气污染防治攻坚行动实施方案（一个很长很长很长的标题）", AWKWARD, "NOT_STARTED", null),
						row("d:WATER:1", "d:WATER", "某县2022年大气污染防治攻坚行动实施方案（一个很长很长很长的标题二）", "第二项",
								"DELAYED", LocalDate.of(2023, 3, 31))));
	}

	@Test
	void csvQuotesCommasQuotesAndLineBreaksAndStartsWithAByteOrderMark() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvLedgerWriter.write(ledger(), out);
		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith(LedgerDownload.BOM);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("序号,任务内容,牵头单位,配合单位,责任乡镇,完成时限,时限状态,进度,来源,任务标识\r\n")
			.contains("\"含逗号, 引号\"\"和\n换行的任务\"");
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(2);
			assertThat(records.get(0).get("任务内容")).isEqualTo(AWKWARD);
			assertThat(records.get(0).get("牵头单位")).isEqualTo("某县住房和城乡建设局（县住建局）");
			assertThat(records.get(0).get("责任乡镇")).isEqualTo("各乡（镇）人民政府");
			assertThat(records.get(0).get("来源")).isEqualTo(
					"某政办发〔2022〕1号《某县2022年大气污染防治攻坚行动实施方案（一个很长很长很长的标题）》三/(一)/1，第 10 行，分工见第 12 行");
			assertThat(records.get(1).get("序号")).isEqualTo("2");
			assertThat(records.get(1).get("进度")).isEqualTo("已延误（预计 2023-03-31）");
		}
	}

	@Test
	void plansWhoseTitlesShareTheirFirst31CharactersGetDistinctLegalSheetNames() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxLedgerWriter.write(ledger(), out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			Sheet first = workbook.getSheetAt(0);
			Sheet second = workbook.getSheetAt(1);
			assertThat(first.getSheetName()).hasSize(31).isNotEqualTo(second.getSheetName());
			assertThat(second.getSheetName()).endsWith("(2)").hasSizeLessThanOrEqualTo(31);
			assertThat(LedgerDownload.rows(first).get(0).get("任务内容")).isEqualTo(AWKWARD);
			assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
					"任务分工台账｜单位：某县住房和城乡建设局｜《某县2022年大气污染防治攻坚行动实施方案（一个很长很长很长的标题）》｜时限状态截至 2022-09-01");
		}
	}

	@Test
	void anEmptyLedgerIsOneSheetWithItsTitleAndHeader() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxLedgerWriter.write(new Ledger("逾期任务", "截至 2021-01-01", "逾期任务台账-2021-01-01", LocalDate.of(2021, 1, 1),
				false, List.of()), out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("逾期任务");
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("任务分工台账｜逾期任务｜时限状态截至 2021-01-01");
			assertThat(LedgerDownload.rows(workbook.getSheetAt(0))).isEmpty();
		}
	}

	@Test
	void sheetNamesLoseTheCharactersExcelForbids() {
		Set<String> taken = new HashSet<>();
		assertThat(XlsxLedgerWriter.uniqueName("计划[一]/二:三*?", taken)).isEqualTo("计划_一__二_三__");
		assertThat(XlsxLedgerWriter.uniqueName("计划[一]/二:三*?", taken)).isEqualTo("计划_一__二_三__(2)");
	}

}
