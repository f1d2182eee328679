package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a plan body is cut into tasks: numbering, continuations, safeguards, page seams. */
class TaskSplitterTests {

	private final List<ParseProblem> problems = new ArrayList<>();

	private List<TaskDraft> split(String body) {
		List<SourceLine> lines = new TextNormalizer().normalize(TextNormalizer.splitLines(body));
		List<Paragraph> paragraphs = ParagraphBuilder.forDocument(lines).build(lines, 1, lines.size());
		return new TaskSplitter(this.problems).split(paragraphs).tasks();
	}

	@Test
	void numbersRestartingPerSectionStillGiveUniqueIds() {
		List<TaskDraft> tasks = split("""
				三、重点任务
				(一)全面加强水资源管控
				1.实施生态流量管理。研究制定方案。〔责任单位:市水务局〕
				(二)持续深化水环境治理
				1.加快补齐短板。完成建设。〔责任单位:市住建局〕
				""");
		assertThat(tasks).extracting(t -> t.localId).containsExactly("三/(一)/1", "三/(二)/1");
		assertThat(tasks.get(1).path).containsExactly("三", "(二)", "1");
	}

	@Test
	void unnumberedParagraphWithItsOwnBracketIsAContinuation() {
		List<TaskDraft> tasks = split("""
				(四)严格建设用地土壤污染风险管控
				6. 开展土壤污染状况调查评估。依法开展调查。〔责任单位：市自然资源局〕

				监管拟关闭企业严格落实管理要求。〔责任单位：市工信局〕
				""");
		assertThat(tasks).extracting(t -> t.kind).containsExactly(TaskKind.NUMBERED, TaskKind.CONTINUATION);
		assertThat(tasks.get(1).localId).isEqualTo("(四)/6#2");
		assertThat(tasks.get(1).line).isEqualTo(4);
		assertThat(tasks.get(1).units()).extracting(UnitMention::asWritten).containsExactly("市工信局");
	}

	@Test
	void paragraphsBeforeTheBracketBelongToTheNumberedTask() {
		List<TaskDraft> tasks = split("""
				9.强化污染地块部门联动监管。结合一张图建设，应查询污染地

				块土壤环境管理系统，应征求生态环境部门意见。

				加强城镇人口密集区腾退土地污染风险管控。〔责任单位：县自然资源局〕
				""");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).text()).contains("污染地块土壤环境管理系统").endsWith("腾退土地污染风险管控。");
		assertThat(tasks.get(0).units()).extracting(UnitMention::line).containsExactly(5);
	}

	@Test
	void bracketedItemsUnderSafeguardsAreSafeguardTasksTitledByTheirHeading() {
		List<TaskDraft> tasks = split("""
				五、保障措施
				(一)强化组织领导
				充分发挥委员会作用。〔责任单位:市直各相关部门,各乡(镇、办事处)〕
				(二)严格考核问责
				对国、市考断面水质超标的进行警示提醒。
				""");
		assertThat(tasks).singleElement().satisfies(t -> {
			assertThat(t.kind).isEqualTo(TaskKind.SAFEGUARD);
			assertThat(t.title()).isEqualTo("强化组织领导");
			assertThat(t.localId).isEqualTo("五/(一)");
		});
	}

	@Test
	void pageSeamFragmentAfterAClosedBracketAddsItsNewUnitsWithAWarning() {
		List<TaskDraft> tasks = split("""
				9. 强化污染地块部门联动监管。加强治理修复。〔责任单位：市自然资源局、晋城市生态环境局高平分局〕

				平分局、市工信局]
				""");
		assertThat(tasks.get(0).units()).extracting(UnitMention::asWritten)
			.containsExactly("市自然资源局", "晋城市生态环境局高平分局", "市工信局");
		assertThat(this.problems).singleElement().satisfies(p -> {
			assertThat(p.severity()).isEqualTo("WARNING");
			assertThat(p.line()).isEqualTo(3);
		});
	}

	@Test
	void numbersGluedToAYearAreTaskNumbersButDecimalsAreNot() {
		List<TaskDraft> tasks = split("""
				4.2021年4月起，进一步完善绩效评估工作流程。〔责任单位：晋城市生态环境局高平分局〕
				5.农田灌溉水利用系数提高到
				0.588。〔县水务局〕
				""");
		assertThat(tasks).extracting(t -> t.number).containsExactly("4", "5");
		assertThat(tasks.get(0).text()).startsWith("2021年4月起");
	}

	@Test
	void headingOnlyTaskLineOfAHardWrappedPlanBecomesTheTitle() {
		ParsedTask first = SeedCorpus.plan("001", "SOIL").tasks().get(0);
		assertThat(first.title()).isEqualTo("严格控制涉重金属行业企业污染物排放");
		assertThat(first.text()).startsWith("严格控制涉重金属行业企业污染物排放\n在矿产资源开发活动集中区域");
		assertThat(first.line()).isEqualTo(1278);
		assertThat(first.bracketLine()).isEqualTo(1301);
	}

	@Test
	void longFirstSentenceIsNoTitle() {
		List<TaskDraft> tasks = split("""
				1. 严格落实“三线一单”生态环境管控体系，严守生态保护红线,严格控制高碳、高耗能、高排放项目建设。除技术改造项目外不再布局。〔责任单位:市工信局〕
				""");
		assertThat(tasks.get(0).title()).isNull();
	}

}
