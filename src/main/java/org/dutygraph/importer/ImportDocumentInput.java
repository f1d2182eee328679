package org.dutygraph.importer;

/** Input of importDocument: the document as text. */
public record ImportDocumentInput(String fileName, String content, String jurisdiction, Boolean dryRun) {
}
