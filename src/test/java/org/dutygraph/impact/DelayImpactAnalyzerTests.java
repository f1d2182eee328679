package org.dutygraph.impact;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dutygraph.impact.DelayImpactAnalyzer.ImpactedTask;
import org.dutygraph.impact.DelayImpactAnalyzer.Result;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class DelayImpactAnalyzerTests {

	private final DelayImpactAnalyzer analyzer = new DelayImpactAnalyzer();

	/** survey (05-31) ← remedy (09-30) ← report (10-31): 001 air 20 → 21 and a report on top. */
	private static Snapshot chain() {
		return snapshot(Map.of("survey", node("survey", "2022-05-31", null), "remedy", node("remedy", "2022-09-30", null),
				"report", node("report", "2022-10-31", null)), edge("remedy", "survey"), edge("report", "remedy"));
	}

	/** a ← b, a ← c, b ← d, c ← d: d is reached twice but reported once. */
	private static Snapshot diamond() {
		return snapshot(Map.of("a", node("a", "2021-04-30", null), "b", node("b", "2021-05-31", null), "c",
				node("c", "2021-08-31", null), "d", node("d", "2021-09-30", null)), edge("b", "a"), edge("c", "a"),
				edge("d", "b"), edge("d", "c"));
	}

	@Nested
	class Chain {

		@ParameterizedTest(name = "{0} days")
		@CsvSource(delimiterString = "|", textBlock = """
				0   | 2022-05-31 | 2022-09-30 | false | 2022-10-31 | false
				60  | 2022-07-30 | 2022-09-30 | false | 2022-10-31 | false
				130 | 2022-10-08 | 2022-10-08 | true  | 2022-10-31 | false
				170 | 2022-11-17 | 2022-11-17 | true  | 2022-11-17 | true
				""")
		void delayPropagatesOnlyBeyondTheSlackOfEachDependent(int days, LocalDate survey, LocalDate remedy,
				boolean remedyMisses, LocalDate report, boolean reportMisses) {
			Result result = analyzer.analyze(chain(), "survey", days);

			assertThat(result.projectedDate()).isEqualTo(survey);
			assertThat(result.affected())
				.extracting(ImpactedTask::taskId, ImpactedTask::projectedDate, ImpactedTask::missesDeadline)
				.containsExactly(tuple("remedy", remedy, remedyMisses), tuple("report", report, reportMisses));
		}

		@Test
		void viaRunsFromTheDelayedTaskToTheAffectedOne() {
			Result result = analyzer.analyze(chain(), "survey", 1);

			assertThat(result.affected()).extracting(ImpactedTask::via)
				.containsExactly(List.of("survey", "remedy"), List.of("survey", "remedy", "report"));
		}

		@Test
		void delayedTaskItselfMissesWhenPushedPastItsDeadline() {
			assertThat(analyzer.analyze(chain(), "survey", 1).missesDeadline()).isTrue();
			assertThat(analyzer.analyze(chain(), "report", 0).missesDeadline()).isFalse();
		}

		@Test
		void lastTaskAffectsNothing() {
			assertThat(analyzer.analyze(chain(), "report", 30).affected()).isEmpty();
		}

	}

	@Test
	void diamondReportsEachTaskOnceWithAShortestPath() {
		Result result = analyzer.analyze(diamond(), "a", 100);

		assertThat(result.affected()).extracting(ImpactedTask::taskId, ImpactedTask::via)
			.containsExactly(tuple("b", List.of("a", "b")), tuple("c", List.of("a", "c")),
					tuple("d", List.of("a", "b", "d")));
		assertThat(result.affected()).extracting(ImpactedTask::projectedDate)
			.containsExactly(LocalDate.parse("2021-08-08"), LocalDate.parse("2021-08-31"),
					LocalDate.parse("2021-09-30"));
	}

	@Test
	void dependentTakesTheLatestOfAllAffectedPrerequisites() {
		Result result = analyzer.analyze(diamond(), "a", 160);

		assertThat(result.affected()).filteredOn((t) -> t.taskId().equals("d"))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.projectedDate()).isEqualTo("2021-10-07");
				assertThat(d.missesDeadline()).isTrue();
			});
	}

	@Test
	void cycleIsReportedOnceAndNeverLooped() {
		Snapshot snapshot = snapshot(Map.of("x", node("x", "2021-03-31", null), "y", node("y", "2021-06-30", null),
				"z", node("z", "2021-06-30", null), "w", node("w", "2021-12-31", null)), edge("y", "x"),
				edge("z", "y"), edge("y", "z"), edge("w", "z"));

		Result result = analyzer.analyze(snapshot, "x", 120);

		assertThat(result.cycles()).containsExactly(List.of("y", "z"));
		assertThat(result.affected()).extracting(ImpactedTask::taskId, ImpactedTask::projectedDate)
			.containsExactly(tuple("y", LocalDate.parse("2021-07-29")), tuple("z", LocalDate.parse("2021-07-29")),
					tuple("w", LocalDate.parse("2021-12-31")));
	}

	@Test
	void taskDependingOnItselfIsACycle() {
		Snapshot snapshot = snapshot(Map.of("x", node("x", "2021-03-31", null)), edge("x", "x"));

		Result result = analyzer.analyze(snapshot, "x", 5);

		assertThat(result.cycles()).containsExactly(List.of("x"));
		assertThat(result.affected()).isEmpty();
	}

	@Test
	void zeroDelayMakesNothingMissEvenWhenADependentIsAlreadyLate() {
		Snapshot snapshot = snapshot(Map.of("p", node("p", "2021-06-30", "2021-11-30"), "q", node("q", "2021-09-30", null)),
				edge("q", "p"));

		Result result = analyzer.analyze(snapshot, "p", 0);

		assertThat(result.missesDeadline()).isFalse();
		assertThat(result.affected()).singleElement().satisfies((q) -> {
			assertThat(q.projectedDate()).isEqualTo("2021-11-30");
			assertThat(q.missesDeadline()).isFalse();
		});
	}

	@Test
	void recordedExpectedDateIsWhereTheDelayStarts() {
		Snapshot snapshot = snapshot(Map.of("p", node("p", "2021-06-30", "2021-07-31")), new Edge[0]);

		Result result = analyzer.analyze(snapshot, "p", 10);

		assertThat(result.projectedDate()).isEqualTo("2021-08-10");
	}

	@Test
	void tasksWithoutDatesAreAffectedButNeverMiss() {
		Snapshot snapshot = snapshot(Map.of("p", node("p", null, null), "q", node("q", "2021-01-31", null)),
				edge("q", "p"), edge("r", "q"));

		Result result = analyzer.analyze(snapshot, "p", 30);

		assertThat(result.projectedDate()).isNull();
		assertThat(result.affected()).extracting(ImpactedTask::taskId, ImpactedTask::projectedDate,
				ImpactedTask::missesDeadline)
			.containsExactly(tuple("q", LocalDate.parse("2021-01-31"), false),
					tuple("r", LocalDate.parse("2021-01-31"), false));
	}

	@Test
	void negativeDelayIsRejectedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> analyzer.analyze(chain(), "survey", -3))
			.withMessage("delayDays must be zero or more, was -3");
	}

	@Test
	void unknownTaskIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> analyzer.analyze(chain(), "nope", 3))
			.withMessage("unknown task: nope");
	}

	@Test
	void upstreamListsWhatBlocksATask() {
		var upstream = analyzer.upstream(diamond(), "d");

		assertThat(upstream.blockers()).extracting(DelayImpactAnalyzer.Blocker::taskId,
				DelayImpactAnalyzer.Blocker::via)
			.containsExactly(tuple("b", List.of("d", "b")), tuple("c", List.of("d", "c")),
					tuple("a", List.of("d", "b", "a")));
		assertThat(upstream.cycles()).isEmpty();
	}

	private static TaskNode node(String id, String due, String expected) {
		return new TaskNode(id, (due != null) ? LocalDate.parse(due) : null,
				(expected != null) ? LocalDate.parse(expected) : null);
	}

	private static Edge edge(String dependent, String prerequisite) {
		return new Edge(dependent, prerequisite, "DEPENDS_ON");
	}

	private static Snapshot snapshot(Map<String, TaskNode> tasks, Edge... edges) {
		return new Snapshot(new LinkedHashMap<>(tasks), Arrays.asList(edges));
	}

}
