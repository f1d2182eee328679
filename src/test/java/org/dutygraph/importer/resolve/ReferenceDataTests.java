package org.dutygraph.importer.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceDataTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "高平市, 15", "沁水县, 12", "阳城县, 15", "陵川县, 11", "泽州县, 16", "城区, 8" })
	void gazetteerHoldsEveryTownshipOfEachCountyInItsTwentyTwentyOneState(String county, int count) {
		assertThat(Fixtures.data().townshipsOf(county)).hasSize(count);
	}

	@Test
	void gazetteerUsesTheNbsCodesNotTheCivilAffairsOnes() {
		Township mishan = Fixtures.data()
			.townships()
			.stream()
			.filter(t -> t.name().equals("米山镇"))
			.findFirst()
			.orElseThrow();
		assertThat(mishan.code()).isEqualTo("140581101000");
		assertThat(mishan.source()).contains("NBS");
	}

	@Test
	void everyCuratedRowNamesItsSource() {
		ReferenceData data = Fixtures.data();
		assertThat(data.agencies()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
		assertThat(data.enterprises()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
		assertThat(data.collectives()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
		assertThat(data.counties()).extracting(County::name)
			.containsExactly("晋城市", "城区", "沁水县", "阳城县", "陵川县", "泽州县", "高平市");
	}

	@Test
	void curatedIdentitiesAreAliasesOfOneEnterprise() {
		assertThat(Fixtures.data().enterprises()).filteredOn(e -> e.aliases().contains("陵川金隅水泥有限公司"))
			.singleElement()
			.satisfies(e -> assertThat(e.name()).isEqualTo("陵川金隅冀东环保科技有限公司"));
	}

	@Test
	void aMalformedRowIsReportedWithFileLineAndColumn() throws IOException {
		copyReferenceFiles();
		append("agencies.tsv", "陵川县\t陵川县某局\tOFFICE\t陵川县:陵川县人民政府\t\t\ttest");
		int line = Files.readAllLines(dir.resolve("agencies.tsv")).size();
		assertThatThrownBy(() -> ReferenceDataLoader.load(dir)).isInstanceOf(ReferenceDataException.class)
			.hasMessageContaining("agencies.tsv line " + line)
			.hasMessageContaining("column type")
			.hasMessageContaining("OFFICE");
	}

	@Test
	void aRowWithMissingCellsNamesTheFirstMissingColumn() throws IOException {
		copyReferenceFiles();
		append("townships.tsv", "140521999000\t某某镇\t沁水县");
		assertThatThrownBy(() -> ReferenceDataLoader.load(dir)).hasMessageContaining("townships.tsv line")
			.hasMessageContaining("column type");
	}

	@Test
	void anUnknownParentIsRejected() throws IOException {
		copyReferenceFiles();
		append("agencies.tsv", "陵川县\t陵川县某局\tBUREAU\t陵川县:陵川县不存在局\t\t\ttest");
		assertThatThrownBy(() -> ReferenceDataLoader.load(dir)).hasMessageContaining("column parent");
	}

	@Test
	void anAliasNamingTwoAgenciesInOneJurisdictionIsRejected() throws IOException {
		copyReferenceFiles();
		append("agencies.tsv", "陵川县\t陵川县某局\tBUREAU\t陵川县:陵川县人民政府\t县公安局\t\ttest");
		assertThatThrownBy(() -> new UnitResolver(ReferenceDataLoader.load(dir))).hasMessageContaining("县公安局")
			.hasMessageContaining("陵川县:陵川县公安局");
	}

	private void copyReferenceFiles() throws IOException {
		try (Stream<Path> files = Files.list(Fixtures.REFERENCE_DIR)) {
			for (Path file : files.toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
	}

	private void append(String file, String row) throws IOException {
		Files.write(dir.resolve(file), List.of(row), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
	}

}
