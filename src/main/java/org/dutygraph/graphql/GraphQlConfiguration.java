package org.dutygraph.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.dutygraph.graph.ApiLimits;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Cross-cutting GraphQL wiring: the Date scalar, the query depth, complexity, cost and time limits, and the
 * start-up check that every schema field is mapped.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		GraphQLScalarType date = GraphQLScalarType.newScalar()
			.name("Date")
			.description("ISO-8601 calendar date, yyyy-MM-dd")
			.coercing(new DateCoercing())
			.build();
		return (wiring) -> wiring.scalar(date);
	}

	/**
	 * Refuses to start with a schema field that no controller answers: a client would otherwise get
	 * null where the schema promised data.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer failOnUnmappedFields() {
		return (builder) -> builder.inspectSchemaMappings((report) -> {
			if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()) {
				throw new IllegalStateException("GraphQL schema fields without a data fetcher: "
						+ report.unmappedFields() + ", unmapped arguments: " + report.unmappedArguments());
			}
		});
	}

	/**
	 * Each distinct query text is parsed and validated once ({@link DocumentCache}); the limits below
	 * still run on every request, with its variables.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer documentCache() {
		DocumentCache cache = new DocumentCache(DocumentCache.DEFAULT_MAX_CHARS);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	/**
	 * Depth, complexity and cost, checked before any data is fetched; a request that passed is not
	 * walked again when the same query comes with the same variables ({@link QueryLimits}).
	 */
	@Bean
	QueryLimits queryLimits(ApiLimits limits) {
		return new QueryLimits(List.of(new MaxQueryDepthInstrumentation(limits.maxQueryDepth()),
				new QueryBudgetInstrumentation(limits.maxQueryComplexity(), (env, children) -> 1 + children,
						"complexity", "dutygraph.api.max-query-complexity", "ask for fewer fields or fewer aliases"),
				new QueryCostInstrumentation(new QueryCost(limits.maxPageSize(), limits.maxNeighbourhoodDepth(),
						limits.maxNeighbourhoodNodes()), limits.maxQueryCost())),
				QueryLimits.DEFAULT_MAX_CHARS);
	}

	@Bean
	RequestTimeoutInstrumentation requestTimeout(ApiLimits limits) {
		return new RequestTimeoutInstrumentation(limits.requestTimeout());
	}

	/** yyyy-MM-dd both ways; anything else is a clear error. */
	static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Expected a LocalDate but was " + value.getClass().getSimpleName());
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return LocalDate.parse(String.valueOf(input));
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException("Date must be yyyy-MM-dd, was '" + input + "'");
			}
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			LocalDate date = (input instanceof LocalDate value) ? value : parseValue(input, context, locale);
			return StringValue.newStringValue(date.toString()).build();
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (!(input instanceof StringValue string)) {
				throw new CoercingParseLiteralException("Date must be a string yyyy-MM-dd");
			}
			try {
				return LocalDate.parse(string.getValue());
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseLiteralException("Date must be yyyy-MM-dd, was '" + string.getValue() + "'");
			}
		}

	}

}
