package org.dutygraph.importer.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.ParsedTask;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.dutygraph.importer.parse.UnitMention;
import org.dutygraph.importer.resolve.ReferenceDataLoader;
import org.dutygraph.importer.resolve.UnitResolver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy on plans of other places (fixtures/other-places, see its README): excerpts of published plans of
 * 潮州市, 黟县, the State Council (traditional characters), 浙江省, a 浙江 city, 杭州市拱墅区, 佳木斯市 and 肥城市,
 * none of them in the reference data. golden.jsonl was written by reading each responsibility statement: the
 * lead unit and every unit with its role (LEAD, SUPPORT, TERRITORIAL), units a standing note assigns
 * (以下均需…落实，不再列出) included. Roles are computed as the importer writes them.
 */
class OtherPlacesAccuracyTests {

	private static final String DIR = "/fixtures/other-places/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UnitResolver resolver = new UnitResolver(ReferenceDataLoader.load(Path.of("seed-data", "reference")));

	private final Map<String, ParsedDocument> parsed = new LinkedHashMap<>();

	@Test
	void leadUnitsAndWholeUnitListsMatchTheHandReadGolden() {
		List<Map<String, Object>> golden = golden();
		List<String> wrongLead = new ArrayList<>();
		List<String> wrongList = new ArrayList<>();
		for (Map<String, Object> expected : golden) {
			ParsedDocument doc = document(expected);
			String key = expected.get("doc") + " L" + expected.get("line") + " " + expected.get("at");
			List<List<String>> actual = units(doc, expected);
			if (actual == null || !Objects.equals(lead(actual), expected.get("lead"))) {
				wrongLead.add(key + ": " + actual);
			}
			if (actual == null || !actual.equals(expected.get("units"))) {
				wrongList.add(key + ": " + actual + " expected " + expected.get("units"));
			}
		}
		wrongLead.forEach(w -> System.out.println("lead wrong: " + w));
		wrongList.forEach(w -> System.out.println("unit list wrong: " + w));
		int n = golden.size();
		double lead = share(n - wrongLead.size(), n);
		double list = share(n - wrongList.size(), n);
		System.out.printf("other places: %d tasks in %d documents; lead unit right %d (%.1f%%), whole unit list right %d (%.1f%%)%n",
				n, this.parsed.size(), n - wrongLead.size(), lead, n - wrongList.size(), list);
		assertThat(lead).isGreaterThanOrEqualTo(95.0);
		assertThat(list).isGreaterThanOrEqualTo(90.0);
	}

	@Test
	void everyDocumentParsesWithoutErrorAndNamesItsPlace() {
		for (Map<String, Object> expected : golden()) {
			ParsedDocument doc = document(expected);
			assertThat(doc.problems()).noneMatch(p -> p.severity().equals("ERROR"));
		}
		assertThat(this.parsed.get("chaozhou-air-2019.txt").jurisdiction()).isEqualTo("潮州市");
		assertThat(this.parsed.get("gongshu-air-2018.txt").jurisdiction()).isEqualTo("拱墅区");
		assertThat(this.parsed.get("jiamusi-water-2018.txt").jurisdiction()).isEqualTo("佳木斯市");
		assertThat(this.parsed.get("zhejiang-air-division-2014.txt").jurisdiction()).isEqualTo("浙江省");
	}

	/**
	 * The units of the task whose responsibility statement starts with the golden text at the golden line (or,
	 * for a statement given in the task's own sentence, whose paragraph holds that line).
	 */
	private List<List<String>> units(ParsedDocument doc, Map<String, Object> expected) {
		int line = ((Number) expected.get("line")).intValue();
		String at = (String) expected.get("at");
		ParsedTask task = doc.plans()
			.stream()
			.flatMap(p -> p.tasks().stream())
			.filter(t -> t.rawBracket() != null && t.rawBracket().startsWith(at))
			.filter(t -> t.bracketLine() == line || (t.line() <= line && line <= t.endLine()))
			.findFirst()
			.orElse(null);
		if (task == null) {
			return null;
		}
		List<List<String>> units = new ArrayList<>();
		for (UnitMention unit : task.units()) {
			String role = ResponsibilityMapper.role(unit, this.resolver.resolve(unit.asWritten(), doc.jurisdiction()));
			units.add(List.of(unit.asWritten(), role));
		}
		return units;
	}

	private static String lead(List<List<String>> units) {
		return units.stream().filter(u -> u.get(1).equals("LEAD")).map(u -> u.get(0)).findFirst().orElse(null);
	}

	private ParsedDocument document(Map<String, Object> expected) {
		String file = (String) expected.get("doc");
		return this.parsed.computeIfAbsent(file,
				f -> new PlanDocumentParser().parse(f, read(f), (String) expected.get("jurisdiction"), null));
	}

	private static double share(int right, int total) {
		return Math.round(1000.0 * right / total) / 10.0;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> golden() {
		String text = new String(read("golden.jsonl"), StandardCharsets.UTF_8);
		return text.lines().filter(l -> !l.isBlank()).map(l -> (Map<String, Object>) JSON.readValue(l, Map.class)).toList();
	}

	private static byte[] read(String name) {
		try (InputStream in = OtherPlacesAccuracyTests.class.getResourceAsStream(DIR + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
