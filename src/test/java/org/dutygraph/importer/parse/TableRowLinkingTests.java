package org.dutygraph.importer.parse;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annex ledger rows (任务清单 / 台账) linked to the real body tasks of the seed plans. The pairs were
 * checked by hand against the raw text (seed-domain §3: a compound body task splits into several rows).
 */
class TableRowLinkingTests {

	@ParameterizedTest(name = "{0} {1} row {2} details {3}")
	@CsvSource({ "000, AIR, 附件2/8, 三/(三)/7", "000, AIR, 附件2/9, 三/(三)/7", "000, AIR, 附件2/16, 三/(四)/12",
			"000, AIR, 附件2/17, 三/(四)/12", "001, AIR, 附件/2, 三/(一)/4", "001, AIR, 附件/16, 三/(五)/19",
			"001, AIR, 附件/23, 三/(七)/23", "002, AIR, 附件/1, 三/(一)/1", "003, AIR, 附件2/4, 三/(一)/3",
			"003, AIR, 附件2/9, 三/(二)/8", "003, AIR, 附件2/11, 三/(二)/8", "003, AIR, 附件2/14, 三/(三)/9" })
	void ledgerRowDetailsTheBodyTaskItWasCheckedAgainst(String doc, String plan, String row, String task) {
		List<ParsedTask> tasks = SeedCorpus.plan(doc, plan).tasks();
		ParsedTask linked = byId(tasks, row);
		assertThat(linked.kind()).isEqualTo(TaskKind.TABLE_ROW);
		assertThat(linked.detailsTaskLocalId()).isEqualTo(task);
		assertThat(byId(tasks, task).kind()).isEqualTo(TaskKind.NUMBERED);
	}

	@Test
	void atLeast95PercentOfThe135LedgerRowsAreLinkedToABodyTask() {
		List<ParsedTask> rows = ledgerRows();
		long linked = rows.stream().filter(r -> r.detailsTaskLocalId() != null).count();
		System.out.printf("ledger rows linked to a body task: %d of %d (%.1f%%)%n", linked, rows.size(),
				100.0 * linked / rows.size());
		assertThat(rows).hasSize(135);
		assertThat((double) linked / rows.size()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void everyLinkPointsAtABodyTaskOfTheSamePlan() {
		for (String doc : List.of("000", "001", "002", "003")) {
			for (ParsedPlan plan : SeedCorpus.parsed(doc).plans()) {
				Set<String> body = plan.tasks()
					.stream()
					.filter(t -> t.kind() != TaskKind.TABLE_ROW)
					.map(ParsedTask::localId)
					.collect(Collectors.toSet());
				assertThat(plan.tasks()).filteredOn(t -> t.detailsTaskLocalId() != null)
					.allSatisfy(r -> assertThat(body).contains(r.detailsTaskLocalId()));
			}
		}
	}

	@Test
	void ledgersCoverTheBodyTasksTheDocumentsCover() {
		// seed-domain §1.2 and §1.4: 沁水 covers 21 of 28 air tasks, 陵川 15 of 17
		assertThat(detailedTasks("001", "AIR")).hasSize(21).doesNotContain("三/(一)/2", "三/(一)/3", "三/(二)/6");
		assertThat(detailedTasks("003", "AIR")).hasSize(15).doesNotContain("三/(二)/6", "三/(五)/17");
	}

	@Test
	void bodyTaskKeepsTheDeadlineOfItsOwnTextWhenItsLedgerRowSaysOtherwise() {
		List<ParsedTask> tasks = SeedCorpus.plan("003", "AIR").tasks();
		assertThat(byId(tasks, "三/(三)/9").deadlines()).extracting(DeadlineExpr::raw, DeadlineExpr::kind)
			.containsExactly(Tuple.tuple("2023年7月1日起", DeadlineKind.FROM_DATE));
		assertThat(byId(tasks, "附件2/14").deadlines()).extracting(DeadlineExpr::raw, DeadlineExpr::kind)
			.containsExactly(Tuple.tuple("2023 年 7 月 1 日前", DeadlineKind.BY_DATE));
	}

	private static List<ParsedTask> ledgerRows() {
		return List.of("000", "001", "002", "003")
			.stream()
			.flatMap(doc -> SeedCorpus.tasks(SeedCorpus.parsed(doc)))
			.filter(t -> t.kind() == TaskKind.TABLE_ROW && t.path().get(0).startsWith("附件"))
			.toList();
	}

	private static Set<String> detailedTasks(String doc, String plan) {
		return SeedCorpus.plan(doc, plan)
			.tasks()
			.stream()
			.map(ParsedTask::detailsTaskLocalId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	private static ParsedTask byId(List<ParsedTask> tasks, String localId) {
		return tasks.stream().filter(t -> t.localId().equals(localId)).findFirst().orElseThrow();
	}

}
