package org.dutygraph.importer.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What the notice (通知) around the plans says. A fragment without header has every field empty
 * and endLine 0.
 *
 * @param title the notice title, letter-spacing removed
 * @param docNumber the 文号, spaces removed
 * @param issuers issuing bodies in order
 * @param issuedOn the signature date
 * @param addressees the 主送 units
 * @param jurisdiction the issuer's area (高平市), null if unknown
 * @param planTitles titles cited in 《》 in the notice body, in order
 * @param endLine the last line of the header (signature date or publication note)
 */
record DocumentHeader(String title, String docNumber, List<String> issuers, LocalDate issuedOn,
		List<String> addressees, String jurisdiction, List<String> planTitles, int endLine) {

	static DocumentHeader none(String jurisdiction) {
		return new DocumentHeader(null, null, List.of(), null, List.of(), jurisdiction, List.of(), 0);
	}

	boolean present() {
		return this.endLine > 0;
	}

}
