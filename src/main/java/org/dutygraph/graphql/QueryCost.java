package org.dutygraph.graphql;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;

/**
 * What a query costs, so that a request is refused up front when it would do more work than the
 * budget allows ({@code dutygraph.api.max-query-cost}). Counted on graphql-java's normalized
 * operation, where every fragment spread and inline fragment is already expanded at each place it is
 * used, and variables are resolved. A plain field costs 1 plus what it selects. The expensive root
 * fields cost what they do: {@code delayImpact} and {@code blockers} load the whole dependency graph,
 * a neighbourhood grows with its depth and node cap, and the {@code edges} of a connection cost what
 * one edge selects times the connection's {@code first}, so page sizes multiply through nesting.
 * Arguments beyond the API's limits are counted at the limit, so that their own check answers with
 * its own message.
 */
final class QueryCost {

	/** {@code delayImpact} and {@code blockers}: a snapshot of every task and dependency, then a traversal. */
	static final int SNAPSHOT = 300;

	/** {@code accountabilityChain}: a few variable-length paths up the hierarchy. */
	static final int CHAIN = 20;

	/** {@code search}: a full-text lookup. */
	static final int SEARCH = 10;

	/** Counts computed in Cypher: {@code portfolio}, {@code summary}, {@code overdueTasks}. */
	static final int AGGREGATE = 10;

	/** The page size of a connection whose {@code first} is not given, as the schema's default. */
	static final int DEFAULT_FIRST = 50;

	/** Where a sum or product stops growing: over any budget, far from overflowing. */
	static final long SATURATED = 1_000_000_000L;

	private final int maxPageSize;

	private final int maxDepth;

	private final int maxNodes;

	QueryCost(int maxPageSize, int maxDepth, int maxNodes) {
		this.maxPageSize = maxPageSize;
		this.maxDepth = maxDepth;
		this.maxNodes = maxNodes;
	}

	long of(ExecutableNormalizedOperation operation) {
		long total = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			total = Math.min(SATURATED, total + cost(field));
		}
		return total;
	}

	private long cost(ExecutableNormalizedField field) {
		long children = 0;
		for (ExecutableNormalizedField child : field.getChildren()) {
			children = Math.min(SATURATED, children + cost(child));
		}
		boolean root = field.getParent() == null;
		return Math.min(SATURATED, switch (field.getName()) {
			case "edges" -> isConnection(field) ? 1 + times(first(field.getParent(), DEFAULT_FIRST), children)
					: 1 + children;
			case "delayImpact", "blockers" -> (root ? SNAPSHOT : 1) + children;
			case "accountabilityChain" -> (root ? CHAIN : 1) + children;
			case "search" -> (root ? SEARCH : 1) + times(first(field, 20), children);
			case "neighbourhood" -> neighbourhood(field) + children;
			case "portfolio", "summary", "overdueTasks" -> AGGREGATE + children;
			default -> 1 + children;
		});
	}

	private static boolean isConnection(ExecutableNormalizedField field) {
		return field.getParent() != null && field.getObjectTypeNames().stream().anyMatch((t) -> t.endsWith("Connection"));
	}

	/** Depth times node cap: each level can reach up to the cap. */
	private long neighbourhood(ExecutableNormalizedField field) {
		int depth = clamp(intArgument(field, "depth", 1), 1, this.maxDepth);
		int nodes = clamp(intArgument(field, "first", 200), 1, this.maxNodes);
		return 10 + times(depth, nodes) / 2;
	}

	private int first(ExecutableNormalizedField field, int fallback) {
		return clamp(intArgument(field, "first", fallback), 0, this.maxPageSize);
	}

	private static int intArgument(ExecutableNormalizedField field, String name, int fallback) {
		Object value = field.getResolvedArguments().get(name);
		return (value instanceof Number number) ? number.intValue() : fallback;
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	private static long times(long a, long b) {
		return Math.min(SATURATED, a * Math.max(1, b));
	}

}
