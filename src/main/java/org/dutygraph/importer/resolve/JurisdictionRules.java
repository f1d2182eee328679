package org.dutygraph.importer.resolve;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a name's prefix says about the unit's jurisdiction. "市" and "县" are relative to the issuer: 市 means the
 * issuing county-level city itself (市工信局 in 高平市), or the city 晋城市 when the issuer is a 县 or 区
 * (市生态环境局 in 沁水县); 县 means the issuing county. A full area name (晋城市…, 阳城县…) is absolute.
 */
final class JurisdictionRules {

	/** A name split into an explicit area prefix and the rest. */
	record Split(String area, String rest) {
	}

	private final ReferenceData data;

	private final List<String> areasLongestFirst;

	JurisdictionRules(ReferenceData data) {
		this.data = data;
		Set<String> areas = new LinkedHashSet<>();
		data.counties().forEach(c -> {
			areas.add(c.name());
			areas.add(c.parent());
		});
		this.areasLongestFirst = areas.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	/** 阳城县町店镇人民政府 → (阳城县, 町店镇人民政府); empty when the name does not start with an area. */
	Optional<Split> explicitArea(String name) {
		return areasLongestFirst.stream()
			.filter(area -> name.startsWith(area) && name.length() > area.length())
			.findFirst()
			.map(area -> new Split(area, name.substring(area.length())));
	}

	/** The area a one-character prefix (市, 县, 区) denotes in a document of {@code jurisdiction}. */
	Optional<String> relativeArea(String name, String jurisdiction) {
		if (name.length() < 2) {
			return Optional.empty();
		}
		String prefix = name.substring(0, 1);
		Optional<County> issuer = data.county(jurisdiction);
		if (issuer.isEmpty()) {
			boolean word = name.startsWith("市场") && !name.startsWith("市市场");
			return levelOf(jurisdiction).equals(prefix) && !word ? Optional.of(jurisdiction) : Optional.empty();
		}
		if (issuer.get().type().equals(prefix)) {
			return Optional.of(jurisdiction);
		}
		boolean cityAbove = data.county(issuer.get().parent()).isPresent();
		return "市".equals(prefix) && cityAbove ? Optional.of(issuer.get().parent()) : Optional.empty();
	}

	/**
	 * The level word an area's own documents use as a prefix: the last character of its name (潮州市 → 市,
	 * 浙江省 → 省, 拱墅区 → 区), so an area the reference data does not know still reads 市生态环境局 as its own.
	 */
	static String levelOf(String area) {
		if (area == null || area.length() < 2) {
			return "";
		}
		String last = area.substring(area.length() - 1);
		return "省市县区旗州盟".contains(last) ? last : "";
	}

	/** True when the reference data describes the area (its counties, its city). */
	boolean knows(String area) {
		return area != null && data.county(area).isPresent();
	}

	/** 县 for a county, 市 for a county-level city or the city, 区 for a district; empty for other areas. */
	String prefixOf(String area) {
		return data.county(area).map(County::type).orElse("");
	}

	/** The key of the area's government, null for an area without a curated government (山西省). */
	String governmentKey(String area) {
		return data.county(area).map(County::governmentKey).orElse(null);
	}

}
