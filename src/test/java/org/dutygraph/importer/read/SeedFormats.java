package org.dutygraph.importer.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;

import static org.assertj.core.api.Assertions.fail;

/**
 * Writes a seed document's text in the formats offices publish, with the libraries offices' tools
 * stand for: a .docx with Apache POI (a paragraph a line, tab-separated rows as a Word table), a PDF
 * with Apache PDFBox (a CJK TrueType font, a running header and page numbers on every page), a web
 * page inside a site's navigation, header, share bar and footer, and text in GBK and UTF-16.
 */
public final class SeedFormats {

	/** Fonts of Debian's fonts-wqy-microhei, fonts-wqy-zenhei and fonts-noto-cjk packages. */
	private static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");

	private SeedFormats() {
	}

	static List<String> lines(Path seed) {
		try {
			return List.of(Files.readString(seed).split("\r\n|\r|\n", -1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Groups of lines: a paragraph line, or a run of tab-separated lines (a table). */
	private static List<List<String>> groups(List<String> lines) {
		List<List<String>> groups = new ArrayList<>();
		List<String> table = null;
		for (String line : lines) {
			if (line.contains("\t")) {
				if (table == null) {
					table = new ArrayList<>();
					groups.add(table);
				}
				table.add(line);
				continue;
			}
			if (!line.isBlank()) {
				table = null;
				groups.add(List.of(line));
			}
		}
		return groups;
	}

	public static byte[] docx(List<String> lines) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (List<String> group : groups(lines)) {
				if (!group.get(0).contains("\t")) {
					docx.createParagraph().createRun().setText(group.get(0).strip());
					continue;
				}
				int columns = group.stream().mapToInt((l) -> l.split("\t", -1).length).max().orElse(1);
				XWPFTable table = docx.createTable(group.size(), columns);
				for (int r = 0; r < group.size(); r++) {
					XWPFTableRow row = table.getRow(r);
					String[] cells = group.get(r).split("\t", -1);
					for (int c = 0; c < columns; c++) {
						row.getCell(c).setText(c < cells.length ? cells[c] : "");
					}
				}
				docx.createParagraph();
			}
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] html(List<String> lines, String pageTitle) {
		StringBuilder article = new StringBuilder();
		for (List<String> group : groups(lines)) {
			if (!group.get(0).contains("\t")) {
				article.append("<p style=\"text-indent:2em\">").append(Entities.escape(group.get(0).strip()))
					.append("</p>\n");
				continue;
			}
			article.append("<table border=\"1\"><tbody>\n");
			for (String row : group) {
				article.append("<tr>");
				for (String cell : row.split("\t", -1)) {
					article.append("<td><p>").append(Entities.escape(cell)).append("</p></td>");
				}
				article.append("</tr>\n");
			}
			article.append("</tbody></table>\n");
		}
		String page = """
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="utf-8"><title>%1$s_政府信息公开</title>
				<script>var _hmt = _hmt || []; document.write("统计代码");</script>
				<style>.nav li { float: left; }</style></head>
				<body>
				<div class="top"><a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a></div>
				<header><img src="logo.png" alt="人民政府门户网站"><h2>人民政府门户网站</h2></header>
				<nav class="nav"><ul><li><a href="/zwgk">政务公开</a></li><li><a href="/zcwj">政策文件</a></li>
				<li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav>
				<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; <a href="/zcwj">政策文件</a></div>
				<div class="main">
				  <div class="side"><h3>相关文件</h3><ul>
				    <li><a href="/a1">关于做好春季森林防火工作的通知</a></li><li><a href="/a2">关于印发农村人居环境整治方案的通知</a></li>
				    <li><a href="/a3">关于开展安全生产大检查的通知</a></li><li><a href="/a4">关于公布行政许可事项清单的通知</a></li></ul></div>
				  <div class="detail">
				    <table class="meta"><tr><td>索引号：</td><td>11140521MB0000000X/2022-00027</td><td>发布日期：</td><td>2022-07-12</td></tr></table>
				    <h1 class="title">%1$s</h1>
				    <div class="share">分享到：<a href="#wx">微信</a> <a href="#wb">微博</a> <a href="#qq">QQ空间</a></div>
				    <div class="TRS_Editor">
				%2$s
				    </div>
				    <div class="tools"><a href="javascript:print()">【打印本页】</a> <a href="javascript:close()">【关闭窗口】</a></div>
				  </div>
				</div>
				<footer><p>主办：人民政府办公室 承办：大数据中心</p><p>网站标识码：1405210001 晋ICP备05000000号</p></footer>
				<script src="/js/footer.js"></script>
				</body></html>
				""".formatted(Entities.escape(pageTitle), article);
		return page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The installed CJK TrueType font; the PDF tests need one (Debian: fonts-wqy-microhei). */
	static Path cjkFont() {
		String configured = System.getProperty("dutygraph.test.cjk-font");
		if (configured != null && Files.isRegularFile(Path.of(configured))) {
			return Path.of(configured);
		}
		for (String candidate : CJK_FONTS) {
			if (Files.isRegularFile(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		return fail("No CJK TrueType font to write the test PDF with: install Debian's fonts-wqy-microhei (.ci/run "
				+ "does) or pass -Ddutygraph.test.cjk-font=/path/to/a/font.ttc; looked for " + CJK_FONTS);
	}

	/**
	 * A4 pages of 10.5 pt text, one line a line of the text, blank lines as space; a running header
	 * and a page footer "— n —" on every page.
	 */
	public static byte[] pdf(List<String> lines, String runningHeader) {
		Path fontFile = cjkFont();
		try (PDDocument pdf = new PDDocument();
				TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			TrueTypeFont[] first = new TrueTypeFont[1];
			collection.processAllFonts((f) -> {
				if (first[0] == null) {
					first[0] = f;
				}
			});
			PDFont font = PDType0Font.load(pdf, first[0], true);
			float size = 10.5f;
			float leading = 15f;
			float top = 780;
			float bottom = 70;
			float left = 60;
			List<String> body = new ArrayList<>();
			for (String line : lines) {
				if (!line.isBlank()) {
					body.add(line.strip());
				}
			}
			int perPage = (int) ((top - bottom) / leading);
			int pages = (body.size() + perPage - 1) / perPage;
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					text(content, font, 9, left, 810, runningHeader);
					float y = top;
					for (int i = p * perPage; i < Math.min(body.size(), (p + 1) * perPage); i++) {
						text(content, font, size, left, y, body.get(i));
						y -= leading;
					}
					text(content, font, 9, 280, 40, "— " + (p + 1) + " —");
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	/** A scan: pages that are one image each, no text layer. */
	static byte[] scannedPdf(int pages) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int p = 0; p < pages; p++) {
				BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = image.createGraphics();
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, 200, 280);
				g.setColor(Color.BLACK);
				for (int y = 20; y < 260; y += 12) {
					g.fillRect(20, y, 160, 4);
				}
				g.dispose();
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
