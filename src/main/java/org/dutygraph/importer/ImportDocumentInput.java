package org.dutygraph.importer;

/**
 * Input of importDocument: the document as text, or with {@code encoding} BASE64 the bytes of its file (.docx,
 * .pdf, .html, a GBK text), read by the same readers as a file given to the import command.
 */
public record ImportDocumentInput(String fileName, String content, String jurisdiction, Boolean dryRun,
		String encoding) {
}
