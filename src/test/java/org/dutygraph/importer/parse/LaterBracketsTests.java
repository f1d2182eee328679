package org.dutygraph.importer.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes that reach past their own bracket: 排在前位为牵头部门，下同 (肥城市土壤污染防治工作方案, 肥政发〔2017〕17号:
 * the front group leads in every later bracket too), a standing list (以下均需各镇街区落实，不再列出), and a
 * bracket that says only 同上 (the units of the task above).
 */
class LaterBracketsTests {

	private static final String FEICHENG = """
			二、主要任务
			（一）开展土壤污染调查，掌握土壤环境质量状况。
			1.深入开展土壤环境质量调查。2018年10月底前查明农用地土壤污染面积、分布及其对农产品质量的影响。（责任单位：市环保局、市国土资源局，市财政局、市农业局、市卫生计生局，各镇街区。以下均需各镇街区落实，不再列出。排在前位为牵头部门，下同。）
			2.建立健全土壤环境质量监测网络。2017年年底前，完成土壤环境质量国控和省控监测点位设置。（责任单位：市环保局、市农业局，市国土资源局）
			3.提升土壤环境信息化管理水平。（同上）
			""";

	@Test
	void aFrontGroupNoteWithXiaTongMakesTheFrontGroupLeadInLaterBrackets() {
		List<ParsedTask> tasks = tasks(FEICHENG);
		assertThat(roles(tasks.get(0))).containsExactly("市环保局=LEAD", "市国土资源局=LEAD", "市财政局=null", "市农业局=null",
				"市卫生计生局=null", "各镇街区=null");
		assertThat(roles(tasks.get(1))).containsExactly("市环保局=LEAD", "市农业局=LEAD", "市国土资源局=null", "各镇街区=TERRITORIAL");
	}

	@Test
	void aBracketSayingTongShangHasTheUnitsOfTheTaskAbove() {
		ParsedTask third = tasks(FEICHENG).get(2);
		assertThat(third.rawBracket()).isEqualTo("（同上）");
		assertThat(roles(third)).containsExactly("市环保局=LEAD", "市农业局=LEAD", "市国土资源局=null", "各镇街区=TERRITORIAL");
		assertThat(third.units()).allSatisfy(u -> assertThat(u.inferred()).isTrue());
	}

	private static List<ParsedTask> tasks(String text) {
		return new PlanDocumentParser().parse("feicheng.txt", text)
			.plans()
			.stream()
			.flatMap(p -> p.tasks().stream())
			.toList();
	}

	private static List<String> roles(ParsedTask task) {
		return task.units().stream().map(u -> u.asWritten() + "=" + u.explicitRole()).toList();
	}

}
