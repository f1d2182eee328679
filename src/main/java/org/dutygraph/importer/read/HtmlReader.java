package org.dutygraph.importer.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dutygraph.importer.parse.Block;
import org.dutygraph.importer.parse.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads a published web page (政府信息公开 and the like) with jsoup: the article body without the
 * site around it. Scripts, navigation, headers, footers, forms and share bars go; of what is left, the
 * container that holds the most paragraph text (link text not counted) is the article, the way
 * readability tools choose it: no selector of any particular site. The page's headline (its
 * {@code <h1>}, else its {@code <title>}) is kept as the first paragraph when the article lacks it,
 * since the plan's title and issuer often sit there. Table rows become table rows, cell by cell.
 */
final class HtmlReader {

	private static final Pattern META_CHARSET = Pattern
		.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

	private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
			+ "iframe, button, select, input, textarea, svg, canvas, object, embed, "
			+ "[role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true]";

	private static final String BLOCKS = "p, div, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th, dd, dt";

	private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("p", "div", "li", "ul", "ol", "h1",
			"h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "section", "article", "main", "dl", "dd", "dt",
			"center", "address", "figure", "figcaption", "hr", "body");

	SourceDocument read(byte[] content) {
		Charset declared = declaredCharset(content);
		String html;
		String encoding;
		if (startsWithBom(content) || declared == null) {
			TextDecoder.Decoded decoded = TextDecoder.decode(content);
			html = decoded.text();
			encoding = decoded.encoding() + (declared == null ? " (detected; the page declares none)" : "");
		}
		else {
			html = new String(content, declared);
			if (html.indexOf('\uFFFD') >= 0 && !StandardCharsets.UTF_8.equals(declared)) {
				TextDecoder.Decoded decoded = TextDecoder.decode(content);
				html = decoded.text();
				encoding = decoded.encoding() + " (detected; the page declares " + declared.name() + " wrongly)";
			}
			else {
				encoding = declared.name() + " (declared)";
			}
		}
		Document page = Jsoup.parse(html);
		String headline = headline(page);
		page.select(CHROME).remove();
		Element article = article(page);
		removeLinkLists(article);
		List<Block> blocks = new ArrayList<>();
		new Walker(blocks).walk(article);
		if (headline != null && !headline.isBlank()
				&& !article.text().replaceAll("\\s", "").contains(headline.replaceAll("\\s", ""))) {
			blocks.add(0, Block.paragraph(headline, "headline"));
		}
		if (blocks.stream().allMatch(Block::blank)) {
			throw new UnreadableDocumentException("The web page holds no article text.");
		}
		List<String> notes = List.of("article: <" + article.tagName() + describe(article) + ">, "
				+ blocks.size() + " blocks");
		return new SourceDocument("HTML", encoding, blocks, notes);
	}

	private static String headline(Document page) {
		Element h1 = page.selectFirst("h1");
		if (h1 != null && !h1.text().isBlank()) {
			return h1.text().strip();
		}
		String title = page.title();
		return title.isBlank() ? null : title.strip();
	}

	/**
	 * The element holding the most paragraph text: each text block adds its own text length (link
	 * text excluded) to its parent, and half of it to its grandparent.
	 */
	private static Element article(Document page) {
		Element body = page.body();
		Map<Element, Double> scores = new IdentityHashMap<>();
		for (Element block : body.select(BLOCKS)) {
			int own = ownTextLength(block);
			if (own < 10) {
				continue;
			}
			Element parent = block.parent();
			if (parent == null) {
				continue;
			}
			scores.merge(parent, (double) own, Double::sum);
			Element grand = parent.parent();
			if (grand != null) {
				scores.merge(grand, own / 2.0, Double::sum);
			}
		}
		Element best = body;
		double bestScore = 0;
		for (Map.Entry<Element, Double> entry : scores.entrySet()) {
			Element candidate = entry.getKey();
			double score = entry.getValue() * (1 - linkDensity(candidate));
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		// a table cell or row is part of a table: the article is what holds the table
		while (best != body && best.closest("table") != null) {
			best = best.closest("table").parent();
		}
		return best;
	}

	/** Text written directly in the element (not in child blocks), links excluded. */
	private static int ownTextLength(Element block) {
		int length = 0;
		for (Node child : block.childNodes()) {
			if (child instanceof TextNode text) {
				length += text.text().strip().length();
			}
			else if (child instanceof Element e && !BLOCK_TAGS.contains(e.tagName()) && !e.tagName().equals("a")
					&& !e.tagName().equals("table")) {
				length += e.text().strip().length();
			}
		}
		return length;
	}

	private static double linkDensity(Element element) {
		int all = element.text().length();
		if (all == 0) {
			return 0;
		}
		int links = 0;
		for (Element a : element.select("a")) {
			links += a.text().length();
		}
		return Math.min(1.0, (double) links / all);
	}

	/** Drops lists and bars of links inside the article (share bars, "related" lists, pagers). */
	private static void removeLinkLists(Element article) {
		Elements candidates = article.select("div, ul, ol, p, span, section, table");
		for (Element e : candidates) {
			if (e == article || e.parent() == null) {
				continue;
			}
			String text = e.text();
			if (!text.isBlank() && e.select("a").size() >= 2 && linkDensity(e) > 0.5) {
				e.remove();
			}
		}
	}

	private static String describe(Element e) {
		StringBuilder out = new StringBuilder();
		if (!e.id().isEmpty()) {
			out.append(" id=\"").append(e.id()).append('"');
		}
		if (!e.className().isEmpty()) {
			out.append(" class=\"").append(e.className()).append('"');
		}
		return out.toString();
	}

	private static Charset declaredCharset(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
		Matcher m = META_CHARSET.matcher(head);
		if (!m.find()) {
			return null;
		}
		try {
			String name = m.group(1);
			// pages that declare gb2312 are written in its superset GBK in practice
			return name.equalsIgnoreCase("gb2312") ? Charset.forName("GBK") : Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	private static boolean startsWithBom(byte[] content) {
		return content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
				|| (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
				|| content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
						&& (content[2] & 0xFF) == 0xBF);
	}

	/** Turns the article into blocks in document order. */
	private static final class Walker {

		private final List<Block> blocks;

		private final StringBuilder line = new StringBuilder();

		private int paragraphs;

		private int tables;

		Walker(List<Block> blocks) {
			this.blocks = blocks;
		}

		void walk(Element root) {
			visit(root);
			flush();
		}

		private void visit(Node node) {
			if (node instanceof TextNode text) {
				this.line.append(text.getWholeText().replaceAll("[\\s&&[^\\u3000]]+", " "));
				return;
			}
			if (!(node instanceof Element element)) {
				return;
			}
			String tag = element.tagName();
			if (tag.equals("br")) {
				flush();
				return;
			}
			if (tag.equals("table")) {
				flush();
				table(element);
				return;
			}
			boolean block = BLOCK_TAGS.contains(tag) || tag.equals("tr");
			if (block) {
				flush();
			}
			for (Node child : element.childNodes()) {
				visit(child);
			}
			if (block) {
				flush();
			}
		}

		private void table(Element table) {
			this.tables++;
			int row = 0;
			for (Element tr : table.select("tr")) {
				if (tr.closest("table") != table) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (Element cell : tr.children()) {
					if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
						cells.add(cellText(cell));
					}
				}
				row++;
				if (cells.stream().anyMatch((c) -> !c.isBlank())) {
					this.blocks.add(Block.row(cells, "table " + this.tables + ", row " + row));
				}
			}
		}

		/** A cell's text, its paragraphs and line breaks joined without adding spaces between Chinese. */
		private static String cellText(Element cell) {
			Element copy = cell.clone();
			copy.select("br").after("\n");
			copy.select("p, div, li").after("\n");
			StringBuilder out = new StringBuilder();
			for (String part : copy.wholeText().split("\n")) {
				String piece = part.replaceAll("[\\s&&[^\\u3000]]+", " ").strip();
				if (!piece.isEmpty()) {
					out.append(out.length() > 0 ? " " : "").append(piece);
				}
			}
			return out.toString();
		}

		private void flush() {
			String text = this.line.toString().strip();
			this.line.setLength(0);
			if (!text.isEmpty()) {
				this.paragraphs++;
				this.blocks.add(Block.paragraph(text, "paragraph " + this.paragraphs));
			}
		}

	}

}
