package org.dutygraph.importer.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents of the same family in other shapes: inline roles (市农委牵头，市环保局配合，…负责落实),
 * role labels on their own line (牵头单位：… 配合单位：…), a fragment without header. Each
 * fixtures/documents/&lt;case&gt;.txt is compared with &lt;case&gt;.expected.json.
 */
class FixtureDocumentsTests {

	@ParameterizedTest
	@ValueSource(strings = { "lead-support-inline", "lead-support-labels", "fragment-without-header" })
	void parsesAsExpected(String fixture) throws IOException {
		ParsedDocument document = new PlanDocumentParser().parse(fixture + ".txt", read(fixture + ".txt"));
		Map<?, ?> expected = SeedCorpus.JSON.readValue(read(fixture + ".expected.json"), Map.class);
		assertThat(document.problems()).isEmpty();
		JsonNode actual = SeedCorpus.JSON.valueToTree(actual(document));
		JsonNode wanted = SeedCorpus.JSON.valueToTree(expected);
		assertThat(actual).isEqualTo(wanted);
	}

	private static Map<String, Object> actual(ParsedDocument document) {
		List<Object> plans = new ArrayList<>();
		for (ParsedPlan plan : document.plans()) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("key", plan.key());
			p.put("title", plan.title());
			p.put("year", plan.year());
			p.put("tasks", plan.tasks().stream().map(FixtureDocumentsTests::task).toList());
			plans.add(p);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("plans", plans);
		return root;
	}

	private static Map<String, Object> task(ParsedTask task) {
		Map<String, Object> t = new LinkedHashMap<>();
		t.put("line", task.line());
		t.put("path", task.path());
		t.put("title", task.title());
		t.put("units", task.units().stream().map(FixtureDocumentsTests::unit).toList());
		return t;
	}

	private static Map<String, Object> unit(UnitMention unit) {
		Map<String, Object> u = new LinkedHashMap<>();
		u.put("asWritten", unit.asWritten());
		u.put("commaGroup", unit.commaGroup());
		u.put("explicitRole", unit.explicitRole());
		u.put("qualifier", unit.qualifier());
		return u;
	}

	private static byte[] read(String name) throws IOException {
		try (InputStream in = FixtureDocumentsTests.class.getResourceAsStream("/fixtures/documents/" + name)) {
			return in.readAllBytes();
		}
	}

}
