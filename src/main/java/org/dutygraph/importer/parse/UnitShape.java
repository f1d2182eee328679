package org.dutygraph.importer.parse;

import java.util.regex.Pattern;

/** How a unit name ends (局, 委, 政府, 管委会, 公司, a closing bracket…), shared by the scanners and splitters. */
final class UnitShape {

	private static final Pattern SUFFIX = Pattern
		.compile(".*(局|委|办|室|院|队|段|所|中心|政府|管委会|公司|社|处|会|区|站|监狱|）|\\))$");

	private UnitShape() {
	}

	/** True when the text ends the way a unit name ends (局, 政府, 公司, a closing bracket...). */
	static boolean endsLikeUnit(String text) {
		return SUFFIX.matcher(text).matches();
	}

}
