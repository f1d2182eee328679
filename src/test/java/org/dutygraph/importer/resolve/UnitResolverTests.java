package org.dutygraph.importer.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitResolverTests {

	private final UnitResolver resolver = Fixtures.resolver();

	static Stream<Arguments> unitStringsOfTheSeedDocuments() throws IOException {
		Path file = Path.of("src", "test", "resources", "resolve", "unit-strings.tsv");
		return Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.startsWith("#") && !line.startsWith("document\t") && !line.isBlank())
			.map(line -> line.split("\t"))
			.map(cells -> Arguments.of(cells[0], cells[1], cells[2], cells[3]));
	}

	@ParameterizedTest(name = "{0}: {2} → {3}")
	@MethodSource("unitStringsOfTheSeedDocuments")
	void everyUnitStringOfTheSeedDocumentsResolvesToACuratedAgency(String document, String jurisdiction,
			String asWritten, String expectedKey) {
		ResolvedUnit unit = resolver.resolve(asWritten, jurisdiction);
		assertThat(unit.known()).as("known").isTrue();
		assertThat(unit.key()).isEqualTo(expectedKey);
		assertThat(unit.source()).isNotBlank();
	}

	@ParameterizedTest
	@CsvSource({ "市工信局, 高平市, 高平市:高平市工业和信息化局",
			"市水务局, 高平市, 高平市:高平市水务局",
			"市水务局, 晋城市, 晋城市:晋城市水务局",
			"县住建局, 沁水县, 沁水县:沁水县住房和城乡建设局",
			"县住建局, 阳城县, 阳城县:阳城县住房和城乡建设管理局",
			"县住建局, 陵川县, 陵川县:陵川县住房和城乡建设局",
			"发改局, 陵川县, 陵川县:陵川县发展和改革局",
			"晋城市生态环境局, 陵川县, 晋城市:晋城市生态环境局" })
	void prefixesAreReadRelativeToTheIssuingDocument(String asWritten, String jurisdiction, String key) {
		assertThat(resolver.resolve(asWritten, jurisdiction).key()).isEqualTo(key);
	}

	@Test
	void aBranchHangsUnderTheCityBureauWhichHangsUnderTheCityGovernment() {
		ResolvedUnit branch = resolver.resolve("市生态环境局沁水分局", "沁水县");
		assertThat(branch.key()).isEqualTo("晋城市:晋城市生态环境局沁水分局");
		assertThat(branch.type()).isEqualTo("BRANCH");
		assertThat(branch.parentKey()).isEqualTo("晋城市:晋城市生态环境局");
		assertThat(resolver.resolve("晋城市生态环境局", "沁水县").parentKey()).isEqualTo("晋城市:晋城市人民政府");
	}

	@Test
	void aCountyBureauHangsUnderTheCountyGovernmentAndTheTrafficPoliceUnderPublicSecurity() {
		ResolvedUnit police = resolver.resolve("交警大队", "陵川县");
		assertThat(police.parentKey()).isEqualTo("陵川县:陵川县公安局");
		assertThat(resolver.resolve("县公安局", "陵川县").parentKey()).isEqualTo("陵川县:陵川县人民政府");
		assertThat(resolver.resolve("县人民政府", "陵川县").parentKey()).isEqualTo("晋城市:晋城市人民政府");
	}

	@ParameterizedTest
	@CsvSource({ "郑村镇人民政府, 沁水县, 沁水县:郑村镇人民政府, 郑村镇",
			"郑村镇政府, 沁水县, 沁水县:郑村镇人民政府, 郑村镇",
			"北留镇, 阳城县, 阳城县:北留镇人民政府, 北留镇",
			"阳城县町店镇人民政府, 阳城县, 阳城县:町店镇人民政府, 町店镇",
			"南城办, 高平市, 高平市:南城街道办事处, 南城街道",
			"龙港镇, 晋城市, 沁水县:龙港镇人民政府, 龙港镇" })
	void aTownshipGovernmentIsFoundInTheGazetteerOfItsCounty(String asWritten, String jurisdiction, String key,
			String township) {
		ResolvedUnit unit = resolver.resolve(asWritten, jurisdiction);
		assertThat(unit.key()).isEqualTo(key);
		assertThat(unit.type()).isEqualTo("TOWNSHIP_GOVERNMENT");
		assertThat(unit.township()).isEqualTo(township);
		assertThat(unit.parentKey()).isEqualTo(key.substring(0, key.indexOf(':') + 1) + unit.jurisdiction() + "人民政府");
	}

	@ParameterizedTest
	@CsvSource({ "县环卫所, 沁水县, 沁水县:沁水县环卫所, INSTITUTION, 沁水县:沁水县人民政府",
			"环卫所, 沁水县, 沁水县:沁水县环卫所, INSTITUTION, 沁水县:沁水县人民政府",
			"市生态环境局, 高平市, 高平市:高平市生态环境局, BUREAU, 高平市:高平市人民政府",
			"市教育局, 阳城县, 晋城市:晋城市教育局, BUREAU, 晋城市:晋城市人民政府",
			"县公安局刑警大队, 阳城县, 阳城县:阳城县公安局刑警大队, BRANCH, 阳城县:阳城县人民政府" })
	void anUnknownUnitIsDerivedByRuleAndFlaggedUnknown(String asWritten, String jurisdiction, String key,
			String type, String parent) {
		ResolvedUnit unit = resolver.resolve(asWritten, jurisdiction);
		assertThat(unit.known()).isFalse();
		assertThat(unit.key()).isEqualTo(key);
		assertThat(unit.type()).isEqualTo(type);
		assertThat(unit.parentKey()).isEqualTo(parent);
	}

	@ParameterizedTest(name = "{0} in {1} → {2}")
	@CsvSource({ "市生态环境局, 潮州市, 潮州市:潮州市生态环境局, BUREAU",
			"工业和信息化局, 潮州市, 潮州市:潮州市工业和信息化局, BUREAU",
			"市场监管局, 潮州市, 潮州市:潮州市市场监管局, BUREAU",
			"省水利厅, 浙江省, 浙江省:浙江省水利厅, BUREAU",
			"区发改局, 拱墅区, 拱墅区:拱墅区发改局, BUREAU",
			"环保拱墅分局, 拱墅区, 拱墅区:环保拱墅分局, BRANCH",
			"市环保局, 黟县, 黟县:市环保局, BUREAU",
			"各县、区人民政府（管委会）, 潮州市, 潮州市:各县、区人民政府(管委会), COLLECTIVE",
			"省发改委(省能源局), 浙江省, 浙江省:浙江省发改委(省能源局), BUREAU" })
	void aUnitOfAPlaceTheReferenceDataDoesNotKnowIsNamedInThatPlaceAsWritten(String asWritten, String jurisdiction,
			String key, String type) {
		ResolvedUnit unit = resolver.resolve(asWritten, jurisdiction);
		assertThat(unit.known()).isFalse();
		assertThat(unit.key()).isEqualTo(key);
		assertThat(unit.jurisdiction()).isEqualTo(jurisdiction);
		assertThat(unit.type()).isEqualTo(type);
	}

	@Test
	void aSameNamedUnitOfAnotherPlaceIsNeverMergedWithTheCuratedOne() {
		ResolvedUnit curated = resolver.resolve("县住建局", "沁水县");
		ResolvedUnit elsewhere = resolver.resolve("县住建局", "黟县");
		assertThat(curated.known()).isTrue();
		assertThat(elsewhere.known()).isFalse();
		assertThat(elsewhere.key()).isNotEqualTo(curated.key()).startsWith("黟县:");
		assertThat(resolver.resolve("各县（市、区）人民政府", "潮州市").scope()).isEqualTo("ALL_COUNTIES");
		assertThat(resolver.resolve("各街道(园区)", "拱墅区").scope()).isEqualTo("ALL_TOWNSHIPS");
	}

	@Test
	void allAgenciesGivesTheWholeHierarchyWithResolvableParents() {
		List<ResolvedUnit> all = resolver.allAgencies();
		List<String> keys = all.stream().map(ResolvedUnit::key).toList();
		assertThat(keys).doesNotHaveDuplicates().contains("阳城县:演礼镇人民政府", "高平市:北城街道办事处");
		assertThat(all).filteredOn(u -> u.parentKey() != null)
			.allSatisfy(u -> assertThat(keys).contains(u.parentKey()));
		assertThat(all).filteredOn(u -> u.type().equals("TOWNSHIP_GOVERNMENT")).hasSize(77);
	}

}
