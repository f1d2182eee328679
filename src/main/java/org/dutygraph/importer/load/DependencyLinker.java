package org.dutygraph.importer.load;

import java.util.ArrayList;
import java.util.List;

import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.ParsedPlan;
import org.dutygraph.importer.parse.ParsedTask;
import org.dutygraph.importer.depend.Dependency;
import org.dutygraph.importer.depend.DependencyRules;
import org.dutygraph.importer.depend.TaskRef;

/**
 * Adds the dependencies the text itself shows ({@code 根据…结果}, gating statements, reduction tasks
 * built on the plan's key projects) as {@code DEPENDS_ON} edges with basis RULE, rule name and evidence.
 */
public final class DependencyLinker {

	private final DependencyRules rules = new DependencyRules();

	void link(GraphBatch batch, String docId, ParsedDocument doc) {
		List<String> implemented = batch.rels(RelType.IMPLEMENTS).stream().map(GraphBatch.RelRow::to).toList();
		for (ParsedPlan plan : doc.plans()) {
			String planId = Ids.plan(docId, plan.key());
			List<TaskRef> tasks = new ArrayList<>();
			for (ParsedTask task : plan.tasks()) {
				tasks.add(new TaskRef(Ids.task(planId, task.localId()), planId, docId, task.kind().name(), task.path(),
						task.title(), task.text(), task.line(), task.deadlines()));
			}
			List<String> planImplemented = implemented.stream().filter((id) -> id.startsWith(planId + ":")).toList();
			for (Dependency d : this.rules.derive(tasks, planImplemented)) {
				batch.rel(RelType.DEPENDS_ON, d.dependentId(), d.prerequisiteId(), d.basis(),
						Props.of()
							.put("basis", d.basis())
							.put("rule", d.rule())
							.put("reason", d.reason())
							.put("evidence", d.evidence())
							.put("documentId", d.documentId())
							.put("line", d.line())
							.map());
			}
		}
	}

}
