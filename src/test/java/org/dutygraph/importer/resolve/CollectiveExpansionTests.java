package org.dutygraph.importer.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectiveExpansionTests {

	private final UnitResolver resolver = Fixtures.resolver();

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "各乡(镇、办事处); 各乡（镇、办事处）", "各乡（镇、办事处）; 各乡（镇、办事处）",
			"各乡镇（镇、办事处）; 各乡（镇、办事处）", "各乡(镇)人民政府; 各乡（镇）人民政府", "各乡 （镇） 人民政府; 各乡（镇）人民政府" })
	void collectivesMatchWhateverTheParenthesisWidthOrSpacing(String asWritten, String canonical) {
		ResolvedUnit unit = resolver.resolve(asWritten, "高平市");
		assertThat(unit.collective()).isTrue();
		assertThat(unit.key()).isEqualTo("高平市:" + canonical);
	}

	@Test
	void allTownshipGovernmentsOfQinshuiAreItsTwelveTownships() {
		ResolvedUnit collective = resolver.resolve("各乡（镇）人民政府", "沁水县");
		assertThat(collective.key()).isEqualTo("沁水县:各乡（镇）人民政府");
		assertThat(collective.scope()).isEqualTo("ALL_TOWNSHIPS");
		List<Township> townships = resolver.expand(collective);
		assertThat(townships).hasSize(12).extracting(Township::name).contains("郑村镇", "龙港镇", "十里乡");
	}

	@Test
	void aCollectiveNamingSubdistrictOfficesIncludesTheSubdistricts() {
		List<Township> townships = resolver.expand(resolver.resolve("各乡(镇、办事处)", "高平市"));
		assertThat(townships).hasSize(15).extracting(Township::name).contains("南城街道", "米山镇", "原村乡");
	}

	@Test
	void aCollectiveOfTownsAndTownshipsLeavesTheSubdistrictsOut() {
		List<Township> townships = resolver.expand(resolver.resolve("各乡镇人民政府", "高平市"));
		assertThat(townships).hasSize(12).extracting(Township::type).doesNotContain("街道");
	}

	@Test
	void aSubsetCollectiveWithoutACuratedSubsetExpandsToNothing() {
		ResolvedUnit some = resolver.resolve("各相关乡镇人民政府", "陵川县");
		assertThat(some.scope()).isEqualTo("SOME_TOWNSHIPS");
		assertThat(resolver.expand(some)).isEmpty();
	}

	@Test
	void departmentAndCountyCollectivesDoNotExpandToTownships() {
		assertThat(resolver.expand(resolver.resolve("县直各相关单位", "阳城县"))).isEmpty();
		ResolvedUnit counties = resolver.resolve("各县（市、区）人民政府", "晋城市");
		assertThat(counties.scope()).isEqualTo("ALL_COUNTIES");
		assertThat(resolver.expand(counties)).isEmpty();
	}

	@Test
	void aConcreteUnitExpandsToNothing() {
		assertThat(resolver.expand(resolver.resolve("县住建局", "沁水县"))).isEmpty();
	}

}
