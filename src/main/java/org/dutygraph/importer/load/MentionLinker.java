package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dutygraph.importer.parse.ParsedPlan;
import org.dutygraph.importer.parse.ParsedProject;
import org.dutygraph.importer.parse.ParsedSection;
import org.dutygraph.importer.parse.ParsedTask;
import org.dutygraph.importer.resolve.Mention;
import org.dutygraph.importer.resolve.MentionFinder;
import org.dutygraph.importer.resolve.ProjectRef;
import org.dutygraph.importer.resolve.SectionRef;

/**
 * Writes the monitoring sections and key projects of a plan, and links tasks and projects to the
 * sections they affect, the townships they are located in, the enterprises they concern and the
 * projects that implement them, by name found in their text (basis RULE, with the matched text). One
 * instance per document build: it remembers the plan's sections and projects while it links.
 */
final class MentionLinker {

	private final MentionFinder finder;

	private final ResponsibilityMapper responsibilities;

	MentionLinker(MentionFinder finder, ResponsibilityMapper responsibilities) {
		this.finder = finder;
		this.responsibilities = responsibilities;
	}

	private List<ProjectRef> projects = List.of();

	private List<SectionRef> sections = List.of();

	void sectionsAndProjects(GraphBatch batch, String docId, String planId, ParsedPlan plan, String jurisdiction,
			List<ImportFinding> findings) {
		List<SectionRef> planSections = new ArrayList<>();
		for (ParsedSection section : plan.sections()) {
			String county = (section.county() != null) ? section.county() : jurisdiction;
			String id = Ids.section(county, section.name());
			batch.node(NodeLabel.MonitoringSection, id,
					Props.of()
						.put("name", section.name())
						.put("county", county)
						.put("river", section.river())
						.put("level", section.level())
						.put("targetClass", section.targetClass())
						.put("township", section.township())
						.put("assessedUnit", section.assessedUnit())
						.put("line", section.line())
						.put("documentId", docId)
						.map());
			if (county != null) {
				batch.node(NodeLabel.County, Ids.county(county), Props.of().put("name", county).map());
				batch.rel(RelType.IN_COUNTY, id, Ids.county(county), "", Map.of());
			}
			batch.rel(RelType.SETS_SECTION_TARGET, planId, id, "",
					Props.of()
						.put("targetClass", section.targetClass())
						.put("level", section.level())
						.put("line", section.line())
						.put("documentId", docId)
						.map());
			planSections.add(new SectionRef(id, section.name(), county, section.river(), section.level()));
		}
		this.sections = planSections;
		List<ProjectRef> planProjects = new ArrayList<>();
		for (ParsedProject project : plan.projects()) {
			planProjects.add(new ProjectRef(Ids.task(planId, project.localId()), project.name()));
		}
		this.projects = planProjects;
		for (ParsedProject project : plan.projects()) {
			project(batch, docId, planId, project, jurisdiction, findings);
		}
	}

	private void project(GraphBatch batch, String docId, String planId, ParsedProject project, String jurisdiction,
			List<ImportFinding> findings) {
		String id = Ids.task(planId, project.localId());
		batch.node(NodeLabel.KeyProject, id,
				Props.of()
					.put("name", project.name())
					.put("content", project.content())
					.put("text", (project.content() != null) ? project.name() + " " + project.content() : project.name())
					.put("category", project.category())
					.put("periodRaw", project.periodRaw())
					.put("investment", project.investment())
					.put("tier", project.tier())
					.put("line", project.line())
					.put("documentId", docId)
					.put("planId", planId)
					.put("dueDate", (project.deadline() != null) ? DeadlineRows.dueDate(List.of(project.deadline())) : null)
					.map());
		batch.rel(RelType.HAS_PROJECT, planId, id, "", Props.of().put("line", project.line()).map());
		if (project.deadline() != null) {
			DeadlineRows.deadlines(batch, docId, id, List.of(project.deadline()));
		}
		this.responsibilities.units(batch, docId, id, project.lead(), project.line(), project.name(), jurisdiction,
				findings);
		String text = project.name() + ((project.content() != null) ? "。" + project.content() : "");
		link(batch, docId, id, text, project.line(), jurisdiction, false);
	}

	void task(GraphBatch batch, String docId, String planId, String taskId, ParsedTask task, String jurisdiction) {
		link(batch, docId, taskId, task.text(), task.line(), jurisdiction, true);
	}

	private void link(GraphBatch batch, String docId, String fromId, String text, int line, String jurisdiction,
			boolean isTask) {
		if (text == null || text.isBlank()) {
			return;
		}
		List<ProjectRef> candidates = isTask ? this.projects : List.of();
		for (Mention mention : this.finder.find(text, jurisdiction, this.sections, candidates)) {
			Map<String, Object> props = Props.of()
				.put("basis", "RULE")
				.put("matched", mention.matched())
				.put("line", line)
				.put("documentId", docId)
				.map();
			switch (mention.kind()) {
				case "SECTION" -> batch.rel(RelType.AFFECTS, fromId, mention.key(), "", props);
				case "TOWNSHIP" -> batch.rel(RelType.LOCATED_IN, fromId, mention.key(), "", props);
				case "ENTERPRISE" -> {
					batch.node(NodeLabel.Enterprise, Ids.enterprise(mention.key()),
							Props.of().put("name", mention.key()).put("county", jurisdiction).map());
					batch.rel(RelType.CONCERNS, fromId, Ids.enterprise(mention.key()), "", props);
				}
				case "PROJECT" -> batch.rel(RelType.IMPLEMENTS, mention.key(), fromId, "", props);
				default -> {
				}
			}
		}
	}

}
