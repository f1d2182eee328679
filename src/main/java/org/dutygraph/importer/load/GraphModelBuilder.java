package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dutygraph.importer.parse.DeadlineExpr;
import org.dutygraph.importer.parse.ParsedCitation;
import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.ParsedHeading;
import org.dutygraph.importer.parse.ParsedPlan;
import org.dutygraph.importer.parse.ParsedTarget;
import org.dutygraph.importer.parse.ParsedTask;
import org.dutygraph.importer.parse.TaskKind;
import org.dutygraph.importer.resolve.MentionFinder;

/**
 * Turns one parsed document into the nodes and relationships of the graph: document, plans, headings,
 * tasks and deadlines here; responsibilities through {@link ResponsibilityMapper}; sections, projects
 * and mentions through {@link MentionLinker}. Pure: it touches no database, so a dry run can count
 * the result.
 */
public final class GraphModelBuilder {

	private final ResponsibilityMapper responsibilities;

	private final MentionFinder finder;

	private final DependencyLinker dependencies = new DependencyLinker();

	/** Thread-safe: each build gets its own {@link MentionLinker}, the other parts are read-only. */
	public GraphModelBuilder(ResponsibilityMapper responsibilities, MentionFinder finder) {
		this.responsibilities = responsibilities;
		this.finder = finder;
	}

	/** The result: what to write, and what the reader of the report should look at. */
	public record Result(GraphBatch batch, List<ImportFinding> findings) {
	}

	public Result build(ParsedDocument doc, String jurisdictionOverride) {
		GraphBatch batch = new GraphBatch();
		MentionLinker mentions = new MentionLinker(this.finder, this.responsibilities);
		List<ImportFinding> findings = new ArrayList<>();
		String jurisdiction = (jurisdictionOverride != null) ? jurisdictionOverride : doc.jurisdiction();
		String docId = Ids.document(doc.fileName());
		batch.node(NodeLabel.Document, docId,
				Props.of()
					.put("fileName", doc.fileName())
					.put("sha256", doc.sha256())
					.put("title", doc.title())
					.put("docNumber", doc.docNumber())
					.put("issuers", doc.issuers())
					.put("issuedOn", doc.issuedOn())
					.put("addressees", doc.addressees())
					.put("jurisdiction", jurisdiction)
					.map());
		this.responsibilities.issuers(batch, docId, doc, jurisdiction);
		int planIndex = 0;
		for (ParsedPlan plan : doc.plans()) {
			String planId = Ids.plan(docId, plan.key());
			batch.node(NodeLabel.Plan, planId, planProps(docId, plan, planIndex));
			batch.rel(RelType.CONTAINS, docId, planId, "", Props.of().put("order", planIndex).map());
			headings(batch, docId, planId, plan);
			citations(batch, planId, plan);
			targets(batch, docId, planId, plan);
			mentions.sectionsAndProjects(batch, docId, planId, plan, jurisdiction, findings);
			int order = 0;
			for (ParsedTask task : plan.tasks()) {
				String taskId = Ids.task(planId, task.localId());
				batch.node(NodeLabel.Task, taskId, taskProps(docId, planId, planIndex, order, task));
				batch.rel(RelType.HAS_TASK, planId, taskId, "", Props.of().put("order", order).map());
				underHeading(batch, planId, taskId, task);
				DeadlineRows.deadlines(batch, docId, taskId, task.deadlines());
				this.responsibilities.task(batch, docId, taskId, task, jurisdiction, findings);
				mentions.task(batch, docId, planId, taskId, task, jurisdiction);
				if (task.kind() == TaskKind.TABLE_ROW) {
					checkRow(task, plan, jurisdiction, doc.fileName(), findings);
				}
				if (task.kind() == TaskKind.TABLE_ROW && task.detailsTaskLocalId() != null) {
					batch.rel(RelType.DETAILS, taskId, Ids.task(planId, task.detailsTaskLocalId()), "",
							Props.of()
								.put("score", task.detailsScore())
								.put("basis", "RULE")
								.put("line", task.line())
								.put("documentId", docId)
								.map());
				}
				order++;
			}
			planIndex++;
		}
		this.dependencies.link(batch, docId, doc);
		doc.problems()
			.forEach((p) -> findings.add(new ImportFinding(p.severity(), doc.fileName(), p.line(), p.message())));
		return new Result(batch, findings);
	}

	/**
	 * The curated reference graph (agencies with their hierarchy, counties, townships), written once
	 * and again only when the reference files change.
	 */
	public GraphBatch reference() {
		GraphBatch batch = new GraphBatch();
		this.responsibilities.writeReference(batch);
		return batch;
	}

	/**
	 * Reports the ambiguous cases of an annex row: no body task matched it clearly, or its first unit is
	 * not the first unit of the body task it details (the row's lead wins for the row; the reader decides).
	 */
	private void checkRow(ParsedTask row, ParsedPlan plan, String jurisdiction, String fileName,
			List<ImportFinding> findings) {
		if (row.detailsTaskLocalId() == null && row.path().get(0).startsWith("附件")) {
			// an annex ledger row (附件) details a body task; a 表N table inside the text lists its own items
			findings.add(new ImportFinding("WARNING", fileName, row.line(), "table row " + row.localId()
					+ " matches no body task clearly enough to link it; left unlinked"));
			return;
		}
		if (row.detailsTaskLocalId() == null) {
			return;
		}
		ParsedTask body = plan.tasks()
			.stream()
			.filter((t) -> t.localId().equals(row.detailsTaskLocalId()))
			.findFirst()
			.orElse(null);
		if (body == null || body.units().isEmpty() || row.units().isEmpty()) {
			return;
		}
		String rowLead = row.units().get(0).asWritten();
		String bodyLead = body.units().get(0).asWritten();
		if (!this.responsibilities.sameUnit(rowLead, bodyLead, jurisdiction)) {
			findings.add(new ImportFinding("INFO", fileName, row.line(), "table row " + row.localId() + " is led by "
					+ rowLead + ", its body task " + body.localId() + " (line " + body.line() + ") by " + bodyLead));
		}
	}

	private static Map<String, Object> planProps(String docId, ParsedPlan plan, int index) {
		return Props.of()
			.put("key", plan.key())
			.put("title", plan.title())
			.put("year", plan.year())
			.put("endYear", plan.endYear())
			.put("lineStart", plan.lineStart())
			.put("lineEnd", plan.lineEnd())
			.put("order", index)
			.put("documentId", docId)
			.map();
	}

	private static Map<String, Object> taskProps(String docId, String planId, int planIndex, int order,
			ParsedTask task) {
		return Props.of()
			.put("kind", task.kind().name())
			.put("number", task.number())
			.put("path", task.path())
			.put("title", task.title())
			.put("text", task.text())
			.put("line", task.line())
			.put("endLine", task.endLine())
			.put("excerpt", task.excerpt())
			.put("rawBracket", task.rawBracket())
			.put("bracketLine", (task.bracketLine() > 0) ? task.bracketLine() : null)
			.put("category", task.category())
			.put("documentId", docId)
			.put("planId", planId)
			.put("dueDate", DeadlineRows.dueDate(task.deadlines()))
			.put("dueDates", DeadlineRows.dueDates(task.deadlines()))
			.put("sortKey", String.format("%s|%02d|%05d", docId, planIndex, order))
			.map();
	}

	private static void headings(GraphBatch batch, String docId, String planId, ParsedPlan plan) {
		for (ParsedHeading heading : plan.headings()) {
			String id = headingId(planId, heading.path());
			batch.node(NodeLabel.Heading, id,
					Props.of()
						.put("path", heading.path())
						.put("title", heading.title())
						.put("line", heading.line())
						.put("documentId", docId)
						.map());
			String parent = (heading.path().size() > 1)
					? headingId(planId, heading.path().subList(0, heading.path().size() - 1)) : planId;
			if (!parent.equals(planId) && !batch.hasNode(NodeLabel.Heading, parent)) {
				parent = planId;
			}
			batch.rel(RelType.HAS_HEADING, parent, id, "", Props.of().put("line", heading.line()).map());
		}
	}

	private static void underHeading(GraphBatch batch, String planId, String taskId, ParsedTask task) {
		for (int depth = task.path().size() - 1; depth > 0; depth--) {
			String id = headingId(planId, task.path().subList(0, depth));
			if (batch.hasNode(NodeLabel.Heading, id)) {
				batch.rel(RelType.UNDER, taskId, id, "", Map.of());
				return;
			}
		}
	}

	private static String headingId(String planId, List<String> path) {
		return planId + ":h:" + String.join("/", path);
	}

	private static void citations(GraphBatch batch, String planId, ParsedPlan plan) {
		for (ParsedCitation citation : plan.citations()) {
			String id = Ids.externalDoc(citation.title());
			batch.node(NodeLabel.ExternalDoc, id,
					Props.of().put("title", citation.title()).put("docNumber", citation.docNumber()).map());
			batch.rel(RelType.CITES, planId, id, "", Props.of().put("line", citation.line()).map());
		}
	}

	private static void targets(GraphBatch batch, String docId, String planId, ParsedPlan plan) {
		int i = 0;
		for (ParsedTarget target : plan.targets()) {
			String id = planId + ":target:" + i++;
			batch.node(NodeLabel.Target, id,
					Props.of()
						.put("metric", target.metric())
						.put("name", target.metric())
						.put("value", target.value())
						.put("unit", target.unit())
						.put("year", target.year())
						.put("scope", target.scope())
						.put("nature", target.nature())
						.put("line", target.line())
						.put("documentId", docId)
						.map());
			batch.rel(RelType.SETS, planId, id, "", Props.of().put("line", target.line()).map());
		}
	}

}
