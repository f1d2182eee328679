package org.dutygraph.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCellSplitterTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			晋城市生态环境局 高平分局                          | 晋城市生态环境局高平分局
			市城市管理局 各乡（镇、办事处）                     | 市城市管理局,各乡（镇、办事处）
			住房和城乡建设 管理局                               | 住房和城乡建设管理局
			交通运输局 县公安局                                 | 交通运输局,县公安局
			山西陵川 崇安苏村煤业 有限公司                      | 山西陵川崇安苏村煤业有限公司
			市国有资产投资 运营有限公司                         | 市国有资产投资运营有限公司
			石末乡人民政府 寺庄镇人民政府                       | 石末乡人民政府,寺庄镇人民政府
			发改局、工信局、行政审批局、市生态环境局陵川分局    | 发改局,工信局,行政审批局,市生态环境局陵川分局
			市生态环境局阳城分局 县公安局 县工业和信息化局 县行政审批服务管理局 县市场监督管理局 县供电支公司 凤城镇人民政府 | 市生态环境局阳城分局,县公安局,县工业和信息化局,县行政审批服务管理局,县市场监督管理局,县供电支公司,凤城镇人民政府
			""")
	void splitsSpaceSeparatedCellsWithoutBreakingNames(String cell, String expected) {
		List<UnitMention> units = UnitCellSplitter.split(List.of(new Fragment(cell, 1)), false);

		assertThat(units).extracting(UnitMention::asWritten).containsExactly(expected.split(","));
		assertThat(units).extracting(UnitMention::order).containsExactlyElementsOf(
				java.util.stream.IntStream.range(0, units.size()).boxed().toList());
		assertThat(units).allSatisfy(u -> assertThat(u.commaGroup()).isZero());
	}

	@Test
	void joinsNamesWrappedAcrossLinesAndKeepsTheLineWhereEachStarts() {
		List<Fragment> cell = List.of(new Fragment("县公安局、县工信局、县", 559), new Fragment("市场监管局、县应急管理", 560),
				new Fragment("局、市生态环境局沁水分", 561), new Fragment("局按职责分工负责", 562));

		List<UnitMention> units = UnitCellSplitter.split(cell, false);

		assertThat(units).extracting(UnitMention::asWritten)
			.containsExactly("县公安局", "县工信局", "县市场监管局", "县应急管理局", "市生态环境局沁水分局");
		assertThat(units).extracting(UnitMention::line).containsExactly(559, 559, 559, 560, 561);
		assertThat(units.get(4).qualifier()).isEqualTo("按职责分工负责");
	}

	@Test
	void keepsUnitsOnSeparateLinesApart() {
		List<UnitMention> units = UnitCellSplitter
			.split(List.of(new Fragment("县能源局", 669), new Fragment("县行政审批服务管理局", 671)), false);

		assertThat(units).extracting(UnitMention::asWritten).containsExactly("县能源局", "县行政审批服务管理局");
	}

	@Test
	void joinsABranchWrittenOnItsOwnLine() {
		List<UnitMention> units = UnitCellSplitter
			.split(List.of(new Fragment("晋城市生态局", 1202), new Fragment("沁水分局", 1204)), false);

		assertThat(units).extracting(UnitMention::asWritten).containsExactly("晋城市生态局沁水分局");
	}

	@Test
	void inheritedUnitsAreMarkedInferred() {
		List<UnitMention> written = UnitCellSplitter.split(List.of(new Fragment("晋城市生态环境局 高平分局", 212)), false);

		assertThat(UnitCellSplitter.inherit(written)).singleElement().satisfies(u -> {
			assertThat(u.inferred()).isTrue();
			assertThat(u.asWritten()).isEqualTo("晋城市生态环境局高平分局");
		});
	}

}
