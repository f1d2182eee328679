package org.dutygraph.policy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.Connection;
import org.dutygraph.model.Deadline;
import org.dutygraph.model.Enterprise;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.Plan;
import org.dutygraph.model.Responsibility;
import org.dutygraph.model.SourceRef;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Tasks and their fields. Every list field of {@code Task} is a {@link BatchMapping}: one Cypher
 * statement for all tasks of a page, so the number of round trips does not grow with page size.
 */
@Controller
class TaskController {

	/** Where a connection's tasks are in its selection. */
	static final String CONNECTION_TASKS = "edges/node";

	private final PolicyQueries queries;

	private final ApiLimits limits;

	TaskController(PolicyQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	@QueryMapping
	Task task(@Argument String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		return this.queries
			.tasksByIds(List.of(this.limits.id(id)), TaskProjection.of(selection, ""), TaskPrefetch.of(context))
			.get(id);
	}

	@QueryMapping
	Connection<Connection.Edge<Task>> tasks(@Argument TaskWhere where, @Argument Integer first,
			@Argument String after, @Argument String orderBy, DataFetchingFieldSelectionSet selection,
			GraphQLContext context) {
		TaskFilter filter = (where != null) ? where.toFilter() : TaskFilter.none();
		return Connection.of(this.queries.findTasks(filter, order(orderBy), Connection.offsetAfter(after),
				this.limits.first(first), TaskProjection.of(selection, CONNECTION_TASKS), TaskPrefetch.of(context)));
	}

	static String order(String orderBy) {
		return (orderBy != null) ? orderBy : "DOCUMENT_ORDER";
	}

	@SchemaMapping(typeName = "Task")
	SourceRef source(Task task) {
		return new SourceRef(task.documentId(), task.line(), task.excerpt());
	}

	@BatchMapping(typeName = "Task")
	Map<Task, Plan> plan(List<Task> tasks) {
		Map<String, Plan> plans = byId(this.queries.plans(ids(tasks, Task::planId), null), Plan::id);
		return map(tasks, (t) -> plans.get(t.planId()));
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<Responsibility>> responsibilities(List<Task> tasks, GraphQLContext context) {
		Map<String, List<Responsibility>> found = TaskPrefetch.get(TaskPrefetch.of(context).responsibilities,
				ids(tasks, Task::id), this.queries::responsibilitiesByTaskIds);
		return map(tasks, (t) -> found.getOrDefault(t.id(), List.of()));
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<Deadline>> deadlines(List<Task> tasks, GraphQLContext context) {
		Map<String, List<Deadline>> found = TaskPrefetch.get(TaskPrefetch.of(context).deadlines,
				ids(tasks, Task::id), this.queries::deadlinesByTaskIds);
		return map(tasks, (t) -> found.getOrDefault(t.id(), List.of()));
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<Township>> townships(List<Task> tasks) {
		return related(tasks, Relation.TOWNSHIPS);
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<Enterprise>> enterprises(List<Task> tasks) {
		return related(tasks, Relation.ENTERPRISES);
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<MonitoringSection>> monitoringSections(List<Task> tasks) {
		return related(tasks, Relation.SECTIONS);
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<KeyProject>> keyProjects(List<Task> tasks) {
		return related(tasks, Relation.PROJECTS);
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<Task>> dependsOn(List<Task> tasks) {
		return related(tasks, Relation.DEPENDS_ON);
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<Task>> dependents(List<Task> tasks) {
		return related(tasks, Relation.DEPENDENTS);
	}

	@BatchMapping(typeName = "Task")
	Map<Task, Task> details(List<Task> tasks) {
		Map<Task, List<Task>> found = related(tasks, Relation.DETAILS);
		return map(tasks, (t) -> found.get(t).isEmpty() ? null : found.get(t).get(0));
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<Task>> detailedBy(List<Task> tasks) {
		return related(tasks, Relation.DETAILED_BY);
	}

	private <T> Map<Task, List<T>> related(List<Task> tasks, Relation<T> relation) {
		Map<String, List<T>> found = this.queries.relatedByTaskIds(ids(tasks, Task::id), relation);
		return map(tasks, (t) -> found.getOrDefault(t.id(), List.of()));
	}

	static <T> List<String> ids(List<T> items, Function<T, String> id) {
		return items.stream().map(id).distinct().toList();
	}

	static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		Map<String, T> map = new java.util.HashMap<>();
		items.forEach((item) -> map.put(id.apply(item), item));
		return map;
	}

	/** Keeps the batch's order and allows null values (a LinkedHashMap, unlike Map.of). */
	static <K, V> Map<K, V> map(List<K> keys, Function<K, V> value) {
		Map<K, V> map = new java.util.LinkedHashMap<>();
		keys.forEach((k) -> map.put(k, value.apply(k)));
		return map;
	}

}
