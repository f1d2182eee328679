package org.dutygraph.importer;

import java.util.ArrayList;
import java.util.List;

import org.dutygraph.importer.load.GraphBatch;
import org.dutygraph.importer.load.ImportFinding;
import org.dutygraph.importer.load.NodeLabel;
import org.dutygraph.importer.parse.ParsedDocument;

/**
 * Whether a document that parsed is plausibly what its reader meant to import: text that reads as
 * Chinese rather than mis-decoded bytes, at least one task, a header that says who issued it and so
 * where {@code 市}/{@code 县} point. Each doubt is a WARNING finding; {@code --strict} refuses the
 * document on any of them.
 */
final class DocumentSanity {

	/** Mis-decoded text: at least this many suspicious characters ... */
	static final int MIN_SUSPICIOUS = 20;

	/** ... making up more than this share (per mille) of the characters that are not white space. */
	static final int SUSPICIOUS_PER_MILLE = 50;

	private DocumentSanity() {
	}

	/** @param text the document's text as read (from text, Word, PDF or HTML) */
	static List<ImportFinding> check(String fileName, String text, ParsedDocument doc, GraphBatch batch,
			String jurisdiction) {
		List<ImportFinding> doubts = new ArrayList<>();
		String misDecoded = misDecoded(text);
		if (misDecoded != null) {
			doubts.add(new ImportFinding("WARNING", fileName, 0, misDecoded));
		}
		if (batch.nodes(NodeLabel.Task).isEmpty()) {
			doubts.add(new ImportFinding("WARNING", fileName, 0, "No task found: no numbered item with its "
					+ "responsible units (〔…〕 or a task table). Check that this is a plan document and that "
					+ "its lines are in order."));
		}
		if (doc.title() == null && doc.issuers().isEmpty()) {
			doubts.add(new ImportFinding("WARNING", fileName, 0, "No document header: no title (关于印发…的通知) "
					+ "and no issuing body found at the top. "
					+ ((jurisdiction != null) ? "Units written 市…/县… are read as units of " + jurisdiction + "."
							: "Pass --jurisdiction NAME so that units written 市…/县… can be resolved.")));
		}
		else if (jurisdiction == null) {
			doubts.add(new ImportFinding("WARNING", fileName, 0, "No jurisdiction: the issuer " + doc.issuers()
					+ " names no known city or county, so units written 市…/县… are kept as written. "
					+ "Pass --jurisdiction NAME to resolve them."));
		}
		return doubts;
	}

	/**
	 * Why the text looks mis-decoded, or null. GBK or Big5 bytes read as Latin-1 and saved again as
	 * UTF-8 turn every Chinese character into two Latin-1 letters (À-ÿ); bytes that were no valid text
	 * become U+FFFD. A Chinese plan has almost none of either (³ of μg/m³ now and then).
	 */
	static String misDecoded(String text) {
		int suspicious = 0;
		int visible = 0;
		StringBuilder sample = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				continue;
			}
			visible++;
			if ((c >= 0x80 && c <= 0xFF) || c == '\uFFFD') {
				suspicious++;
				if (sample.length() < 16) {
					sample.append(c);
				}
			}
		}
		if (suspicious < MIN_SUSPICIOUS || suspicious * 1000L <= (long) visible * SUSPICIOUS_PER_MILLE) {
			return null;
		}
		return "The text looks mis-decoded: " + suspicious + " of its " + visible + " characters are Latin-1 "
				+ "letters or replacement characters (" + sample + "…), which a Chinese document does not have. "
				+ "Was it GBK text saved as Latin-1? Convert the original to UTF-8 (iconv -f GBK -t UTF-8) "
				+ "and import that.";
	}

}
