package org.dutygraph.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.dutygraph.importer.parse.Block;
import org.dutygraph.importer.parse.SourceDocument;

/**
 * Traditional characters (省水利廳牽頭) read as simplified (省水利厅牵头) for matching, through
 * OpenCC's conversion tables (opencc4j). A document is converted when at least 1% of its Chinese
 * characters are traditional ones; a simplified document with a stray variant (調査) is left as
 * written. The conversion keeps every line's length, so {@link AsWritten} can give back the text
 * as the document wrote it.
 */
final class TraditionalChinese {

	private static final double MIN_SHARE = 0.01;

	private TraditionalChinese() {
	}

	/** The document read as simplified, or the document itself when it is not traditional. */
	static Converted convert(SourceDocument source) {
		int han = 0;
		int changed = 0;
		List<Block> blocks = new ArrayList<>(source.blocks().size());
		Map<Character, Map<Character, Integer>> back = new HashMap<>();
		for (Block block : source.blocks()) {
			String simplified = simplified(block.text());
			for (int i = 0; i < block.text().length(); i++) {
				char original = block.text().charAt(i);
				if (Character.UnicodeScript.of(original) == Character.UnicodeScript.HAN) {
					han++;
				}
				char now = simplified.charAt(i);
				if (now != original) {
					changed++;
				}
				back.computeIfAbsent(now, (c) -> new HashMap<>()).merge(original, 1, Integer::sum);
			}
			blocks.add(convertBlock(block, simplified));
		}
		if (changed == 0 || changed < MIN_SHARE * han) {
			return new Converted(source, AsWritten.IDENTITY);
		}
		Map<Character, Character> restore = new HashMap<>();
		back.forEach((simple, originals) -> {
			char most = originals.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			if (most != simple) {
				restore.put(simple, most);
			}
		});
		return new Converted(source.withBlocks(blocks, "traditional characters read as simplified for matching ("
				+ changed + " characters); units and excerpts keep the text as written"), new AsWritten(restore));
	}

	/** A converted document and the way back to the text as written. */
	record Converted(SourceDocument document, AsWritten asWritten) {
	}

	private static Block convertBlock(Block block, String simplified) {
		if (simplified.equals(block.text())) {
			return block;
		}
		List<String> cells = block.cells().stream().map(TraditionalChinese::simplified).toList();
		return new Block(block.kind(), simplified, cells, block.location());
	}

	/** Phrase-level conversion where it keeps the length, character by character otherwise. */
	static String simplified(String text) {
		if (text.isEmpty() || !ZhConverterUtil.containsTraditional(text)) {
			return text;
		}
		String phrase = ZhConverterUtil.toSimple(text);
		if (phrase.length() == text.length()) {
			return phrase;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			String one = ZhConverterUtil.toSimple(String.valueOf(text.charAt(i)));
			out.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
		}
		return out.toString();
	}

}
