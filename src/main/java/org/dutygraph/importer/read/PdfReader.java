package org.dutygraph.importer.read;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dutygraph.importer.parse.Block;
import org.dutygraph.importer.parse.SourceDocument;

/**
 * Reads a PDF with a text layer with Apache PDFBox. Lines come in reading order with their
 * geometry; what a printed page adds and a reader skips goes: lines repeated at the top or bottom of
 * most pages (running headers and footers, with their page numbers) and page numbers, so that a
 * paragraph broken by a page break (the page seam) reads on as one. Text runs on one line separated
 * by a gap of two characters or more are table cells. Compatibility forms some PDF fonts map
 * characters to (Kangxi radicals: ⽣ for 生) read as the ordinary characters. A PDF without text (a
 * scan) is refused.
 */
final class PdfReader {

	/** A page number with its decoration: — 3 —, - 3 -, 第 3 页, 第 3 页 共 9 页, 3/9, Page 3. */
	private static final Pattern DECORATED_PAGE_NUMBER = Pattern
		.compile("^[-—–－]+\\s*\\d{1,4}\\s*[-—–－]+$|^第\\s*\\d{1,4}\\s*页(\\s*[，,/／]?\\s*共\\s*\\d{1,4}\\s*页)?$"
				+ "|^\\d{1,4}\\s*[/／]\\s*\\d{1,4}$|^(?i:page)\\s*\\d{1,4}(\\s*(?i:of|/)\\s*\\d{1,4})?$");

	private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");

	/** Gap between two text runs, in character widths, from which they are two table cells. */
	private static final double CELL_GAP_EM = 2.0;

	SourceDocument read(byte[] content) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			int pageCount = pdf.getNumberOfPages();
			LineCollector collector = new LineCollector();
			collector.setSortByPosition(true);
			collector.getText(pdf);
			List<List<Line>> pages = collector.pages;
			int characters = 0;
			for (List<Line> page : pages) {
				for (Line line : page) {
					characters += line.text.replaceAll("\\s", "").length();
				}
			}
			if (characters < Math.max(20, 10 * pageCount)) {
				int images = images(pdf);
				throw new UnreadableDocumentException("The PDF has no text layer: its " + pageCount + " page"
						+ (pageCount == 1 ? "" : "s") + " hold " + characters + " characters of text"
						+ (images > 0 ? " and " + images + " image" + (images == 1 ? "" : "s") + " (a scan)" : "")
						+ ". Run OCR over it, or import the .docx or text it was printed from.");
			}
			List<String> notes = new ArrayList<>();
			int dropped = dropRunningLines(pages);
			List<Block> blocks = blocks(pages);
			notes.add(0, pageCount + " pages" + (dropped > 0 ? ", " + dropped + " running header/footer and page "
					+ "number lines dropped" : ""));
			return new SourceDocument("PDF", "text layer", blocks, notes);
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableDocumentException("The PDF is protected by a password; import an unprotected copy.",
					ex);
		}
		catch (IOException ex) {
			throw new UnreadableDocumentException("The PDF cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static int images(PDDocument pdf) {
		int images = 0;
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			if (resources == null) {
				continue;
			}
			for (COSName name : resources.getXObjectNames()) {
				if (resources.isImageXObject(name)) {
					images++;
				}
			}
		}
		return images;
	}

	/**
	 * Drops page numbers at the top or bottom of a page, and lines found at the top or bottom of at
	 * least half the pages (digits ignored, so "第 3 页" repeats). A bare number at the edge of a page
	 * is a page number only when the bare numbers of most pages count up with the pages; otherwise
	 * it is text (a table's row number at a page break).
	 */
	private static int dropRunningLines(List<List<Line>> pages) {
		Map<String, Integer> edgeCounts = new HashMap<>();
		Map<Integer, Integer> offsets = new HashMap<>();
		for (int p = 0; p < pages.size(); p++) {
			Set<String> seen = new HashSet<>();
			Set<Integer> pageOffsets = new HashSet<>();
			for (Line line : edges(pages.get(p))) {
				String text = line.text.strip();
				if (BARE_NUMBER.matcher(text).matches()) {
					pageOffsets.add(Integer.parseInt(text) - p);
				}
				else if (seen.add(line.key())) {
					edgeCounts.merge(line.key(), 1, Integer::sum);
				}
			}
			pageOffsets.forEach((o) -> offsets.merge(o, 1, Integer::sum));
		}
		int threshold = Math.max(2, (pages.size() + 1) / 2);
		Integer numbering = offsets.entrySet()
			.stream()
			.filter((e) -> e.getValue() >= threshold)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		int dropped = 0;
		for (int p = 0; p < pages.size(); p++) {
			for (Line line : edges(pages.get(p))) {
				String text = line.text.strip();
				boolean bare = BARE_NUMBER.matcher(text).matches();
				boolean number = DECORATED_PAGE_NUMBER.matcher(text).matches()
						|| bare && numbering != null && Integer.parseInt(text) - p == numbering;
				boolean running = !bare && pages.size() >= 2 && edgeCounts.getOrDefault(line.key(), 0) >= threshold;
				if (number || running) {
					line.dropped = true;
					dropped++;
				}
			}
		}
		return dropped;
	}

	/** The first two and last two lines of a page. */
	private static List<Line> edges(List<Line> page) {
		List<Line> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			if (i < 2 || i >= page.size() - 2) {
				edges.add(page.get(i));
			}
		}
		return edges;
	}

	/**
	 * The lines left, one block each, in reading order across pages: with running headers, footers
	 * and page numbers gone, the last line of a page and the first of the next meet as any two
	 * lines of a paragraph do, and the parser joins wrapped lines the way it joins those of text
	 * converted from print.
	 */
	private static List<Block> blocks(List<List<Line>> pages) {
		List<Block> blocks = new ArrayList<>();
		for (int p = 0; p < pages.size(); p++) {
			for (Line line : pages.get(p)) {
				if (line.dropped) {
					continue;
				}
				String location = "page " + (p + 1);
				blocks.add(line.row() ? Block.row(List.of(line.text.split("\t", -1)), location)
						: Block.paragraph(line.text, location));
			}
		}
		return blocks;
	}

	/** Kangxi radicals and compatibility ideographs, which some PDF fonts map text to, as ordinary characters. */
	static String unifyIdeographs(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean compatibility = (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF');
			if (compatibility) {
				if (out == null) {
					out = new StringBuilder(text.substring(0, i));
				}
				out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	/** One printed line. */
	static final class Line {

		final String text;

		boolean dropped;

		Line(String text) {
			this.text = text;
		}

		boolean row() {
			return this.text.indexOf('\t') >= 0;
		}

		String key() {
			return this.text.replaceAll("\\s", "").replaceAll("\\d+", "#");
		}

	}

	/** Collects the lines of each page; a wide gap between two text runs of a line separates cells. */
	private static final class LineCollector extends PDFTextStripper {

		final List<List<Line>> pages = new ArrayList<>();

		private List<Line> page;

		private final StringBuilder text = new StringBuilder();

		private double xStart = -1;

		private double xEnd;

		private double em;

		private boolean wordBreak;

		@Override
		protected void startPage(PDPage pdPage) throws IOException {
			this.page = new ArrayList<>();
			this.pages.add(this.page);
			super.startPage(pdPage);
		}

		@Override
		protected void endPage(PDPage pdPage) throws IOException {
			endLine();
			super.endPage(pdPage);
		}

		@Override
		protected void writeString(String string, List<TextPosition> positions) {
			if (positions.isEmpty()) {
				return;
			}
			TextPosition first = positions.get(0);
			TextPosition last = positions.get(positions.size() - 1);
			double size = (first.getFontSizeInPt() > 1) ? first.getFontSizeInPt() : Math.max(1, first.getHeightDir());
			if (this.xStart < 0) {
				this.xStart = first.getXDirAdj();
				this.em = size;
			}
			else {
				double gap = first.getXDirAdj() - this.xEnd;
				if (gap >= CELL_GAP_EM * this.em) {
					this.text.append('\t');
				}
				else if (this.wordBreak) {
					this.text.append(' ');
				}
			}
			this.wordBreak = false;
			this.text.append(unifyIdeographs(string));
			this.xEnd = last.getXDirAdj() + last.getWidthDirAdj();
		}

		@Override
		protected void writeWordSeparator() {
			this.wordBreak = true;
		}

		@Override
		protected void writeLineSeparator() {
			endLine();
		}

		private void endLine() {
			if (this.xStart >= 0 && this.page != null && !this.text.toString().isBlank()) {
				this.page.add(new Line(this.text.toString()));
			}
			this.text.setLength(0);
			this.xStart = -1;
			this.wordBreak = false;
		}

	}

}
