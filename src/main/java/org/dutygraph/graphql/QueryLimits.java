package org.dutygraph.graphql;

import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * The limits a query is judged by before any data is fetched (depth, complexity, cost), each of which
 * walks the whole operation on every request. Their verdict depends only on the query text, the
 * operation and the variables, so a request identical in those to one that passed is let through
 * without walking it again; a refused request is judged afresh each time and gets its message. Only
 * requests whose variables are a few short scalars are remembered, bounded by the characters held.
 */
final class QueryLimits extends ChainedInstrumentation {

	/** Longest query text, and longest string variable, whose verdict is remembered. */
	private static final int MAX_QUERY_CHARS = 16 * 1024;

	private static final int MAX_VARIABLE_CHARS = 256;

	/** 256 Ki characters of remembered requests. */
	static final long DEFAULT_MAX_CHARS = 256 * 1024;

	private final Cache<Request, Boolean> passed;

	QueryLimits(List<Instrumentation> limits, long maxChars) {
		super(limits);
		this.passed = Caffeine.newBuilder()
			.maximumWeight(maxChars)
			.weigher((Request request, Boolean verdict) -> request.weight())
			.build();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		Request request = Request.of(parameters.getExecutionContext().getExecutionInput());
		if (request != null && this.passed.getIfPresent(request) != null) {
			return SimpleInstrumentationContext.noOp();
		}
		// each limit throws when the query is over it; reaching the next line means all of them passed
		InstrumentationContext<ExecutionResult> context = super.beginExecuteOperation(parameters, state);
		if (request != null) {
			this.passed.put(request, Boolean.TRUE);
		}
		return context;
	}

	long size() {
		return this.passed.estimatedSize();
	}

	/** What the verdict depends on. */
	record Request(String query, String operationName, Map<String, Object> variables) {

		/** The request, or null when it is too large or its variables are not a few short scalars. */
		static Request of(ExecutionInput input) {
			String query = input.getQuery();
			if (query == null || query.length() > MAX_QUERY_CHARS) {
				return null;
			}
			Map<String, Object> variables = input.getVariables();
			if (variables.size() > 16) {
				return null;
			}
			for (Object value : variables.values()) {
				boolean scalar = value == null || value instanceof Number || value instanceof Boolean
						|| (value instanceof String text && text.length() <= MAX_VARIABLE_CHARS);
				if (!scalar) {
					return null;
				}
			}
			return new Request(query, input.getOperationName(), Map.copyOf(withoutNulls(variables)));
		}

		private static Map<String, Object> withoutNulls(Map<String, Object> variables) {
			if (!variables.containsValue(null)) {
				return variables;
			}
			java.util.Map<String, Object> copy = new java.util.HashMap<>();
			variables.forEach((name, value) -> copy.put(name, (value == null) ? NULL : value));
			return copy;
		}

		int weight() {
			int weight = this.query.length() + ((this.operationName != null) ? this.operationName.length() : 0);
			for (Map.Entry<String, Object> variable : this.variables.entrySet()) {
				weight += variable.getKey().length() + String.valueOf(variable.getValue()).length();
			}
			return weight;
		}

	}

	/** Stands for a variable given as null, which Map.copyOf cannot hold; unlike an absent one. */
	private static final Object NULL = new Object() {
		@Override
		public String toString() {
			return "null";
		}
	};

}
