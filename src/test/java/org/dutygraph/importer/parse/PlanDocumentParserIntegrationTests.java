package org.dutygraph.importer.parse;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples that need the deadline and annex-table readers, which are written in parallel. */
class PlanDocumentParserIntegrationTests {

	static Stream<Map<String, Object>> examples() {
		return SeedCorpus.jsonLines("/examples/expected-tasks.jsonl").stream();
	}

	static Stream<Map<String, Object>> annexExamples() {
		return examples().filter(ExampleTasksTests::isAnnexRow);
	}

	@ParameterizedTest(name = "{index}: {0}")
	@MethodSource("annexExamples")
	void annexRowMatchesTheHumanExtraction(Map<String, Object> example) {
		ParsedTask row = ExampleTasksTests.taskAt(example);
		assertThat(row.path()).isEqualTo(example.get("path"));
		assertThat(row.text()).startsWith((String) example.get("text_start"));
		List<String> units = row.units()
			.stream()
			.map(u -> u.asWritten() + (u.qualifier() == null ? "" : u.qualifier()))
			.toList();
		assertThat(units).isEqualTo(example.get("units_raw"));
	}

	@ParameterizedTest(name = "{index}: {0}")
	@MethodSource("examples")
	void deadlinesMatchTheHumanExtraction(Map<String, Object> example) {
		ParsedTask task = ExampleTasksTests.taskAt(example);
		List<String> expected = ((List<?>) example.get("deadlines")).stream()
			.map(d -> ((Map<?, ?>) d).get("raw") + "=" + ((Map<?, ?>) d).get("date"))
			.toList();
		List<String> actual = task.deadlines().stream().map(d -> d.raw() + "=" + Objects.toString(d.date())).toList();
		assertThat(actual).isEqualTo(expected);
	}

}
