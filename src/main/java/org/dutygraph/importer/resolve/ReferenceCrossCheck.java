package org.dutygraph.importer.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks references between files while the rows (and so their line numbers) are still at hand: a township's
 * county must be in counties.tsv, an agency's parent and jurisdictions must exist, keys must be unique.
 */
final class ReferenceCrossCheck {

	private final Set<String> areas = new HashSet<>();

	private final Set<String> agencyKeys = new HashSet<>();

	ReferenceCrossCheck(List<TsvRow> countyRows, List<TsvRow> agencyRows) {
		for (TsvRow row : countyRows) {
			areas.add(row.required("name"));
			areas.add(row.required("parent"));
		}
		for (TsvRow row : agencyRows) {
			String key = row.required("jurisdiction") + ":" + row.required("name");
			if (!agencyKeys.add(key)) {
				throw row.error("name", "duplicate agency " + key);
			}
		}
		for (TsvRow row : countyRows) {
			String government = row.required("name") + ":" + row.required("government");
			if (!agencyKeys.contains(government)) {
				throw row.error("government", government + " is not in agencies.tsv");
			}
		}
	}

	/** The row, after checking that its area column names a known county-level unit or area. */
	TsvRow county(TsvRow row, String column) {
		String area = row.required(column);
		if (!areas.contains(area)) {
			throw row.error(column, "'" + area + "' is not in counties.tsv");
		}
		return row;
	}

	/** The row, after checking its jurisdiction, parent and used_in. */
	TsvRow agency(TsvRow row) {
		county(row, "jurisdiction");
		String parent = row.optional("parent");
		if (parent != null && !agencyKeys.contains(parent)) {
			throw row.error("parent", "'" + parent + "' is not an agency of agencies.tsv");
		}
		for (String area : row.list("used_in")) {
			if (!areas.contains(area)) {
				throw row.error("used_in", "'" + area + "' is not in counties.tsv");
			}
		}
		return row;
	}

}
