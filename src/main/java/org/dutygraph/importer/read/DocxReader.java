package org.dutygraph.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dutygraph.importer.parse.Block;
import org.dutygraph.importer.parse.SourceDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Reads a Word .docx with Apache POI (XWPF): the body's paragraphs in order, automatic numbering
 * written out as Word shows it (一、, （一）, 1.), and tables row by row, cell by cell. Page headers
 * and footers are not part of the body and stay out.
 */
final class DocxReader {

	SourceDocument read(byte[] content) {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<Block> blocks = new ArrayList<>();
			Numbering numbering = new Numbering(docx.getNumbering());
			int paragraphs = 0;
			int tables = 0;
			for (IBodyElement element : docx.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraphs++;
					String text = numbering.label(paragraph) + paragraph.getText();
					blocks.add(Block.paragraph(text, "paragraph " + paragraphs));
				}
				else if (element instanceof XWPFTable table) {
					tables++;
					table(table, tables, blocks);
				}
				else if (element instanceof XWPFSDT sdt) {
					paragraphs++;
					blocks.add(Block.paragraph(sdt.getContent().getText(), "paragraph " + paragraphs));
				}
			}
			return new SourceDocument("DOCX", "UTF-8 (Office Open XML)", blocks,
					List.of(paragraphs + " paragraphs, " + tables + " tables"));
		}
		catch (OLE2NotOfficeXmlFileException ex) {
			throw new UnreadableDocumentException("The file is a Word 97-2003 .doc (or another OLE2 file), not a "
					+ ".docx: save it as .docx or PDF and import that.", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("The .docx cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static void table(XWPFTable table, int number, List<Block> blocks) {
		int row = 0;
		for (XWPFTableRow tr : table.getRows()) {
			row++;
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : tr.getTableCells()) {
				List<String> parts = new ArrayList<>();
				for (XWPFParagraph p : cell.getParagraphs()) {
					if (!p.getText().isBlank()) {
						parts.add(p.getText().strip());
					}
				}
				for (XWPFTable nested : cell.getTables()) {
					nested.getRows()
						.forEach((r) -> r.getTableCells().forEach((c) -> parts.add(c.getText().strip())));
				}
				cells.add(String.join(" ", parts));
			}
			if (cells.stream().anyMatch((c) -> !c.isBlank())) {
				blocks.add(Block.row(cells, "table " + number + ", row " + row));
			}
		}
	}

	/** Word's automatic numbering, counted the way Word counts it: per list, deeper levels restart. */
	static final class Numbering {

		private final XWPFNumbering numbering;

		private final Map<BigInteger, int[]> counters = new HashMap<>();

		Numbering(XWPFNumbering numbering) {
			this.numbering = numbering;
		}

		String label(XWPFParagraph paragraph) {
			BigInteger numId = paragraph.getNumID();
			if (numId == null || this.numbering == null || paragraph.getText().isBlank()) {
				return "";
			}
			int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
			String format = paragraph.getNumFmt();
			String pattern = paragraph.getNumLevelText();
			if (pattern == null || format == null || "bullet".equals(format) || "none".equals(format)) {
				return "";
			}
			int[] counts = this.counters.computeIfAbsent(numId, (id) -> new int[9]);
			int start = start(numId, level);
			counts[level] = (counts[level] == 0) ? start : counts[level] + 1;
			for (int deeper = level + 1; deeper < counts.length; deeper++) {
				counts[deeper] = 0;
			}
			String label = pattern;
			for (int l = 0; l <= level; l++) {
				String value = (l == level) ? format(counts[l], format) : String.valueOf(Math.max(1, counts[l]));
				label = label.replace("%" + (l + 1), value);
			}
			return label;
		}

		private int start(BigInteger numId, int level) {
			try {
				BigInteger abstractId = this.numbering.getAbstractNumID(numId);
				XWPFAbstractNum abstractNum = (abstractId != null) ? this.numbering.getAbstractNum(abstractId) : null;
				if (abstractNum != null) {
					for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
						if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.isSetStart()) {
							return lvl.getStart().getVal().intValue();
						}
					}
				}
			}
			catch (RuntimeException ex) {
				// a numbering part POI cannot follow: count from 1
			}
			return 1;
		}

		static String format(int n, String format) {
			return switch (format) {
				case "chineseCounting", "chineseCountingThousand", "ideographDigital", "japaneseCounting" ->
					ChineseNumerals.of(n);
				case "chineseLegalSimplified" -> ChineseNumerals.legal(n);
				case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
				case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
				case "upperRoman" -> ChineseNumerals.roman(n);
				case "lowerRoman" -> ChineseNumerals.roman(n).toLowerCase(java.util.Locale.ROOT);
				case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
					(n >= 1 && n <= 20) ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
				case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
				case "ideographTraditional" -> (n >= 1 && n <= 10) ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1))
						: String.valueOf(n);
				default -> String.valueOf(n);
			};
		}

		private static String fullWidth(int n) {
			StringBuilder out = new StringBuilder();
			for (char c : String.valueOf(n).toCharArray()) {
				out.append((char) ('０' + (c - '0')));
			}
			return out.toString();
		}

	}

}
