package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task ids over the whole seed corpus: numbering restarts in each (一) of two water plans, ledger rows
 * are 附件N/序号, continuations carry #2, so only the full path keeps ids apart.
 */
class TaskIdentityTests {

	static Stream<ParsedPlan> plans() {
		return Stream.of("000", "001", "002", "003", "004").flatMap(doc -> SeedCorpus.parsed(doc).plans().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void everyTaskHasALocalIdUniqueInItsPlanAndANonEmptyPath(ParsedPlan plan) {
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		for (ParsedTask task : plan.tasks()) {
			assertThat(task.localId()).isNotBlank();
			assertThat(task.path()).as(task.localId()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
			if (!seen.add(task.localId())) {
				duplicates.add(task.localId() + " L" + task.line());
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void taskAndProjectIdsDoNotCollideInThePlan(ParsedPlan plan) {
		Set<String> taskIds = new HashSet<>(plan.tasks().stream().map(ParsedTask::localId).toList());
		assertThat(plan.projects()).extracting(ParsedProject::localId)
			.doesNotContainAnyElementsOf(taskIds)
			.doesNotHaveDuplicates();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "000, WATER", "002, WATER" })
	void restartedNumbersStayApartThroughTheirSection(String doc, String key) {
		List<ParsedTask> ones = SeedCorpus.plan(doc, key)
			.tasks()
			.stream()
			.filter(t -> t.kind() == TaskKind.NUMBERED && "1".equals(t.number()))
			.toList();
		assertThat(ones).hasSize(5).extracting(ParsedTask::localId).doesNotHaveDuplicates();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "CONTINUATION, #", "TABLE_ROW, /" })
	void continuationsAndTableRowsAreInTheCorpusWithTheirIdShape(TaskKind kind, String mark) {
		List<ParsedTask> tasks = plans().flatMap(p -> p.tasks().stream()).filter(t -> t.kind() == kind).toList();
		assertThat(tasks).isNotEmpty().allSatisfy(t -> assertThat(t.localId()).contains(mark));
	}

}
