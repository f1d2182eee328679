package org.dutygraph.importer.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dutygraph.importer.parse.Block;
import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.ParsedTask;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.dutygraph.importer.parse.SourceDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Format detection, encodings, refusals with their messages, numbering and traditional characters. */
class DocumentReadersTests {

	private final DocumentReaders readers = new DocumentReaders();

	private static final String PLAN = """
			某县人民政府办公室关于印发某县大气污染防治2023年行动计划的通知
			某县大气污染防治2023年行动计划
			一、重点任务
			1.开展燃煤锅炉排查。2023年6月底前完成全县燃煤锅炉摸底调查。〔责任单位：县生态环境局、县市场监管局〕
			""";

	@Test
	void aScannedPdfIsRefusedWithWhatToDo() {
		assertThatThrownBy(() -> this.readers.read("scan.pdf", SeedFormats.scannedPdf(3)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("The PDF has no text layer: its 3 pages hold 0 characters of text and 3 images (a scan). "
					+ "Run OCR over it, or import the .docx or text it was printed from.");
	}

	@Test
	void gbkAndGb18030AreDetectedAndNamed() {
		assertThat(this.readers.read("a.txt", PLAN.getBytes(Charset.forName("GBK"))).document().encoding())
			.isEqualTo("GBK");
		// 𠮷 (U+20BB7) is outside GBK: only GB18030 holds it
		byte[] gb18030 = (PLAN + "𠮷\n").getBytes(Charset.forName("GB18030"));
		assertThat(this.readers.read("a.txt", gb18030).document().encoding()).isEqualTo("GB18030");
		assertThat(this.readers.read("a.txt", PLAN.getBytes(StandardCharsets.UTF_8)).document().encoding())
			.isEqualTo("UTF-8");
	}

	@Test
	void utf16WithoutByteOrderMarkIsRefusedNotGuessed() {
		assertThatThrownBy(() -> this.readers.read("a.txt", PLAN.getBytes(StandardCharsets.UTF_16LE)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("The file is binary, or UTF-16 without a byte order mark: it contains a NUL byte "
					+ "at offset 43.");
	}

	@Test
	void latin1TextIsRefusedRatherThanReadAsNonsense() {
		// every é is followed by a letter, so the bytes pair up as GBK characters, none of them a common one
		byte[] latin1 = "Plan: réduire les émissions, améliorer".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> this.readers.read("fr.txt", latin1)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("The file is not UTF-8 (bad byte sequence at offset 7), and read as GBK only 0% of its Chinese "
					+ "characters are common ones: it is in another encoding. Save it as UTF-8 text.");
	}

	@Test
	void bytesValidInNoEncodingAreRefusedWithTheirOffset() {
		byte[] bad = { (byte) 0xE4, (byte) 0xB8, (byte) 0x80, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x41 };
		assertThatThrownBy(() -> this.readers.read("bad.txt", bad)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("The file is not text in UTF-8, UTF-16 (with byte order mark), GBK or GB18030: the byte "
					+ "sequence at offset 3 (FF FF FF 41) is invalid in each. Save it as UTF-8 text.");
	}

	@Test
	void otherFilesAreToldApartByTheirContentWhateverTheirName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		byte[] doc = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThatThrownBy(() -> this.readers.read("plan.txt", png)).hasMessageStartingWith("The file is a PNG image");
		assertThatThrownBy(() -> this.readers.read("plan.doc", doc))
			.hasMessageStartingWith("The file is a Word 97-2003 .doc");
		assertThatThrownBy(() -> this.readers.read("plan.txt", new byte[0])).hasMessage("The file is empty.");
		assertThat(DocumentReaders.detect("plan.txt", SeedFormats.docx(List.of("一、重点任务"))))
			.isEqualTo(DocumentReaders.Format.DOCX);
		assertThat(DocumentReaders.detect("plan.bin", "<!DOCTYPE html><html><body><p>一</p></body></html>"
			.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentReaders.Format.HTML);
	}

	@Test
	void wordNumberingIsWrittenOutAsWordShowsIt() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
			abstractNum.setAbstractNumId(BigInteger.ZERO);
			level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
			level(abstractNum, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
			level(abstractNum, 2, STNumberFormat.DECIMAL, "%3.");
			XWPFNumbering numbering = document.createNumbering();
			BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
			numbered(document, numId, 0, "重点任务");
			numbered(document, numId, 1, "调整产业结构");
			numbered(document, numId, 2, "淘汰落后产能。");
			numbered(document, numId, 2, "整治散乱污企业。");
			numbered(document, numId, 1, "调整能源结构");
			numbered(document, numId, 2, "推进清洁取暖。");
			document.write(out);
			docx = out.toByteArray();
		}

		SourceDocument read = this.readers.read("numbered.docx", docx).document();

		assertThat(read.blocks()).extracting(Block::text)
			.containsExactly("一、重点任务", "（一）调整产业结构", "1.淘汰落后产能。", "2.整治散乱污企业。", "（二）调整能源结构",
					"1.推进清洁取暖。");
	}

	@Test
	void traditionalCharactersMatchAsSimplifiedWhileTheQuoteKeepsThem() {
		String traditional = """
				某縣人民政府辦公室關於印發某縣水污染防治2023年行動計劃的通知
				某縣水污染防治2023年行動計劃
				一、重點任務
				1.加強飲用水水源保護。2023年6月底前完成水源地規範化建設。〔責任單位：縣水利局、縣財政局〕
				""";

		DocumentReaders.Read read = this.readers.read("t.txt", traditional.getBytes(StandardCharsets.UTF_8));
		ParsedDocument parsed = new PlanDocumentParser().parse("t.txt", "0", read.document(), null, null);
		ParsedTask task = parsed.plans().get(0).tasks().get(0);

		assertThat(read.document().notes()).anyMatch((n) -> n.startsWith("traditional characters read as simplified"));
		assertThat(task.title()).isEqualTo("加强饮用水水源保护");
		assertThat(task.units()).extracting((u) -> u.asWritten()).containsExactly("县水利局", "县财政局");
		assertThat(read.asWritten().apply(task.rawBracket())).isEqualTo("〔責任單位：縣水利局、縣財政局〕");
		assertThat(task.deadlines().get(0).date()).hasToString("2023-06-30");
	}

	@Test
	void aSimplifiedDocumentWithAStrayVariantIsLeftAsWritten() {
		String text = PLAN + "2.开展联合调査。〔责任单位：县公安局〕\n";
		DocumentReaders.Read read = this.readers.read("s.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(read.document().text()).contains("联合调査");
		assertThat(read.asWritten().identity()).isTrue();
	}

	private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
		CTLvl lvl = abstractNum.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(ilvl));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
	}

	private static void numbered(XWPFDocument document, BigInteger numId, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(numId);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
	}

}
