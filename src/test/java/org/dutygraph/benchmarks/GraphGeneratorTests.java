package org.dutygraph.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How one copy of the seed graph renames what it copies; no database involved. */
class GraphGeneratorTests {

	private static GraphGenerator.Copy copy(int k, long seed) {
		Random random = new Random(seed);
		Set<String> used = new HashSet<>(GraphGenerator.PLACE_STEMS.keySet());
		GraphGenerator.Copy copy = null;
		for (int i = 1; i <= k; i++) {
			copy = new GraphGenerator.Copy(i, random, used);
		}
		return copy;
	}

	@Test
	void aTaskIdGetsTheCopysDocumentPrefixAndKeepsItsPlanAndPath() {
		String id = copy(1, 7).text("001_bc15039033e882c0:AIR:三/(一)/2");
		assertThat(id).isEqualTo("c0001_001_bc15039033e882c0:AIR:三/(一)/2");
	}

	@Test
	void theSeedsPlacesGetMadeUpNamesEverywhereTheyOccur() {
		GraphGenerator.Copy copy = copy(1, 7);
		String agency = copy.text("沁水县:沁水县住房和城乡建设局");
		assertThat(agency).doesNotContain("沁水").matches("(..)县:\\1县住房和城乡建设局");
		String branch = copy.text("晋城市:晋城市生态环境局沁水分局");
		assertThat(branch).doesNotContain("晋城").doesNotContain("沁水").endsWith("分局");
		assertThat(copy.text("section:沁水县:尉迟")).endsWith("县:尉迟").doesNotContain("沁水");
	}

	@Test
	void townshipCodesOfTheSeedsCountiesBecomeCodesOfTheCopy() {
		GraphGenerator.Copy copy = copy(3, 7);
		String township = copy.text("140521100000");
		assertThat(township).hasSize(12).startsWith("90003").endsWith("100000");
	}

	@Test
	void whatNoSeedDocumentIsAboutIsSharedNotCopied() {
		GraphGenerator.Copy copy = copy(2, 7);
		assertThat(copy.copies("山西省:山西省人民政府")).isFalse();
		assertThat(copy.copies("county:泽州县")).isFalse();
		assertThat(copy.copies("doc:山西省水环境质量再提升2021年行动计划")).isFalse();
		assertThat(copy.copies("140521100000")).isTrue();
		assertThat(copy.copies("001_bc15039033e882c0:AIR")).isTrue();
	}

	@Test
	void datesAndYearsMoveTogetherWithinACopy() {
		GraphGenerator.Copy copy = copy(5, 20221101);
		Map<String, Object> props = copy.props(Map.of("date", LocalDate.of(2022, 12, 31), "raw", "2022年底前", "year",
				2022L, "path", List.of("三", "(一)")));
		int years = ((LocalDate) props.get("date")).getYear() - 2022;
		assertThat(years).isBetween(0, 9);
		assertThat(props.get("raw")).isEqualTo((2022 + years) + "年底前");
		assertThat(props.get("year")).isEqualTo(2022L + years);
		assertThat(props.get("path")).isEqualTo(List.of("三", "(一)"));
	}

	@Test
	void theSameSeedGivesTheSameGraphAndCopiesNeverShareAPlaceName() {
		assertThat(copy(4, 99).text("沁水县:沁水县人民政府")).isEqualTo(copy(4, 99).text("沁水县:沁水县人民政府"));
		Set<String> names = new HashSet<>();
		Random random = new Random(1);
		Set<String> used = new HashSet<>(GraphGenerator.PLACE_STEMS.keySet());
		for (int k = 1; k <= 2000; k++) {
			GraphGenerator.Copy copy = new GraphGenerator.Copy(k, random, used);
			for (String stem : GraphGenerator.PLACE_STEMS.keySet()) {
				assertThat(names.add(copy.text(stem))).as("copy %d, %s", k, stem).isTrue();
			}
		}
	}

	@Test
	void copiesAreWholeSeedGraphs() {
		assertThat(GraphGenerator.copiesFor(1_140, 570)).isEqualTo(2);
		assertThat(GraphGenerator.copiesFor(10_000, 570)).isEqualTo(18);
		assertThat(GraphGenerator.copiesFor(1_000_000, 570)).isEqualTo(1754);
	}

	@Test
	void aCsvFileTypesItsHeaderFromTheSeedAndQuotesWhatTheBulkImporterWouldMisread(@TempDir Path dir) throws IOException {
		List<Map<String, Object>> seedRows = List.of(
				Map.of("id", "001_bc15039033e882c0:AIR:三/(一)/2", "line", 12L, "dueDates", List.of(LocalDate.of(2022, 12, 31)),
						"aliases", List.of()),
				Map.of("id", "x", "dueDates", List.of(), "aliases", List.of("县住建局", "住建局")));
		Path path = dir.resolve("nodes.csv");
		try (GraphGenerator.CsvFile file = new GraphGenerator.CsvFile(path, ":ID", seedRows)) {
			file.row(List.of(7L), Map.of("id", "他说\"好\"", "line", 3L, "aliases", List.of("县住建局", "住建局")));
			file.row(List.of(8L), Map.of("id", "两行\n文字", "dueDates", List.of(LocalDate.of(2023, 6, 30))));
			assertThat(file.emptyLists).as("held empty by a seed node, present on every seed node").containsExactly("aliases",
					"dueDates");
			assertThat(file.multiline).isTrue();
		}
		assertThat(Files.readAllLines(path)).containsExactly(":ID,aliases:string[],dueDates:date[],id:string,line:long",
				"7,\"县住建局\u001F住建局\",,\"他说\"\"好\"\"\",3", "8,,\"2023-06-30\",\"两行", "文字\",");
	}

	@Test
	void aPropertyOfTwoTypesIsRefusedWithItsName(@TempDir Path dir) {
		List<Map<String, Object>> seedRows = List.of(Map.of("year", 2022L), Map.of("year", "2022年"));
		assertThatThrownBy(() -> new GraphGenerator.CsvFile(dir.resolve("n.csv"), ":ID", seedRows))
			.hasMessageContaining("property year holds both long and string values");
	}

}
