package org.dutygraph.importer.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Entry point of the body parser: turns the bytes of one plan document (a 通知 that issues one or
 * more 行动计划, or a fragment of numbered tasks) into a {@link ParsedDocument}. Pure Java, so the
 * importer, tests and benchmarks can run it without Spring or Neo4j. Bad content never throws:
 * it yields a document without plans and an ERROR problem saying what was wrong.
 */
public final class PlanDocumentParser {

	private final TextNormalizer normalizer = new TextNormalizer();

	private final DocumentHeaderParser headers = new DocumentHeaderParser();

	private final PlanLocator locator = new PlanLocator();

	private final PlanParser plans = new PlanParser();

	public ParsedDocument parse(String fileName, byte[] content) {
		return parse(fileName, content, null, null);
	}

	/**
	 * @param defaultJurisdiction the area to assume when the text names no issuer (a fragment)
	 * @param defaultYear the plan year to assume when no title states one
	 */
	public ParsedDocument parse(String fileName, byte[] content, String defaultJurisdiction, Integer defaultYear) {
		String sha256 = sha256(content == null ? new byte[0] : content);
		ContentValidator.Result valid = new ContentValidator().validate(content);
		return parseValidated(fileName, sha256, valid, defaultJurisdiction, defaultYear);
	}

	/**
	 * Parses a document a format reader delivered (a web page, a .docx, a PDF, a decoded text file):
	 * one line a block, table rows as tab-separated lines.
	 *
	 * @param sha256 the digest of the file's bytes, which identifies the document
	 */
	public ParsedDocument parse(String fileName, String sha256, SourceDocument source, String defaultJurisdiction,
			Integer defaultYear) {
		ContentValidator.Result valid = ContentValidator.checkCharacters(source.text());
		return parseValidated(fileName, sha256, valid, defaultJurisdiction, defaultYear);
	}

	/** Parses text the validator accepted; a refusal or a parser failure becomes a rejected document. */
	private ParsedDocument parseValidated(String fileName, String sha256, ContentValidator.Result valid,
			String defaultJurisdiction, Integer defaultYear) {
		if (valid.error() != null) {
			return rejected(fileName, sha256, defaultJurisdiction, valid.error());
		}
		try {
			return read(fileName, sha256, valid.text(), defaultJurisdiction, defaultYear);
		}
		catch (RuntimeException ex) {
			return rejected(fileName, sha256, defaultJurisdiction,
					"The parser failed on this file (" + ex + "); please report it with the file.");
		}
	}

	private ParsedDocument read(String fileName, String sha256, String text, String defaultJurisdiction,
			Integer defaultYear) {
		List<String> rawLines = TextNormalizer.splitLines(text);
		List<SourceLine> lines = this.normalizer.normalize(rawLines);
		DocumentHeader header = this.headers.parse(lines, defaultJurisdiction);
		PlanParser.Document document = new PlanParser.Document(lines, rawLines, ParagraphBuilder.forDocument(lines));
		List<ParseProblem> problems = new ArrayList<>();
		List<ParsedPlan> parsed = new ArrayList<>();
		for (PlanSpan span : this.locator.locate(lines, header, defaultYear)) {
			ParseContext context = new ParseContext(fileName, header.jurisdiction(), span.key(), span.yearOrZero());
			parsed.add(this.plans.parse(span, document, context, problems));
		}
		return new ParsedDocument(fileName, sha256, header.title(), header.docNumber(), header.issuers(),
				header.issuedOn(), header.addressees(), header.jurisdiction(), List.copyOf(parsed),
				List.copyOf(problems));
	}

	private static ParsedDocument rejected(String fileName, String sha256, String jurisdiction, String message) {
		return new ParsedDocument(fileName, sha256, null, null, List.of(), null, List.of(), jurisdiction, List.of(),
				List.of(new ParseProblem("ERROR", 0, message)));
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/** Convenience for callers holding text. */
	public ParsedDocument parse(String fileName, String text) {
		return parse(fileName, text.getBytes(StandardCharsets.UTF_8));
	}

}
