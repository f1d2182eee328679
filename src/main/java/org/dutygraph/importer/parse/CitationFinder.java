package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the documents a plan's preamble cites (根据《…》, 贯彻落实《…》), with the 文号 written right
 * after a title: 《关于印发…的通知》（晋市政办〔2022〕11 号）.
 */
final class CitationFinder {

	private static final Pattern CITED = Pattern
		.compile("《([^《》]{2,120})》\\s*(?:[（(]\\s*([^（()）〔]{0,20}〔\\s*\\d{4}\\s*〕\\s*\\d{1,4}\\s*号)\\s*[）)])?");

	List<ParsedCitation> find(List<Paragraph> preamble) {
		List<ParsedCitation> citations = new ArrayList<>();
		for (Paragraph paragraph : preamble) {
			Matcher m = CITED.matcher(paragraph.text());
			while (m.find()) {
				String number = m.group(2) == null ? null : TextNormalizer.removeSpaces(m.group(2));
				citations.add(new ParsedCitation(TextNormalizer.squeezeCjkSpaces(m.group(1)), number,
						paragraph.lineAt(m.start())));
			}
		}
		return citations;
	}

}
