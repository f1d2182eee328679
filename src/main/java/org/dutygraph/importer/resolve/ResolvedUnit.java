package org.dutygraph.importer.resolve;

import java.util.List;

/**
 * A responsible unit resolved to its canonical agency.
 *
 * @param key stable key: jurisdiction + ":" + canonical name, e.g. 高平市:高平市工业和信息化局,
 * 沁水县:各乡（镇）人民政府
 * @param name canonical full name (高平市工业和信息化局, 晋城市生态环境局沁水分局)
 * @param jurisdiction the area the unit belongs to (高平市, 晋城市, 山西省)
 * @param type GOVERNMENT, BUREAU, BRANCH, TOWNSHIP_GOVERNMENT, DEV_ZONE, SUPERVISION_OFFICE, JUDICIAL,
 * INSTITUTION, SOE, ENTERPRISE, COLLECTIVE
 * @param collective true for a collective such as 各乡（镇）人民政府
 * @param scope for a collective: ALL_TOWNSHIPS, SOME_TOWNSHIPS, ALL_DEPTS, ALL_ENTERPRISES,
 * ALL_COUNTIES; else null
 * @param parentKey the key of the unit it belongs to (branch → bureau, bureau → government, township
 * government → county government), null at the top
 * @param township for a township government: the township name, else null
 * @param aliases every spelling seen or curated, canonical name included
 * @param known true when the unit is in the curated reference data; false when only derived by rule
 * @param source where the curated entry comes from (file and line of the evidence), null if derived
 */
public record ResolvedUnit(String key, String name, String jurisdiction, String type, boolean collective,
		String scope, String parentKey, String township, List<String> aliases, boolean known, String source) {
}
