package org.dutygraph.importer.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFinderTests {

	private static final List<SectionRef> QINSHUI_SECTIONS = List.of(
			new SectionRef("001/张峰水库出口", "张峰水库出口", "沁水县", "沁河", "国考"),
			new SectionRef("001/尉迟", "尉迟", "沁水县", null, "省考"), new SectionRef("001/郑庄", "郑庄", "沁水县", null, "市考"));

	private static final List<SectionRef> YANGCHENG_SECTIONS = List.of(
			new SectionRef("002/润城", "润城断面", "阳城县", "沁河", "国考"),
			new SectionRef("002/九女湖", "九女湖断面", "阳城县", "沁河", "市考"),
			new SectionRef("002/铁路桥", "铁路桥断面", "阳城县", "芦苇河", "市考"));

	private static final List<SectionRef> GAOPING_SECTIONS = List.of(new SectionRef("000/赵庄", "赵庄", "高平市", null, "国考"),
			new SectionRef("000/牛村", "牛村", "高平市", null, "国考"),
			new SectionRef("000/高平河西", "高平河西", "高平市", null, "市考"));

	private static final List<ProjectRef> QINSHUI_PROJECTS = List.of(new ProjectRef("附件2/1", "沁水县第二生活污水处理厂建设"),
			new ProjectRef("附件2/3", "沁水县端氏镇生活污水处理厂建设主体工程"),
			new ProjectRef("附件2/6", "中村镇生活污水处理站安装在线监测设备并联网上传数据"),
			new ProjectRef("附件2/8", "嘉峰镇污水处理厂提标改造及扩容工程"), new ProjectRef("附件2/10", "郑村镇生活污水主管网工程建设"),
			new ProjectRef("附件2/11", "嘉峰镇生活污水主管网水毁修复工程"));

	private final MentionFinder finder = new MentionFinder(Fixtures.data());

	@Test
	void qinshuiWaterTaskEightNamesTheSectionTheTwoTownsAndTheirProjects() {
		String text = "10 月底前完成尉迟断面郑村镇生活污水主管网工程建设，12 月底前完成尉迟断面嘉峰镇生活污水主管网水毁修复工程。";
		List<Mention> mentions = finder.find(text, "沁水县", QINSHUI_SECTIONS, QINSHUI_PROJECTS);
		assertThat(mentions).extracting(Mention::kind, Mention::key, Mention::matched)
			.containsExactlyInAnyOrder(tuple("SECTION", "001/尉迟", "尉迟断面"),
					tuple("TOWNSHIP", "140521105000", "郑村镇"), tuple("TOWNSHIP", "140521104000", "嘉峰镇"),
					tuple("PROJECT", "附件2/10", "郑村镇生活污水主管网工程建设"),
					tuple("PROJECT", "附件2/11", "嘉峰镇生活污水主管网水毁修复工程"));
	}

	@Test
	void aSectionNamedAfterATownIsNotTheTown() {
		List<Mention> mentions = finder.find("确保润城断面水质稳定达标", "阳城县", YANGCHENG_SECTIONS, List.of());
		assertThat(mentions).extracting(Mention::kind, Mention::key).containsExactly(tuple("SECTION", "002/润城"));
	}

	@Test
	void theTownItselfIsATownship() {
		List<Mention> mentions = finder.find("在北留镇、润城镇、町店镇污水处理厂进水溢流口设立闸阀", "阳城县", YANGCHENG_SECTIONS, List.of());
		assertThat(mentions).extracting(Mention::key).containsExactly("140522101000", "140522102000", "140522103000");
	}

	@Test
	void levelPhrasesPointAtAllSectionsOfThatLevelInTheCounty() {
		String text = "2021年5月起润城国考监测断面纳入生态补偿考核。2021年5月底前要对我县1个国考、2个市考断面逐一进行测算、论证";
		List<Mention> mentions = finder.find(text, "阳城县", YANGCHENG_SECTIONS, List.of());
		assertThat(mentions).extracting(Mention::key, Mention::matched)
			.containsExactly(tuple("002/润城", "润城国考监测断面"), tuple("002/九女湖", "国考、2个市考断面"),
					tuple("002/铁路桥", "国考、2个市考断面"));
	}

	@Test
	void nationalSectionsOfGaopingAreFoundByTheirLevelAndTheOneSectionOnePlanPhraseCoversAll() {
		String text = "2021年5月起2个国考监测断面全部纳入生态补偿考核";
		assertThat(finder.find(text, "高平市", GAOPING_SECTIONS, List.of())).extracting(Mention::key)
			.containsExactly("000/赵庄", "000/牛村");
		assertThat(finder.find("制定“一断面一方案”", "高平市", GAOPING_SECTIONS, List.of())).hasSize(3);
	}

	@Test
	void aCityPrefixBeforeACountIsNotALevel() {
		String text = "2020年全市9个国控和省控断面中有7个断面达到Ⅲ类";
		assertThat(finder.find(text, "沁水县", QINSHUI_SECTIONS, List.of())).extracting(Mention::key)
			.containsExactly("001/张峰水库出口", "001/尉迟");
	}

	@Test
	void aShortSectionNameAloneIsNotASection() {
		assertThat(finder.find("晋煤东大郑庄专用铁路", "沁水县", QINSHUI_SECTIONS, List.of())).extracting(Mention::kind)
			.doesNotContain("SECTION");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"陵川县晋易通钙业有限公司 2 台工业炉窑提升整治，陵川县顺达公路建材有限公司 1 个排口安装在线监控; 陵川县晋易通钙业有限公司|陵川县顺达公路建材有限公司",
			"土壤重点监管单位(重点是兰花阳化)在拆除设施前; 兰花阳化",
			"完成高平市维高水泥制造有限公司、陵川金隅水泥有限公司等全市水泥行业超低排放改造; 高平市维高水泥制造有限公司|陵川金隅冀东环保科技有限公司",
			"推进陵川县鑫源冶炼非甲烷总烃在线监测站联网; 陵川鑫源冶炼有限公司" })
	void enterprisesAreFoundByNameOrCuratedAlias(String text, String keys) {
		assertThat(finder.find(text, "晋城市", List.of(), List.of())).filteredOn(m -> m.kind().equals("ENTERPRISE"))
			.extracting(Mention::key)
			.containsExactly(keys.split("\\|"));
	}

	@Test
	void theCityPlanFindsTownsOfEveryCountyIncludingShortForms() {
		String text = "加快推进城区钟家庄，泽州县周村、李寨、大箕、南岭、犁川，高平市寺庄、北诗、石末、陈区，沁水县中村等建制镇污水处理厂建成投运";
		assertThat(finder.find(text, "晋城市", List.of(), List.of())).extracting(Mention::matched)
			.containsExactly("钟家庄", "周村", "大箕", "南岭", "犁川", "寺庄", "北诗", "石末", "陈区");
	}

	@Test
	void aVillageInsideACityIsNotATown() {
		assertThat(finder.find("推进城中村改造", "沁水县", List.of(), List.of())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "10月底前完成嘉峰污水处理厂提标改造，确保稳定达标排放。; 附件2/8",
			"8 月底前完成中村镇污水处理厂在线监测设备安装并联网上传数据。; 附件2/6",
			"10 月底，投运沁水县第二生活污水处理厂，年底前开工建设端氏镇生活污水处理厂; 附件2/1|附件2/3" })
	void aProjectWordedDifferentlyIsFoundByFuzzyMatch(String text, String keys) {
		assertThat(finder.find(text, "沁水县", List.of(), QINSHUI_PROJECTS)).filteredOn(m -> m.kind().equals("PROJECT"))
			.extracting(Mention::key)
			.containsExactly(keys.split("\\|"));
	}

	@Test
	void anUnrelatedTaskMatchesNoProject() {
		String text = "全面实施城镇污水排入排水管网许可制度，依法核发排水许可证。";
		assertThat(finder.find(text, "沁水县", List.of(), QINSHUI_PROJECTS)).isEmpty();
	}

}
