package org.dutygraph.importer.resolve;

import java.util.List;

/**
 * A curated canonical agency from {@code agencies.tsv}.
 *
 * @param jurisdiction the area it belongs to (晋城市, 陵川县, 山西省)
 * @param name canonical full name
 * @param type GOVERNMENT, BUREAU, BRANCH, ... (see README.md)
 * @param parentKey the key of its superior, null at the top or for bodies outside the government chain
 * @param aliases spellings as written in the documents of the jurisdictions it is used in
 * @param usedIn other jurisdictions whose documents use the aliases (市生态环境局沁水分局 in 沁水县)
 * @param source file and line of the evidence
 */
public record Agency(String jurisdiction, String name, String type, String parentKey, List<String> aliases,
		List<String> usedIn, String source) {

	public String key() {
		return jurisdiction + ":" + name;
	}

}
