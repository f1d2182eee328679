package org.dutygraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nine operations of the read-path benchmark on the seed graph, each sent over HTTP once while the
 * statements it makes are recorded, then every statement replayed under {@code PROFILE}: how many
 * statements, database hits and rows each operation costs. The numbers are written to
 * {@code target/read-path-db-hits.txt}; the assertions hold the statement counts and that each answer
 * is the seed graph's.
 */
class ReadPathIT extends IntegrationTestSupport {

	/** 沁水县 2022 water task 8: the 尉迟 section sewer works of 郑村镇 and 嘉峰镇 (001 L903–912). */
	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	static final String HOUSING_BUREAU = "沁水县住房和城乡建设局";

	private static final List<String> report = new ArrayList<>();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void pageOfTwentyTasks() {
		var profile = measure("page of 20 tasks", "tasksPage", Map.of("first", 20));
		assertThat(profile.statements()).isLessThanOrEqualTo(4);
	}

	@Test
	void pageOfTwoHundredTasks() {
		var profile = measure("page of 200 tasks", "tasksPage", Map.of("first", 200));
		assertThat(profile.statements()).isLessThanOrEqualTo(4);
	}

	@Test
	void tasksOneUnitLeads() {
		var profile = measure("tasks one unit leads", "unitLeadTasks",
				Map.of("agency", HOUSING_BUREAU, "jurisdiction", "沁水县", "first", 50));
		assertThat(profile.statements()).isLessThanOrEqualTo(3);
	}

	@Test
	void taskById() {
		var profile = measure("task by id", "taskResponsibilities", Map.of("id", WATER_8));
		assertThat(profile.statements()).isLessThanOrEqualTo(9);
	}

	@Test
	void agencyPortfolioCounts() {
		var profile = measure("agency portfolio counts", "agencyPortfolio",
				Map.of("name", HOUSING_BUREAU, "jurisdiction", "沁水县"));
		assertThat(profile.statements()).isLessThanOrEqualTo(7);
	}

	@Test
	void accountabilityChain() {
		var profile = measure("accountability chain", "accountabilityChain", Map.of("taskId", WATER_8));
		assertThat(profile.statements()).isLessThanOrEqualTo(2);
	}

	@Test
	void delayImpactOfThirtyDays() {
		var profile = measure("delayImpact 30 days", "delayImpact", Map.of("taskId", WATER_8, "delayDays", 30));
		assertThat(profile.statements()).isLessThanOrEqualTo(6);
	}

	@Test
	void neighbourhoodOfDepthTwo() {
		var profile = measure("neighbourhood depth 2", "neighbourhood", Map.of("id", WATER_8, "depth", 2, "first", 200));
		assertThat(profile.statements()).isEqualTo(1);
	}

	@Test
	void searchForWeichi() {
		var profile = measure("search 尉迟", "search", Map.of("text", "尉迟", "first", 20));
		assertThat(profile.statements()).isLessThanOrEqualTo(1);
	}

	@AfterAll
	static void writeReport() throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/read-path-db-hits.txt"), report.stream().sorted().toList(), StandardCharsets.UTF_8);
	}

	private Measured measure(String operation, String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.responseTimeout(Duration.ofMinutes(2))
			.build()
			.documentName(document);
		variables.forEach(request::variable);
		QueryCounter.record();
		request.execute().errors().verify();
		List<QueryCounter.Statement> statements = QueryCounter.stopRecording();
		PlanProfile profile = PlanProfile.sum(this.driver, statements);
		String line = String.format("%-26s statements=%d dbHits=%d rows=%d", operation, statements.size(),
				profile.dbHits(), profile.rows());
		report.add(line);
		for (QueryCounter.Statement statement : statements) {
			PlanProfile one = PlanProfile.of(this.driver, statement.text(), statement.parameters());
			report.add(String.format("%-26s   %6d hits  %s", operation, one.dbHits(),
					statement.text().replaceAll("\\s+", " ").substring(0, Math.min(90, statement.text().length()))));
		}
		System.out.println("read path: " + line);
		return new Measured(statements.size(), profile);
	}

	record Measured(int statements, PlanProfile profile) {
	}

}
