package org.dutygraph.importer.parse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bracket forms of seed-domain §2.1–2.3 and §10, wraps already removed. */
class BracketScannerTests {

	private final BracketScanner scanner = new BracketScanner();

	private final UnitListParser units = new UnitListParser();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# text                                                                      | units (order, @comma group)
			任务。〔责任单位:市工信局、市发改局、晋城市生态环境局高平分局〕                | 市工信局;市发改局;晋城市生态环境局高平分局
			任务。〔责任单位:市文旅局、市交通局,各乡(镇、办事处))]                        | 市文旅局;市交通局;各乡(镇、办事处)@1
			任务。〔责责任单位:县住建局、县工信局、县水务局、县农业农村局]                | 县住建局;县工信局;县水务局;县农业农村局
			任务。〔责任单位:市水务局、市城市管理局,寺庄镇、陈区镇、石末乡人民政府〕      | 市水务局;市城市管理局;寺庄镇人民政府@1;陈区镇人民政府@1;石末乡人民政府@1
			任务。〔责任单位:县住建局,北留镇、润城镇、町店镇人民政府〕                    | 县住建局;北留镇人民政府@1;润城镇人民政府@1;町店镇人民政府@1
			监测。〔市生态环境局沁水分局，各乡（镇）人民政府〕                            | 市生态环境局沁水分局;各乡（镇）人民政府@1
			限值。（责任单位：市生态环境局陵川分局、县工信局、各相关企业）                | 市生态环境局陵川分局;县工信局;各相关企业
			安全。〔责任单位：晋城市生态环境局高平分局、市水务局,各乡镇人民政府,市国有资本投资运营集团有限公司] | 晋城市生态环境局高平分局;市水务局;各乡镇人民政府@1;市国有资本投资运营集团有限公司@2
			责任。〔责任单位：县公安局、县工信局、市生态环境局沁水分局按职责分工负责〕    | 县公安局;县工信局;市生态环境局沁水分局
			区。[责任单位:县住建局、县工信局、县科技局、阳城经济技术开发区]                | 县住建局;县工信局;县科技局;阳城经济技术开发区
			""")
	void readsTheUnitsOfTheFirstBracket(String text, String expected) {
		List<BracketScanner.Bracket> found = this.scanner.scan(text);
		assertThat(found).hasSize(1);
		String content = found.get(0).content(text);
		List<String> actual = this.units.parse(content, offset -> 1)
			.stream()
			.map(u -> u.asWritten() + (u.commaGroup() > 0 ? "@" + u.commaGroup() : ""))
			.toList();
		assertThat(actual).containsExactly(expected.split(";"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			高政办发〔2021〕17号
			根据《通知》（晋市政办〔2022〕11 号），结合实际
			城市再生水利用率达到10%以上(含引领性)。
			平均进水浓度达115mg/L以上(每次浓度均不低于120mg/L)。
			明确牵头单位和配合单位，建立健全调度机制。
			由市政府牵头成立领导小组，统筹推进。
			各区政府（含北京经济技术开发区管委会）负责本辖区工作。
			实现煤炭消费总量负增长（力争提前完成）。
			""")
	void ignoresYearBracketsAndOrdinaryParentheses(String text) {
		assertThat(this.scanner.scan(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			〔责任单位:市                  | true
			〔责任单位:市城市管理局]       | false
			（责任单位：市生态环境局陵川分局 | true
			〔2022〕11 号                  | false
			""")
	void tellsWhetherATextEndsInsideABracket(String text, boolean open) {
		assertThat(this.scanner.endsOpen(text)).isEqualTo(open);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			任务。（市农委牵头，市环保局配合，各县（市、区）人民政府负责落实）     | 市农委=LEAD;市环保局=SUPPORT;各县（市、区）人民政府=TERRITORIAL
			任务。牵头单位：市公安局、市交通局 配合单位：市环保局、市市场监管局   | 市公安局=LEAD;市交通局=LEAD;市环保局=SUPPORT;市市场监管局=SUPPORT
			任务。〔牵头单位：市发改委；配合单位：市财政局〕                       | 市发改委=LEAD;市财政局=SUPPORT
			任务。（市生态环境局牵头，市发展和改革局、工业和信息化局参与，各县、区人民政府（管委会）负责落实） | 市生态环境局=LEAD;市发展和改革局=SUPPORT;工业和信息化局=SUPPORT;各县、区人民政府（管委会）=TERRITORIAL
			任务。（市农委牵头，市环保局配合，各县（市、区）人民政府负责具体落实） | 市农委=LEAD;市环保局=SUPPORT;各县（市、区）人民政府=TERRITORIAL
			任务。（省水利廳牽頭，省發改委、省財政廳參與，各市人民政府負責落實）     | 省水利廳=LEAD;省發改委=SUPPORT;省財政廳=SUPPORT;各市人民政府=TERRITORIAL
			任务。（各县（市、区）人民政府负责落实）                               | 各县（市、区）人民政府=LEAD
			任务。（市生态环境局、市场监管局牵头，市发展和改革局、工业和信息化局参与） | 市生态环境局=LEAD;市场监管局=LEAD;市发展和改革局=SUPPORT;工业和信息化局=SUPPORT
			任务。（市生态环境局牵头，市发改委、市经信局等参与，县(市、区)政府负责落实。以下均需县(市、区)政府落实，不再列出） | 市生态环境局=LEAD;市发改委=SUPPORT;市经信局=SUPPORT;县(市、区)政府=TERRITORIAL
			任务。(市生态环境局、发展和改革局牵头督导，市公安局、自然资源局参与)    | 市生态环境局=LEAD;发展和改革局=LEAD;市公安局=SUPPORT;自然资源局=SUPPORT
			任务。（市公安局牵头，市交通运输局协助）                               | 市公安局=LEAD;市交通运输局=SUPPORT
			任务。牵头单位:县公安局;责任单位:县环保局、县交通局。                  | 县公安局=LEAD;县环保局=null;县交通局=null
			任务。(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)          | 市稅務局=null;市財政局=null
			任务。(國務院各部門分别負責,年内持续推进)                              | 國務院各部門=null
			任务。(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責) | 市政府辦公室=LEAD;市行政審批制度改革工作領導小組辦公室=LEAD;市級各有關部門=null;各縣市區政府=null
			任务。(责任单位:县扶贫开发办牵头,县民政局、县医疗保障局等有关部门参加,各镇街落实) | 县扶贫开发办=LEAD;县民政局=SUPPORT;县医疗保障局=SUPPORT;各镇街=TERRITORIAL
			任务。(区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合) | 区发改局=LEAD;区财政局=null;区水务局=null;区国投公司=SUPPORT;各街道办事处=SUPPORT
			任务。牵头单位:区发改局 责任单位:立山经济开发区,各街道、区直各部门      | 区发改局=LEAD;立山经济开发区=null;各街道=null;区直各部门=null
			任务。牵头责任单位:省商务厅。协同责任单位:省发展改革委、合肥海关、省税务局等。 | 省商务厅=LEAD;省发展改革委=SUPPORT;合肥海关=SUPPORT;省税务局=SUPPORT
			任务。牵头责任单位:县卫健委 主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位 | 县卫健委=LEAD;各乡镇人民政府=SUPPORT;经济开发区管委会=SUPPORT;县政府有关部门=SUPPORT;有关直属单位=SUPPORT
			任务。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)        | 省经信委=null;省发改委(省能源局)=null
			任务。（各县（市、区）人民政府）                                       | 各县（市、区）人民政府=null
			任务。〔责任单位：临汾、侯马、洪洞经济开发区管委会〕                   | 临汾经济开发区管委会=null;侯马经济开发区管委会=null;洪洞经济开发区管委会=null
			任务。〔責任單位：縣公安局、縣工信局按職責分工負責〕                   | 縣公安局=null;縣工信局=null
			""")
	void readsExplicitRoles(String text, String expected) {
		List<BracketScanner.Bracket> found = this.scanner.scan(text);
		assertThat(found).hasSize(1);
		List<String> actual = this.units.parse(found.get(0).content(text), offset -> 1)
			.stream()
			.map(u -> u.asWritten() + "=" + u.explicitRole())
			.toList();
		assertThat(actual).containsExactly(expected.split(";"));
	}

}
