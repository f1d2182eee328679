package org.dutygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Agency;
import org.dutygraph.model.Enterprise;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.NotFoundException;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * "What is affected if this slips?" and "what blocks this?": loads the snapshot, runs the pure
 * {@link DelayImpactAnalyzer}, and gathers what the delayed and affected tasks concern.
 */
@Controller
class ImpactController {

	private final ImpactQueries queries;

	private final ApiLimits limits;

	private final DelayImpactAnalyzer analyzer = new DelayImpactAnalyzer();

	ImpactController(ImpactQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	record ImpactedTaskView(Task task, List<String> via, LocalDate plannedDate, LocalDate projectedDate,
			boolean missesDeadline) {
	}

	record Notification(Agency agency, String role, String taskId) {
	}

	record DelayImpact(Task task, int delayDays, LocalDate projectedDate, boolean missesDeadline,
			List<ImpactedTaskView> affectedTasks, List<MonitoringSection> monitoringSections, List<Township> townships,
			List<Enterprise> enterprises, List<KeyProject> keyProjects, List<Agency> agenciesToNotify,
			List<Notification> notifications, List<List<String>> cycles) {
	}

	record Blocker(String id, String label, String name, List<String> via, LocalDate plannedDate) {
	}

	@QueryMapping
	DelayImpact delayImpact(@Argument String taskId, @Argument int delayDays) {
		this.limits.delayDays(delayDays);
		Snapshot snapshot = this.queries.snapshot();
		requireTask(snapshot, this.limits.id(taskId));
		DelayImpactAnalyzer.Result result = this.analyzer.analyze(snapshot, taskId, delayDays);
		List<String> ids = new ArrayList<>();
		ids.add(taskId);
		result.affected().forEach((a) -> ids.add(a.taskId()));
		Concerns concerns = new Concerns();
		Map<String, Record> rows = new LinkedHashMap<>();
		this.queries.concerns(ids).forEach((r) -> rows.put(r.get("id").asString(), r));
		rows.values().forEach(concerns::add);
		List<ImpactedTaskView> affected = new ArrayList<>();
		for (DelayImpactAnalyzer.ImpactedTask a : result.affected()) {
			Record row = rows.get(a.taskId());
			if (row != null && !row.get("isProject").asBoolean()) {
				affected.add(new ImpactedTaskView(GraphValues.task(row.get("node")), a.via(), a.plannedDate(),
						a.projectedDate(), a.missesDeadline()));
			}
		}
		return new DelayImpact(GraphValues.task(rows.get(taskId).get("node")), delayDays, result.projectedDate(),
				result.missesDeadline(), affected, concerns.sections(), concerns.townships(), concerns.enterprises(),
				concerns.projects(), concerns.agencies(), concerns.notifications(), result.cycles());
	}

	@QueryMapping
	List<Blocker> blockers(@Argument String taskId) {
		Snapshot snapshot = this.queries.snapshot();
		requireTask(snapshot, this.limits.id(taskId));
		DelayImpactAnalyzer.Upstream upstream = this.analyzer.upstream(snapshot, taskId);
		List<String> ids = upstream.blockers().stream().map(DelayImpactAnalyzer.Blocker::taskId).toList();
		Map<String, Record> rows = new LinkedHashMap<>();
		this.queries.concerns(ids).forEach((r) -> rows.put(r.get("id").asString(), r));
		List<Blocker> blockers = new ArrayList<>();
		for (DelayImpactAnalyzer.Blocker b : upstream.blockers()) {
			Value node = rows.get(b.taskId()).get("node");
			boolean project = rows.get(b.taskId()).get("isProject").asBoolean();
			String name = project ? GraphValues.str(node, "name") : displayName(node);
			blockers.add(new Blocker(b.taskId(), project ? "KeyProject" : "Task", name, b.via(), b.plannedDate()));
		}
		return blockers;
	}

	private static String displayName(Value task) {
		String title = GraphValues.opt(task, "title");
		String text = GraphValues.str(task, "text");
		return (title != null) ? title : text.substring(0, Math.min(40, text.length()));
	}

	private static void requireTask(Snapshot snapshot, String taskId) {
		if (!snapshot.tasks().containsKey(taskId)) {
			throw new NotFoundException("No task with id '" + taskId + "'");
		}
	}

}
