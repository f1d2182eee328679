package org.dutygraph.importer.depend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DependencyRulesTests {

	private static final String GAOPING = "000_7e6f630d02834975.txt";

	private static final String QINSHUI = "001_bc15039033e882c0.txt";

	private static final String LINGCHUAN = "003_4f158027f32d157e.txt";

	private final DependencyRules rules = new DependencyRules();

	@Test
	void resultOfPerformanceEvaluationMakesAirTwoDependOnAirFour() {
		TaskRef air2 = SeedTasks.task(GAOPING, "AIR", "三/(二)/2", "NUMBERED", 42, 42);
		TaskRef air4 = SeedTasks.task(GAOPING, "AIR", "三/(二)/4", "NUMBERED", 48, 48);

		List<Dependency> derived = this.rules.derive(List.of(air2, air4));

		assertThat(derived).singleElement().satisfies((d) -> {
			assertThat(d.dependentId()).isEqualTo("000_7e6f630d02834975:AIR:三/(二)/2");
			assertThat(d.prerequisiteId()).isEqualTo("000_7e6f630d02834975:AIR:三/(二)/4");
			assertThat(d.basis()).isEqualTo(Dependency.RULE);
			assertThat(d.rule()).isEqualTo(Dependency.RESULT_CUE);
			assertThat(d.evidence()).contains("绩效评估结果").doesNotContain("〔责任单位");
			assertThat(d.documentId()).isEqualTo("000_7e6f630d02834975");
			assertThat(d.line()).isEqualTo(42);
		});
	}

	@Test
	void ledgerRowActingOnSurveyResultDependsOnTheSurveyTask() {
		TaskRef air3 = SeedTasks.task(LINGCHUAN, "AIR", "三/(一)/3", "NUMBERED", 45, 45);
		TaskRef row4 = ledgerRow4();

		List<Dependency> derived = this.rules.derive(List.of(air3, row4));

		assertThat(derived).extracting(Dependency::dependentId, Dependency::prerequisiteId, Dependency::rule)
			.containsExactly(tuple(row4.id(), air3.id(), Dependency.RESULT_CUE));
		assertThat(derived.get(0).evidence()).startsWith("根据涉气企业治理设施摸底调查结果");
	}

	@Test
	void tableRowIsNeverTakenAsPrerequisite() {
		TaskRef row4 = ledgerRow4();
		TaskRef surveyRow = new TaskRef("003_4f158027f32d157e:AIR:附件2/3", row4.planId(), row4.documentId(),
				TaskRef.TABLE_ROW, List.of("附件2", "3"), null, "开展全县涉气企业治理设施摸底调查。", 195, List.of());

		assertThat(this.rules.derive(List.of(surveyRow, row4))).isEmpty();
	}

	@Test
	void remedyUntilDoneWaitsForTheBoilerSurvey() {
		TaskRef air20 = SeedTasks.task(QINSHUI, "AIR", "三/(六)/20", "NUMBERED", 322, 326);
		TaskRef air21 = SeedTasks.task(QINSHUI, "AIR", "三/(六)/21", "NUMBERED", 328, 334);

		List<Dependency> derived = this.rules.derive(List.of(air20, air21));

		assertThat(derived).singleElement().satisfies((d) -> {
			assertThat(d.dependentId()).isEqualTo(air21.id());
			assertThat(d.prerequisiteId()).isEqualTo(air20.id());
			assertThat(d.rule()).isEqualTo(Dependency.GATING);
			assertThat(d.evidence()).isEqualTo("对未达标排放的各类锅炉实施限期整改，整改完成前不得投入运行。");
			assertThat(d.line()).isEqualTo(328);
		});
	}

	@Test
	void gateOnTheTasksOwnWorkMakesNoEdge() {
		TaskRef air5 = SeedTasks.task(QINSHUI, "AIR", "三/(二)/5", "NUMBERED", 113, 129);

		assertThat(SeedTasks.text(QINSHUI, 113, 129)).contains("在铁路专用线建设投运前");
		assertThat(this.rules.derive(List.of(air5))).isEmpty();
	}

	@Test
	void reductionTaskDependsOnEveryKeyProjectTaskOfItsPlanButNotItself() {
		TaskRef water26 = SeedTasks.task(QINSHUI, "WATER", "三/(七)/26", "NUMBERED", 1076, 1084);
		TaskRef water8 = new TaskRef("001_bc15039033e882c0:WATER:三/(三)/8", water26.planId(), water26.documentId(),
				"NUMBERED", List.of("三", "(三)", "8"), null, "加快推进污水管网建设。", 903, List.of());
		TaskRef air20 = SeedTasks.task(QINSHUI, "AIR", "三/(六)/20", "NUMBERED", 322, 326);
		List<String> keyProjectTasks = List.of(water8.id(), "001_bc15039033e882c0:WATER:三/(三)/7", water26.id(),
				air20.id(), water8.id());

		List<Dependency> derived = this.rules.derive(List.of(water26, water8, air20), keyProjectTasks);

		assertThat(derived).extracting(Dependency::prerequisiteId)
			.containsExactly("001_bc15039033e882c0:WATER:三/(三)/7", water8.id());
		assertThat(derived).allSatisfy((d) -> {
			assertThat(d.dependentId()).isEqualTo(water26.id());
			assertThat(d.rule()).isEqualTo(Dependency.SAME_PLAN_REDUCTION);
			assertThat(d.evidence()).contains("结合重点工程任务");
		});
	}

	@Test
	void edgesNeverCrossPlans() {
		TaskRef air2 = SeedTasks.task(GAOPING, "AIR", "三/(二)/2", "NUMBERED", 42, 42);
		TaskRef otherPlanAir4 = SeedTasks.task(GAOPING, "WATER", "三/(二)/4", "NUMBERED", 48, 48);

		assertThat(this.rules.derive(List.of(air2, otherPlanAir4))).isEmpty();
	}

	@Test
	void outputDoesNotDependOnInputOrder() {
		List<TaskRef> tasks = new ArrayList<>(SeedTasks.plan(GAOPING, "AIR", 20, 159));
		List<Dependency> expected = this.rules.derive(tasks);
		Collections.shuffle(tasks, new Random(7));

		assertThat(this.rules.derive(tasks)).containsExactlyElementsOf(expected);
	}

	/** 003 air ledger row 4 (L196): the 具体措施 cell of the tab-separated row. */
	private static TaskRef ledgerRow4() {
		String cell = SeedTasks.read(LINGCHUAN).get(195).split("\t")[2];
		return new TaskRef("003_4f158027f32d157e:AIR:附件2/4", "003_4f158027f32d157e:AIR", "003_4f158027f32d157e",
				TaskRef.TABLE_ROW, List.of("附件2", "4"), null, cell, 196, List.of());
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiterString = "|", textBlock = """
			000_7e6f630d02834975.txt | AIR   | 20   | 159  | 三/(二)/2>三/(二)/4 RESULT_CUE; 三/(六)/18>三/(二)/4 RESULT_CUE
			000_7e6f630d02834975.txt | WATER | 226  | 337  |
			000_7e6f630d02834975.txt | SOIL  | 362  | 461  | 二/(三)/4>二/(二)/2 RESULT_CUE
			001_bc15039033e882c0.txt | AIR   | 25   | 493  | 三/(六)/21>三/(六)/20 GATING; 三/(九)/28>三/(一)/2 RESULT_CUE
			001_bc15039033e882c0.txt | WATER | 790  | 1156 |
			001_bc15039033e882c0.txt | SOIL  | 1256 | 1698 | 二/(四)/11>二/(五)/13 GATING
			002_2958428670c87bc9.txt | AIR   | 19   | 157  | 三/(二)/3>三/(二)/5 RESULT_CUE; 三/(六)/19>三/(二)/5 RESULT_CUE
			002_2958428670c87bc9.txt | WATER | 217  | 320  |
			002_2958428670c87bc9.txt | SOIL  | 339  | 446  | 二/(三)/5>二/(二)/2 RESULT_CUE
			003_4f158027f32d157e.txt | AIR   | 19   | 113  |
			003_4f158027f32d157e.txt | WATER | 239  | 305  |
			003_4f158027f32d157e.txt | SOIL  | 324  | 403  | 二/(三)/8>二/(三)/10 GATING
			""")
	void wholeSeedPlansGiveExactlyTheExpectedEdges(String file, String planKey, int from, int to, String expected) {
		boolean titleLines = file.startsWith("001") && planKey.equals("SOIL");
		List<TaskRef> tasks = SeedTasks.plan(file, planKey, from, to, titleLines);
		String prefix = tasks.get(0).planId() + ":";

		List<String> derived = this.rules.derive(tasks)
			.stream()
			.map((d) -> d.dependentId().replace(prefix, "") + ">" + d.prerequisiteId().replace(prefix, "") + " "
					+ d.rule())
			.toList();

		assertThat(String.join("; ", derived)).isEqualTo((expected != null) ? expected : "");
	}

}
