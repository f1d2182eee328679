package org.dutygraph.importer.parse;

import java.util.List;

/** Stub until the parser work is merged. */
public final class PlanDocumentParser {

	public ParsedDocument parse(String fileName, byte[] content) {
		return parse(fileName, content, null, null);
	}

	public ParsedDocument parse(String fileName, byte[] content, String defaultJurisdiction, Integer defaultYear) {
		return new ParsedDocument(fileName, "", null, null, List.of(), null, List.of(), defaultJurisdiction, List.of(),
				List.of());
	}

}
