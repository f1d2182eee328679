package org.dutygraph.importer.resolve;

import java.util.List;

/**
 * One spelling of a collective reference from {@code collectives.tsv}, such as 各乡(镇)人民政府 for 各乡（镇）人民政府.
 *
 * @param asWritten the spelling as written
 * @param canonical the canonical collective it stands for
 * @param scope ALL_TOWNSHIPS, SOME_TOWNSHIPS, ALL_DEPTS, ALL_ENTERPRISES or ALL_COUNTIES
 * @param covers township types covered (乡, 镇, 街道); empty unless the scope is about townships
 * @param source where the spelling is seen
 */
public record CollectiveDef(String asWritten, String canonical, String scope, List<String> covers, String source) {

	/** Whether 街道 (sub-districts) are covered: only when the collective names 办事处/街道. */
	public boolean includesSubdistricts() {
		return covers.contains("街道");
	}

}
