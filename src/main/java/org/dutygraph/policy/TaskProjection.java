package org.dutygraph.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * The task properties a GraphQL selection needs, so that a statement returns those and not every
 * property of every task (a page of 200 tasks selecting ids would otherwise carry every text). The id
 * is always read: the nested fields are fetched by it. A field this class does not know reads every
 * property, so a new field is never served half-empty. When the selection asks for the tasks'
 * responsibilities or deadlines, the same statement returns them too (see {@link TaskPrefetch}).
 *
 * @param properties the task properties to return
 * @param responsibilities whether to return each task's responsibilities with it
 * @param deadlines whether to return each task's deadlines with it
 */
public record TaskProjection(List<String> properties, boolean responsibilities, boolean deadlines) {

	/** Only these properties, nothing nested. */
	public TaskProjection(List<String> properties) {
		this(properties, false, false);
	}

	/** Every property a {@code Task} record carries. */
	public static final TaskProjection ALL = new TaskProjection(List.of("id", "kind", "number", "path", "title",
			"text", "dueDate", "planId", "documentId", "line", "excerpt", "status", "version", "expectedDate",
			"doneOn"));

	private static final Map<String, List<String>> NEEDS = Map.ofEntries(Map.entry("id", List.of()),
			Map.entry("__typename", List.of()), Map.entry("kind", List.of("kind")),
			Map.entry("number", List.of("number")), Map.entry("path", List.of("path")),
			Map.entry("title", List.of("title")), Map.entry("text", List.of("text")),
			Map.entry("dueDate", List.of("dueDate")), Map.entry("plan", List.of("planId")),
			Map.entry("source", List.of("documentId", "line", "excerpt")), Map.entry("status", List.of("status")),
			Map.entry("version", List.of("version")), Map.entry("expectedDate", List.of("expectedDate")),
			Map.entry("doneOn", List.of("doneOn")), Map.entry("deadlineState", List.of("dueDate", "status", "doneOn")),
			Map.entry("responsibilities", List.of()), Map.entry("deadlines", List.of()),
			Map.entry("townships", List.of()), Map.entry("enterprises", List.of()),
			Map.entry("monitoringSections", List.of()), Map.entry("keyProjects", List.of()),
			Map.entry("dependsOn", List.of()), Map.entry("dependents", List.of()), Map.entry("details", List.of()),
			Map.entry("detailedBy", List.of()));

	/**
	 * The properties the task fields under {@code path} of a selection need ({@code ""} for the
	 * field's own selection, {@code "edges/node"} for a connection's tasks); every property without
	 * a selection.
	 */
	public static TaskProjection of(DataFetchingFieldSelectionSet selection, String path) {
		if (selection == null) {
			return ALL;
		}
		String glob = path.isEmpty() ? "*" : path + "/*";
		Set<String> properties = new LinkedHashSet<>();
		properties.add("id");
		boolean responsibilities = false;
		boolean deadlines = false;
		for (SelectedField field : selection.getFields(glob)) {
			responsibilities |= field.getName().equals("responsibilities");
			deadlines |= field.getName().equals("deadlines");
			List<String> needs = NEEDS.get(field.getName());
			if (needs == null) {
				return ALL;
			}
			properties.addAll(needs);
		}
		if (responsibilities) {
			properties.add("documentId");
		}
		return new TaskProjection(List.copyOf(properties), responsibilities, deadlines);
	}

}
