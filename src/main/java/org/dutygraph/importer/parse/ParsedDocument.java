package org.dutygraph.importer.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the parser read from one plan document, before any unit is resolved. Pure data: no
 * Spring, no Neo4j. Lines are 1-based physical lines of the original file.
 *
 * @param fileName the file name as given to the parser
 * @param sha256 hex digest of the raw bytes
 * @param title the notice title (通知), letter-spacing removed; null for a fragment without header
 * @param docNumber the 文号, e.g. 高政办发〔2021〕17号 (inner spaces removed); null if absent
 * @param issuers issuing bodies in order, e.g. [高平市人民政府办公室]
 * @param issuedOn the signature date
 * @param addressees the 主送 units as written, split at top-level separators
 * @param jurisdiction the issuer's government area, e.g. 高平市, 沁水县, 晋城市; "市"/"县" prefixes in
 * this document are relative to it
 * @param plans the plans in document order
 * @param problems everything the parser could not read cleanly, with its line
 */
public record ParsedDocument(String fileName, String sha256, String title, String docNumber, List<String> issuers,
		LocalDate issuedOn, List<String> addressees, String jurisdiction, List<ParsedPlan> plans,
		List<ParseProblem> problems) {
}
