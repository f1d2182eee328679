package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accuracy gate: the parser against golden/seed-tasks.jsonl, one line per bracket-carrying
 * task of the four county documents, reviewed by hand against the raw text. Golden deadlines
 * list the BY_DATE expressions only.
 */
class GoldenCorpusTests {

	private static final List<Map<String, Object>> GOLDEN = SeedCorpus.jsonLines("/golden/seed-tasks.jsonl");

	@ParameterizedTest
	@CsvSource({ "000, 26, 23, 15", "001, 28, 27, 19", "002, 27, 25, 16", "003, 17, 13, 14" })
	void numberedTasksPerPlanMatchTheDocument(String doc, int air, int water, int soil) {
		assertThat(numbered(doc, "AIR")).isEqualTo(air);
		assertThat(numbered(doc, "WATER")).isEqualTo(water);
		assertThat(numbered(doc, "SOIL")).isEqualTo(soil);
	}

	@Test
	void fiveYearPlanHasMeasuresButNoNumberedTasks() {
		ParsedPlan plan = SeedCorpus.plan("004", "ECO_5YR");
		assertThat(plan.tasks()).noneMatch(t -> t.kind() == TaskKind.NUMBERED);
		assertThat(plan.tasks().stream().filter(t -> t.kind() == TaskKind.MEASURE).count()).isBetween(110L, 118L);
	}

	@Test
	void everyBracketTaskOfTheGoldenFileIsFoundAtItsLineWithItsPathAndKind() {
		List<String> missing = new ArrayList<>();
		for (Map<String, Object> golden : GOLDEN) {
			ParsedTask task = parsedAt(golden);
			if (task == null || !task.path().equals(golden.get("path")) || !task.kind().name().equals(golden.get("kind"))) {
				missing.add(golden.get("doc") + " L" + golden.get("line") + " " + golden.get("path"));
			}
		}
		missing.forEach(System.out::println);
		report("source line, path and kind", missing.size());
		assertThat(missing).isEmpty();
		assertThat(bracketTasks()).hasSize(GOLDEN.size());
	}

	@Test
	void firstUnitOfEveryBracketHasOrderZeroInCommaGroupZero() {
		assertThat(bracketTasks()).allSatisfy(t -> {
			assertThat(t.units()).isNotEmpty();
			assertThat(t.units().get(0).order()).isZero();
			assertThat(t.units().get(0).commaGroup()).isZero();
		});
	}

	@Test
	void unitListsMatchTheGoldenFileForAtLeast99Percent() {
		List<String> mismatches = new ArrayList<>();
		for (Map<String, Object> golden : GOLDEN) {
			ParsedTask task = parsedAt(golden);
			List<String> units = task == null ? List.of() : task.units().stream().map(UnitMention::asWritten).toList();
			if (!units.equals(golden.get("units")) || !qualifiers(task).equals(golden.get("qualifiers"))) {
				mismatches.add(golden.get("doc") + " L" + golden.get("line") + ": " + units + " vs " + golden.get("units"));
			}
		}
		mismatches.forEach(System.out::println);
		double share = report("unit lists", mismatches.size());
		assertThat(share).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void byDateDeadlinesMatchTheGoldenFileAsWrittenAndDatedForAtLeast98Percent() {
		assertThat(bracketTasks()).as("the date parser reads deadlines of body tasks").anyMatch(t -> !t.deadlines().isEmpty());
		List<String> mismatches = new ArrayList<>();
		for (Map<String, Object> golden : GOLDEN) {
			ParsedTask task = parsedAt(golden);
			List<String> expected = ((List<?>) golden.get("deadlines")).stream()
				.map(d -> ((Map<?, ?>) d).get("raw") + "=" + ((Map<?, ?>) d).get("date"))
				.toList();
			List<String> actual = task == null ? List.of() : task.deadlines().stream()
				.filter(d -> d.kind() == DeadlineKind.BY_DATE)
				.map(d -> d.raw() + "=" + Objects.toString(d.date()))
				.toList();
			if (!actual.equals(expected)) {
				mismatches.add(golden.get("doc") + " L" + golden.get("line") + ": " + actual + " vs " + expected);
			}
		}
		mismatches.forEach(System.out::println);
		double share = report("BY_DATE deadlines", mismatches.size());
		assertThat(share).isGreaterThanOrEqualTo(0.98);
	}

	/** Prints and returns the share of golden tasks the parser gets right. */
	private static double report(String what, int mismatches) {
		double share = 1.0 - (double) mismatches / GOLDEN.size();
		System.out.printf("golden %s: %d of %d right (%.1f%%)%n", what, GOLDEN.size() - mismatches, GOLDEN.size(),
				100 * share);
		return share;
	}

	private static long numbered(String doc, String key) {
		return SeedCorpus.plan(doc, key).tasks().stream().filter(t -> t.kind() == TaskKind.NUMBERED).count();
	}

	private static List<ParsedTask> bracketTasks() {
		return List.of("000", "001", "002", "003").stream()
			.flatMap(doc -> SeedCorpus.tasks(SeedCorpus.parsed(doc)))
			.filter(t -> t.rawBracket() != null && t.kind() != TaskKind.TABLE_ROW)
			.toList();
	}

	private static ParsedTask parsedAt(Map<String, Object> golden) {
		String prefix = ((String) golden.get("doc")).substring(0, 3);
		int line = ((Number) golden.get("line")).intValue();
		return SeedCorpus.tasks(SeedCorpus.parsed(prefix))
			.filter(t -> t.line() == line && t.kind() != TaskKind.TABLE_ROW)
			.findFirst()
			.orElse(null);
	}

	private static Map<String, String> qualifiers(ParsedTask task) {
		Map<String, String> qualifiers = new java.util.LinkedHashMap<>();
		if (task != null) {
			task.units().stream().filter(u -> u.qualifier() != null).forEach(u -> qualifiers.put(u.asWritten(), u.qualifier()));
		}
		return qualifiers;
	}

}
