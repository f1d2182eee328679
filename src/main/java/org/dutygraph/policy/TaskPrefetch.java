package org.dutygraph.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.dutygraph.model.Deadline;
import org.dutygraph.model.Responsibility;

/**
 * The responsibilities and deadlines a task statement already returned with its tasks, kept for the
 * rest of one GraphQL request, so that the batch fields of those tasks need no statement of their own
 * (a page of tasks with its units and deadlines is one statement, not three). A task fetched any other
 * way is not here, and its batch field queries the graph as before. Entries are whole records, whatever
 * the selection, so a second selection in the same request is never served less.
 */
public final class TaskPrefetch {

	private static final String KEY = TaskPrefetch.class.getName();

	final Map<String, List<Responsibility>> responsibilities = new ConcurrentHashMap<>();

	final Map<String, List<Deadline>> deadlines = new ConcurrentHashMap<>();

	/** The request's prefetch, made on first use. */
	static TaskPrefetch of(GraphQLContext context) {
		return context.computeIfAbsent(KEY, (key) -> new TaskPrefetch());
	}

	/** A prefetch that keeps nothing beyond the call, for callers outside a GraphQL request. */
	static TaskPrefetch none() {
		return new TaskPrefetch();
	}

	/**
	 * The values for the ids: those prefetched, and the rest from {@code load} (called only when some
	 * are missing), an absent id meaning none.
	 */
	static <T> Map<String, List<T>> get(Map<String, List<T>> prefetched, Collection<String> ids,
			Function<List<String>, Map<String, List<T>>> load) {
		List<String> missing = new ArrayList<>();
		ids.forEach((id) -> {
			if (!prefetched.containsKey(id)) {
				missing.add(id);
			}
		});
		if (missing.isEmpty()) {
			return prefetched;
		}
		Map<String, List<T>> all = new java.util.HashMap<>(prefetched);
		all.putAll(load.apply(missing));
		return all;
	}

}
