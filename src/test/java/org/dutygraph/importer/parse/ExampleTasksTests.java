package org.dutygraph.importer.parse;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-extracted examples (examples/expected-tasks.jsonl) that come from plan bodies. Annex-row
 * examples and deadlines wait for the table and date readers: see
 * {@link PlanDocumentParserIntegrationTests}.
 */
class ExampleTasksTests {

	static Stream<Map<String, Object>> bodyExamples() {
		return SeedCorpus.jsonLines("/examples/expected-tasks.jsonl").stream().filter(e -> !isAnnexRow(e));
	}

	static boolean isAnnexRow(Map<String, Object> example) {
		List<?> path = (List<?>) example.get("path");
		return path.stream().anyMatch(p -> ((String) p).startsWith("附件") || ((String) p).startsWith("表"));
	}

	@ParameterizedTest(name = "{index}: {0}")
	@MethodSource("bodyExamples")
	void bodyTaskMatchesTheHumanExtraction(Map<String, Object> example) {
		ParsedTask task = taskAt(example);
		assertThat(task.path()).isEqualTo(example.get("path"));
		assertThat(task.title()).isEqualTo(example.get("title"));
		assertThat(task.text()).startsWith((String) example.get("text_start"));
		assertThat(task.units().stream().map(UnitMention::asWritten).toList()).isEqualTo(example.get("units_raw"));
		String lead = task.units().isEmpty() ? null : task.units().get(0).asWritten();
		assertThat(lead).isEqualTo(example.get("lead"));
	}

	static ParsedTask taskAt(Map<String, Object> example) {
		String prefix = ((String) example.get("doc")).substring(0, 3);
		int line = ((Number) example.get("line")).intValue();
		return SeedCorpus.tasks(SeedCorpus.parsed(prefix)).filter(t -> t.line() == line).findFirst().orElseThrow();
	}

}
