package org.dutygraph.importer.resolve;

/**
 * A county-level unit (or the city itself) from {@code counties.tsv}. Its type decides what the prefix 市/县/区
 * means in a document it issues.
 *
 * @param code NBS 12-digit code
 * @param name 高平市, 沁水县, 晋城市
 * @param type 市, 县 or 区
 * @param parent the area above it (晋城市, 山西省)
 * @param government the name of its people's government (高平市人民政府)
 * @param source where the entry comes from
 */
public record County(String code, String name, String type, String parent, String government, String source) {

	/** The key of its government agency: jurisdiction + ":" + government name. */
	public String governmentKey() {
		return name + ":" + government;
	}

}
