package org.dutygraph.importer.resolve;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Turns the rows of the reference TSV files into records, checking each cell; cross-file checks are in
 * {@link ReferenceDataValidator}.
 */
public final class ReferenceDataLoader {

	static final Set<String> AGENCY_TYPES = Set.of("GOVERNMENT", "BUREAU", "BRANCH", "TOWNSHIP_GOVERNMENT",
			"DEV_ZONE", "SUPERVISION_OFFICE", "JUDICIAL", "INSTITUTION", "SOE", "ENTERPRISE");

	static final Set<String> SCOPES = Set.of("ALL_TOWNSHIPS", "SOME_TOWNSHIPS", "ALL_DEPTS", "ALL_ENTERPRISES",
			"ALL_COUNTIES");

	private static final Set<String> TOWNSHIP_TYPES = Set.of("街道", "镇", "乡");

	private static final String NBS_CODE = "\\d{12}";

	private ReferenceDataLoader() {
	}

	/**
	 * Loads and validates every file of a reference directory.
	 * @throws ReferenceDataException naming file, line and column of the first malformed row
	 */
	public static ReferenceData load(Path dir) {
		return load(ReferenceFiles.folder(dir));
	}

	/**
	 * Loads and validates the reference files of a source (the bundled copy or a folder).
	 * @throws ReferenceDataException naming file, line and column of the first malformed row
	 */
	public static ReferenceData load(ReferenceFiles dir) {
		List<TsvRow> countyRows = rows(dir, "counties.tsv", "code", "name", "type", "parent", "government", "source");
		List<TsvRow> agencyRows = rows(dir, "agencies.tsv", "jurisdiction", "name", "type", "parent", "aliases",
				"used_in", "source");
		ReferenceCrossCheck check = new ReferenceCrossCheck(countyRows, agencyRows);
		ReferenceData data = new ReferenceData(
				rows(dir, "townships.tsv", "code", "name", "county", "type", "aliases", "mca_code", "source").stream()
					.map(row -> township(check.county(row, "county")))
					.toList(),
				countyRows.stream().map(ReferenceDataLoader::county).toList(),
				agencyRows.stream().map(row -> agency(check.agency(row))).toList(),
				rows(dir, "collectives.tsv", "as_written", "canonical", "scope", "covers", "source").stream()
					.map(ReferenceDataLoader::collective)
					.toList(),
				rows(dir, "enterprises.tsv", "name", "aliases", "county", "source").stream()
					.map(row -> enterprise(check.county(row, "county")))
					.toList(),
				rows(dir, "unit-suffixes.tsv", "suffix", "type", "source").stream()
					.map(ReferenceDataLoader::suffixRule)
					.toList());
		ReferenceDataValidator.validate(data);
		return data;
	}

	private static List<TsvRow> rows(ReferenceFiles dir, String file, String... header) {
		return TsvReader.read(file, dir.lines(file), List.of(header));
	}

	private static Township township(TsvRow row) {
		row.matching("code", NBS_CODE, "a 12-digit NBS code");
		row.oneOf("type", TOWNSHIP_TYPES);
		String mca = row.optional("mca_code");
		if (mca != null && !mca.matches("\\d{9}")) {
			throw row.error("mca_code", "'" + mca + "' is not a 9-digit code");
		}
		return new Township(row.required("code"), row.required("name"), row.required("county"),
				row.required("type"), row.list("aliases"), row.required("source"));
	}

	private static County county(TsvRow row) {
		row.matching("code", NBS_CODE, "a 12-digit NBS code");
		return new County(row.required("code"), row.required("name"), row.oneOf("type", Set.of("市", "县", "区")),
				row.required("parent"), row.required("government"), row.required("source"));
	}

	private static Agency agency(TsvRow row) {
		String parent = row.optional("parent");
		if (parent != null && !parent.contains(":")) {
			throw row.error("parent", "'" + parent + "' is not jurisdiction:name");
		}
		return new Agency(row.required("jurisdiction"), row.required("name"), row.oneOf("type", AGENCY_TYPES),
				parent, row.list("aliases"), row.list("used_in"), row.required("source"));
	}

	private static CollectiveDef collective(TsvRow row) {
		String scope = row.oneOf("scope", SCOPES);
		List<String> covers = row.list("covers");
		boolean township = scope.endsWith("_TOWNSHIPS");
		if (township == covers.isEmpty()) {
			throw row.error("covers", township ? "township scopes need the types covered" : "only for townships");
		}
		if (!TOWNSHIP_TYPES.containsAll(covers)) {
			throw row.error("covers", covers + " must be among " + TOWNSHIP_TYPES);
		}
		return new CollectiveDef(row.required("as_written"), row.required("canonical"), scope, covers,
				row.required("source"));
	}

	private static Enterprise enterprise(TsvRow row) {
		return new Enterprise(row.required("name"), row.list("aliases"), row.required("county"),
				row.required("source"));
	}

	private static SuffixRule suffixRule(TsvRow row) {
		return new SuffixRule(row.required("suffix"), row.oneOf("type", AGENCY_TYPES), row.required("source"));
	}

}
