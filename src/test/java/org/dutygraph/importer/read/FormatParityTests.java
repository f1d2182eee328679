package org.dutygraph.importer.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dutygraph.importer.ImportComponents;
import org.dutygraph.importer.ImportService;
import org.dutygraph.importer.load.GraphBatch;
import org.dutygraph.importer.load.RelType;
import org.dutygraph.importer.parse.ParsedPlan;
import org.dutygraph.importer.parse.ParsedTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed document written by code as a .docx, a PDF, a web page, GBK text and UTF-16 text imports
 * to the same tasks, leads, unit lists and deadlines as its UTF-8 text (a dry run: parse, resolve,
 * model; no database).
 */
class FormatParityTests {

	/** 沁水县 2022: three plans, hard-wrapped like the printed page. */
	static final Path QINSHUI = Path.of("seed-data", "001_bc15039033e882c0.txt");

	/** 高平市 2021: annex tables, tab-separated in the text. */
	static final Path GAOPING = Path.of("seed-data", "000_7e6f630d02834975.txt");

	static ImportService importer;

	static List<String> qinshui;

	static List<String> gaoping;

	@BeforeAll
	static void readUtf8() {
		importer = ImportComponents.dryRunService(ImportComponents.referenceData(null));
		qinshui = model(prepare("001.txt", bytes(QINSHUI, StandardCharsets.UTF_8)));
		gaoping = model(prepare("000.txt", bytes(GAOPING, StandardCharsets.UTF_8)));
	}

	@Test
	void theUtf8TextHasTheTasksTheOtherFormatsAreComparedWith() {
		assertThat(qinshui).hasSizeGreaterThan(100)
			.anySatisfy((task) -> assertThat(task).startsWith("WATER:三/(三)/8 ")
				.contains("LEAD 沁水县:沁水县住房和城乡建设局")
				.contains("TERRITORIAL 沁水县:郑村镇人民政府")
				.contains("10 月底前=2022-10-31"));
	}

	@Test
	void aDocxGivesTheSameTasksUnitsAndDeadlines() {
		ImportService.Prepared docx = prepare("001.docx", SeedFormats.docx(SeedFormats.lines(QINSHUI)));

		assertThat(docx.source().format()).isEqualTo("DOCX");
		assertThat(model(docx)).containsExactlyElementsOf(qinshui);
	}

	@Test
	void aDocxWithWordTablesGivesTheSameAnnexRowsAsTabSeparatedText() {
		ImportService.Prepared docx = prepare("000.docx", SeedFormats.docx(SeedFormats.lines(GAOPING)));

		assertThat(docx.source().blocks()).anySatisfy((b) -> assertThat(b.location()).isEqualTo("table 1, row 1"));
		assertThat(model(docx)).containsExactlyElementsOf(gaoping);
	}

	@Test
	void aPdfGivesTheSameTasksUnitsAndDeadlines() {
		ImportService.Prepared pdf = prepare("001.pdf",
				SeedFormats.pdf(SeedFormats.lines(QINSHUI), "沁水县人民政府门户网站 政府信息公开"));

		assertThat(pdf.source().format()).isEqualTo("PDF");
		assertThat(pdf.source().text()).doesNotContain("政府信息公开").doesNotContain("— 3 —");
		assertThat(model(pdf)).containsExactlyElementsOf(qinshui);
	}

	@Test
	void aWebPageGivesTheSameTasksUnitsAndDeadlinesWithoutTheSiteAroundIt() {
		ImportService.Prepared html = prepare("001.html",
				SeedFormats.html(SeedFormats.lines(QINSHUI), importer.prepare("001.txt", bytes(QINSHUI,
						StandardCharsets.UTF_8), ImportService.Options.DEFAULT).doc().title()));

		assertThat(html.source().format()).isEqualTo("HTML");
		assertThat(html.source().text()).doesNotContain("政务公开", "分享到", "相关文件", "打印本页", "网站标识码", "统计代码",
				"索引号");
		assertThat(model(html)).containsExactlyElementsOf(qinshui);
	}

	@Test
	void aWebPageWithHtmlTablesGivesTheSameAnnexRows() {
		ImportService.Prepared html = prepare("000.html", SeedFormats.html(SeedFormats.lines(GAOPING), "高平市"));

		assertThat(model(html)).containsExactlyElementsOf(gaoping);
	}

	@Test
	void gbkTextGivesTheSameTasksAndSaysItWasGbk() {
		ImportService.Prepared gbk = prepare("001-gbk.txt", bytes(QINSHUI, Charset.forName("GBK")));

		assertThat(gbk.source().encoding()).isEqualTo("GBK");
		assertThat(model(gbk)).containsExactlyElementsOf(qinshui);
	}

	@Test
	void utf16TextWithByteOrderMarkGivesTheSameTasks() {
		byte[] text = bytes(QINSHUI, StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[text.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(text, 0, withBom, 2, text.length);

		ImportService.Prepared utf16 = prepare("001-utf16.txt", withBom);

		assertThat(utf16.source().encoding()).isEqualTo("UTF-16LE (BOM)");
		assertThat(model(utf16)).containsExactlyElementsOf(qinshui);
	}

	static ImportService.Prepared prepare(String name, byte[] content) {
		ImportService.Prepared prepared = importer.prepare(name, content, ImportService.Options.DEFAULT);
		assertThat(prepared.rejected()).as("rejected: %s", prepared.rejected()).isNull();
		return prepared;
	}

	static byte[] bytes(Path seed, Charset charset) {
		return String.join("\n", SeedFormats.lines(seed)).getBytes(charset);
	}

	/**
	 * One line a task: plan, local id, kind, title, the units as written with their explicit role, the
	 * resolved responsibilities (role and agency), the deadlines as written with their dates.
	 */
	static List<String> model(ImportService.Prepared prepared) {
		GraphBatch batch = prepared.result().batch();
		Map<String, List<String>> byTask = new TreeMap<>();
		for (GraphBatch.RelRow r : batch.rels(RelType.RESPONSIBLE_FOR)) {
			byTask.computeIfAbsent(r.to(), (k) -> new ArrayList<>())
				.add(r.props().get("order") + ":" + r.props().get("role") + " " + r.from());
		}
		byTask.values().forEach((l) -> l.sort(null));
		List<String> model = new ArrayList<>();
		for (ParsedPlan plan : prepared.doc().plans()) {
			for (ParsedTask task : plan.tasks()) {
				String units = String.join("、",
						task.units().stream().map((u) -> u.asWritten() + "/" + u.explicitRole()).toList());
				String deadlines = String.join(" ",
						task.deadlines().stream().map((d) -> d.raw() + "=" + d.date() + "~" + d.endDate()).toList());
				String responsibilities = byTask.entrySet()
					.stream()
					.filter((e) -> e.getKey().endsWith(":" + plan.key() + ":" + task.localId()))
					.map((e) -> e.getValue().toString().replaceAll("\\b\\d+:", ""))
					.findFirst()
					.orElse("[]");
				model.add(plan.key() + ":" + task.localId() + " " + task.kind() + " 《" + task.title() + "》 " + units
						+ " " + responsibilities + " " + deadlines + " →" + task.detailsTaskLocalId());
			}
		}
		return model;
	}

}
