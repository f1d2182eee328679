package org.dutygraph.importer.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.ParsedTask;
import org.dutygraph.importer.parse.UnitMention;
import org.dutygraph.importer.resolve.ReferenceData;
import org.dutygraph.importer.resolve.ResolvedUnit;
import org.dutygraph.importer.resolve.Township;
import org.dutygraph.importer.resolve.UnitResolver;

/**
 * Writes who is responsible: each unit of a bracket or table cell becomes a {@code RESPONSIBLE_FOR}
 * edge from its canonical agency, with role, order, comma group and the text as written, so the role
 * rule can be revised without a re-import. Also writes the curated hierarchy (branch → bureau →
 * government, township government → county) and the gazetteer that collectives expand to.
 */
public final class ResponsibilityMapper {

	/** Unit types that implement on the ground rather than support a department. */
	private static final Set<String> TERRITORIAL_TYPES = Set.of("TOWNSHIP_GOVERNMENT", "DEV_ZONE", "ENTERPRISE",
			"SOE", "INSTITUTION");

	private static final Set<String> TERRITORIAL_SCOPES = Set.of("ALL_TOWNSHIPS", "SOME_TOWNSHIPS",
			"ALL_ENTERPRISES", "ALL_COUNTIES");

	/** A collective that names governments or zone committees: 各管委会, 各县区人民政府. */
	private static final Pattern GOVERNMENTS = Pattern.compile(".*(?:政府|管委会|办事处)(?:[（(][^）)]*[）)])?$");

	private final UnitResolver resolver;

	private final ReferenceData reference;

	public ResponsibilityMapper(UnitResolver resolver, ReferenceData reference) {
		this.resolver = resolver;
		this.reference = reference;
	}

	/**
	 * The role of a unit: LEAD for the first; TERRITORIAL for townships, zones and enterprises, and for a collective
	 * of governments or zone committees (各县区政府, 各管委会); else SUPPORT. A unit the reference data does not know
	 * whose name only says it is some institution (…中心, …社, …专班) is read as a supporting body: nothing says
	 * it carries the work out on its own ground.
	 */
	static String role(UnitMention unit, ResolvedUnit resolved) {
		if (unit.explicitRole() != null) {
			return unit.explicitRole();
		}
		if (unit.order() == 0) {
			return "LEAD";
		}
		boolean guessedInstitution = !resolved.known() && !resolved.collective() && "INSTITUTION".equals(resolved.type());
		boolean territorial = (TERRITORIAL_TYPES.contains(resolved.type()) && !guessedInstitution)
				|| (resolved.collective() && (TERRITORIAL_SCOPES.contains(resolved.scope())
						|| GOVERNMENTS.matcher(unit.asWritten()).matches()));
		return territorial ? "TERRITORIAL" : "SUPPORT";
	}

	/** Whether two spellings name the same unit in a jurisdiction. */
	boolean sameUnit(String a, String b, String jurisdiction) {
		return this.resolver.resolve(a, jurisdiction).key().equals(this.resolver.resolve(b, jurisdiction).key());
	}

	/** The curated reference graph: every agency with its hierarchy, counties and townships. */
	void writeReference(GraphBatch batch) {
		for (Township township : this.reference.townships()) {
			batch.node(NodeLabel.Township, township.code(),
					Props.of()
						.put("name", township.name())
						.put("county", township.county())
						.put("type", township.type())
						.put("code", township.code())
						.put("aliases", township.aliases())
						.put("aliasText", String.join(" ", township.aliases()))
						.put("source", township.source())
						.map());
			county(batch, township.county());
			batch.rel(RelType.IN_COUNTY, township.code(), Ids.county(township.county()), "", Map.of());
		}
		for (ResolvedUnit unit : this.resolver.allAgencies()) {
			agency(batch, unit);
		}
	}

	void issuers(GraphBatch batch, String docId, ParsedDocument doc, String jurisdiction) {
		int order = 0;
		for (String issuer : doc.issuers()) {
			ResolvedUnit unit = this.resolver.resolve(issuer, jurisdiction);
			agency(batch, unit);
			batch.rel(RelType.ISSUED_BY, docId, unit.key(), "",
					Props.of().put("order", order++).put("asWritten", issuer).map());
		}
	}

	void task(GraphBatch batch, String docId, String taskId, ParsedTask task, String jurisdiction,
			List<ImportFinding> findings) {
		String excerpt = (task.rawBracket() != null) ? task.rawBracket() : task.excerpt();
		int line = (task.bracketLine() > 0) ? task.bracketLine() : task.line();
		units(batch, docId, taskId, task.units(), line, excerpt, jurisdiction, findings);
	}

	/** Writes one RESPONSIBLE_FOR edge per unit towards the node {@code targetId}. */
	public void units(GraphBatch batch, String docId, String targetId, List<UnitMention> units, int line,
			String excerpt, String jurisdiction, List<ImportFinding> findings) {
		for (UnitMention unit : units) {
			ResolvedUnit resolved = this.resolver.resolve(unit.asWritten(), jurisdiction);
			agency(batch, resolved);
			alias(batch, resolved, (jurisdiction != null) ? jurisdiction : resolved.jurisdiction(), unit.asWritten());
			int unitLine = (unit.line() > 0) ? unit.line() : line;
			batch.rel(RelType.RESPONSIBLE_FOR, resolved.key(), targetId, String.valueOf(unit.order()),
					Props.of()
						.put("role", role(unit, resolved))
						.put("order", unit.order())
						.put("commaGroup", unit.commaGroup())
						.put("asWritten", unit.asWritten())
						.put("qualifier", unit.qualifier())
						.put("explicitRole", unit.explicitRole())
						.put("inferred", unit.inferred())
						.put("line", unitLine)
						.put("excerpt", excerpt)
						.put("documentId", docId)
						.put("basis", "RULE")
						.map());
			if (resolved.collective() && "SOME_TOWNSHIPS".equals(resolved.scope())) {
				findings.add(new ImportFinding("WARNING", docId, unitLine, "collective '" + unit.asWritten()
						+ "' means some townships without saying which; not expanded to townships"));
			}
			if (!resolved.known()) {
				findings.add(new ImportFinding("WARNING", docId, unitLine, "unit '" + unit.asWritten()
						+ "' is not in the reference data; resolved by rule to " + resolved.name()));
			}
		}
	}

	void agency(GraphBatch batch, ResolvedUnit unit) {
		if (batch.hasNode(NodeLabel.Agency, unit.key())) {
			return;
		}
		batch.node(NodeLabel.Agency, unit.key(),
				Props.of()
					.put("name", unit.name())
					.put("jurisdiction", unit.jurisdiction())
					.put("type", unit.type())
					.put("collective", unit.collective())
					.put("scope", unit.scope())
					.put("township", unit.township())
					.put("aliases", unit.aliases())
					.put("aliasText", String.join(" ", unit.aliases()))
					.put("known", unit.known())
					.put("source", unit.source())
					.map());
		for (String alias : unit.aliases()) {
			alias(batch, unit, unit.jurisdiction(), alias);
		}
		alias(batch, unit, unit.jurisdiction(), unit.name());
		if (unit.parentKey() != null) {
			batch.rel(RelType.PART_OF, unit.key(), unit.parentKey(), "",
					Props.of().put("basis", unit.known() ? "CURATED" : "RULE").put("source", unit.source()).map());
		}
		governs(batch, unit);
		if (unit.collective()) {
			for (Township township : this.resolver.expand(unit)) {
				batch.rel(RelType.COVERS, unit.key(), township.code(), "",
						Props.of().put("inferred", true).put("basis", "GAZETTEER").put("source", township.source()).map());
			}
		}
	}

	private void governs(GraphBatch batch, ResolvedUnit unit) {
		if (unit.township() != null) {
			this.reference.townships()
				.stream()
				.filter((t) -> t.name().equals(unit.township()) && t.county().equals(unit.jurisdiction()))
				.findFirst()
				.ifPresent((t) -> batch.rel(RelType.GOVERNS, unit.key(), t.code(), "", Map.of()));
			return;
		}
		if ("GOVERNMENT".equals(unit.type()) && unit.name().equals(unit.jurisdiction() + "人民政府")) {
			county(batch, unit.jurisdiction());
			batch.rel(RelType.GOVERNS, unit.key(), Ids.county(unit.jurisdiction()), "", Map.of());
		}
	}

	private static void county(GraphBatch batch, String name) {
		batch.node(NodeLabel.County, Ids.county(name), Props.of().put("name", name).map());
	}

	/** An alias is scoped by the jurisdiction it was written in: 市水务局 names two bureaus. */
	private static void alias(GraphBatch batch, ResolvedUnit unit, String jurisdiction, String text) {
		String id = Ids.alias(jurisdiction, text) + "->" + unit.key();
		batch.node(NodeLabel.Alias, id, Props.of().put("text", text).put("jurisdiction", jurisdiction).map());
		batch.rel(RelType.NAMES, id, unit.key(), "", Map.of());
	}

}
