package org.dutygraph.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.EchoingWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost model over the service's real schema: the default budget admits every query the README
 * shows and every query document the tests send, at the largest page sizes the API allows, and it
 * refuses the two requests that kept the service busy for seconds.
 */
class QueryCostTests {

	/** The default of {@code dutygraph.api.max-query-cost}. */
	private static final int BUDGET = 20_000;

	private static final GraphQLSchema SCHEMA = schema();

	private static final String TASK = "001_bc15039033e882c0:WATER:三/(三)/8";

	@Test
	void everyReadmeExampleIsWithinTheBudget() throws IOException {
		List<String> examples = readmeExamples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
		for (String example : examples) {
			assertThat(cost(example, Map.of())).as(example).isLessThanOrEqualTo(BUDGET);
		}
	}

	@Test
	void everyTestDocumentIsWithinTheBudgetAtTheLargestPageSizes() throws IOException {
		List<Path> paths;
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
			paths = files.sorted().toList();
		}
		List<String> fragments = new ArrayList<>();
		for (Path file : paths) {
			String text = Files.readString(file);
			if (text.startsWith("fragment")) {
				fragments.add(text);
			}
		}
		for (Path file : paths) {
			String document = Files.readString(file);
			if (document.startsWith("mutation") || document.startsWith("fragment")) {
				continue; // mutations need their inputs and are plain fields; fragments count where used
			}
			for (String fragment : fragments) {
				String name = fragment.split("\\s+")[1];
				if (document.contains("..." + name)) {
					document = document + "\n" + fragment;
				}
			}
			assertThat(cost(document, largest(Parser.parse(document)))).as(file.toString())
				.isLessThanOrEqualTo(BUDGET);
		}
	}

	@Test
	void aThousandAliasedDelayImpactsAreOverTheBudget() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 1000; i++) {
			query.append(" d").append(i).append(": delayImpact(taskId: \"").append(TASK)
				.append("\", delayDays: 1) { projectedDate }");
		}
		assertThat(cost(query.append(" }").toString(), Map.of())).isEqualTo(1000 * (QueryCost.SNAPSHOT + 1));
	}

	@Test
	void pageSizesMultiplyThroughNesting() {
		long one = cost("{ agencies(first: 1) { edges { node { tasks(first: 1) { edges { node { id } } } } } } }",
				Map.of());
		long big = cost("{ agencies(first: 500) { edges { node { tasks(first: 500) { edges { node { id } } } } } } }",
				Map.of());
		assertThat(one).isEqualTo(7);
		assertThat(big).isEqualTo(1 + 1 + 500 * (1 + 1 + 1 + 500 * 2));
		assertThat(big).isGreaterThan(BUDGET);
	}

	@Test
	void aTotalCountAloneIsNotMultipliedByThePageSize() {
		assertThat(cost("{ tasks(first: 500) { totalCount } }", Map.of())).isEqualTo(2);
	}

	@Test
	void theDefaultPageSizeCountsWhenFirstIsNotGiven() {
		assertThat(cost("{ tasks { edges { node { id } } } }", Map.of())).isEqualTo(1 + 1 + 50 * 2);
	}

	@Test
	void variablesAreCountedAsTheirValues() {
		String query = "query q($n: Int) { tasks(first: $n) { edges { node { id } } } }";
		assertThat(cost(query, Map.of("n", 400))).isEqualTo(1 + 1 + 400 * 2);
	}

	@Test
	void aNeighbourhoodCostsItsDepthTimesItsNodeCap() {
		assertThat(cost("{ neighbourhood(id: \"x\", depth: 4, first: 2000) { truncated } }", Map.of()))
			.isEqualTo(10 + 4 * 2000 / 2 + 1);
		assertThat(cost("{ neighbourhood(id: \"x\") { truncated } }", Map.of())).isEqualTo(10 + 200 / 2 + 1);
	}

	@Test
	void fragmentSpreadsAndInlineFragmentsCountAsTheFieldsTheyStandFor() {
		String inline = "{ a: delayImpact(taskId: \"x\", delayDays: 1) { projectedDate } "
				+ "b: delayImpact(taskId: \"y\", delayDays: 1) { projectedDate } }";
		String spread = "query { ...two } fragment two on Query { a: delayImpact(taskId: \"x\", delayDays: 1) "
				+ "{ ...date } b: delayImpact(taskId: \"y\", delayDays: 1) { ... on DelayImpact { projectedDate } } } "
				+ "fragment date on DelayImpact { projectedDate }";
		assertThat(cost(spread, Map.of())).isEqualTo(cost(inline, Map.of())).isEqualTo(2 * (QueryCost.SNAPSHOT + 1));
	}

	@Test
	void aFragmentUsedManyTimesCountsEachTime() {
		StringBuilder query = new StringBuilder("query { ...many } fragment many on Query {");
		for (int i = 0; i < 100; i++) {
			query.append(" d").append(i).append(": delayImpact(taskId: \"x\", delayDays: 1) { ...date }");
		}
		query.append(" } fragment date on DelayImpact { projectedDate missesDeadline }");
		assertThat(cost(query.toString(), Map.of())).isEqualTo(100 * (QueryCost.SNAPSHOT + 2));
	}

	@Test
	void argumentsBeyondTheLimitsCountAtTheLimitSoTheirOwnCheckAnswers() {
		assertThat(cost("{ neighbourhood(id: \"x\", depth: 9, first: 100000) { truncated } }", Map.of()))
			.isEqualTo(10 + 4 * 2000 / 2 + 1);
		assertThat(cost("{ tasks(first: 100000) { edges { node { id } } } }", Map.of())).isEqualTo(1 + 1 + 500 * 2);
	}

	@Test
	void aHugeProductSaturatesInsteadOfOverflowing() {
		String query = "{ agencies(first: 500) { edges { node { tasks(first: 500) { edges { node { "
				+ "dependsOn { id } } } } } } } }";
		StringBuilder many = new StringBuilder("{");
		for (int i = 0; i < 300; i++) {
			many.append(" a").append(i).append(":").append(query, 1, query.length() - 1);
		}
		assertThat(cost(many.append(" }").toString(), Map.of())).isPositive().isGreaterThan(BUDGET);
	}

	static long cost(String query, Map<String, Object> variables) {
		Document document = Parser.parse(query);
		return new QueryCost(500, 4, 2000).of(ExecutableNormalizedOperationFactory
			.createExecutableNormalizedOperationWithRawVariables(SCHEMA, document, null, RawVariables.of(variables)));
	}

	/** Every variable at the largest value the API accepts: page sizes 500, depth 4. */
	private static Map<String, Object> largest(Document document) {
		Map<String, Object> values = new java.util.HashMap<>();
		for (var operation : document.getDefinitionsOfType(graphql.language.OperationDefinition.class)) {
			for (var variable : operation.getVariableDefinitions()) {
				String type = graphql.schema.idl.TypeUtil.unwrapAll(variable.getType()).getName();
				Object value = switch (type) {
					case "Int" -> variable.getName().equals("depth") ? 4 : 500;
					case "ID", "String" -> TASK;
					case "Date" -> "2022-10-31";
					case "Boolean" -> true;
					default -> null;
				};
				if (value != null && !graphql.schema.idl.TypeUtil.isList(variable.getType())) {
					values.put(variable.getName(), value);
				}
			}
		}
		return values;
	}

	private static List<String> readmeExamples() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher blocks = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		List<String> examples = new ArrayList<>();
		while (blocks.find()) {
			Matcher operations = Pattern.compile("(?m)^\\{.*?(?=^#|\\z)", Pattern.DOTALL).matcher(blocks.group(1));
			while (operations.find()) {
				examples.add(operations.group().strip());
			}
		}
		return examples;
	}

	static GraphQLSchema schema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		GraphQLScalarType date = GraphQLScalarType.newScalar()
			.name("Date")
			.coercing(new GraphQlConfiguration.DateCoercing())
			.build();
		return new SchemaGenerator().makeExecutableSchema(registry,
				RuntimeWiring.newRuntimeWiring().wiringFactory(new EchoingWiringFactory()).scalar(date).build());
	}

}
