package org.dutygraph.impact;

import java.util.List;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** "What is affected if this slips?" on the seed graph. */
class DelayImpactIT extends IntegrationTestSupport {

	/** 沁水县 2022 water task 8: the 尉迟 section sewer mains of 郑村镇 and 嘉峰镇 (001 L903–912). */
	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	/** 沁水县 2022 water task 26: emission reduction "结合重点工程任务" (001 L1076). */
	static final String WATER_26 = "001_bc15039033e882c0:WATER:三/(七)/26";

	static final String IMPACT = """
			query impact($id: ID!, $days: Int!) {
			  delayImpact(taskId: $id, delayDays: $days) {
			    projectedDate missesDeadline
			    affectedTasks { task { id } via projectedDate missesDeadline }
			    monitoringSections { name level }
			    townships { name }
			    keyProjects { name }
			    agenciesToNotify { name }
			    notifications { agency { name } role taskId }
			    cycles
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void delayingTheWeichiSewerWorksReachesTheSectionTheTownshipAndTheHousingBureau() {
		var response = this.graphQl.document(IMPACT).variable("id", WATER_8).variable("days", 30).execute();
		response.path("delayImpact.monitoringSections[*].name").entityList(String.class).contains("尉迟");
		response.path("delayImpact.townships[*].name").entityList(String.class).contains("郑村镇", "嘉峰镇");
		response.path("delayImpact.agenciesToNotify[*].name").entityList(String.class).contains("沁水县住房和城乡建设局");
		response.path("delayImpact.notifications[?(@.taskId == '" + WATER_8 + "')].role")
			.entityList(String.class)
			.containsExactly("LEAD", "TERRITORIAL", "TERRITORIAL");
		// due 12月底前 (2022-12-31) plus 30 days
		response.path("delayImpact.projectedDate").entity(String.class).isEqualTo("2023-01-30");
		response.path("delayImpact.missesDeadline").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void theReductionTaskBuiltOnTheKeyProjectsIsDownstreamWithItsPath() {
		this.graphQl.document(IMPACT)
			.variable("id", WATER_8)
			.variable("days", 30)
			.execute()
			.path("delayImpact.affectedTasks[?(@.task.id == '" + WATER_26 + "')].via[*]")
			.entityList(String.class)
			.containsExactly(WATER_8, WATER_26);
	}

	@Test
	void aZeroDayDelayMakesNothingMiss() {
		var response = this.graphQl.document(IMPACT).variable("id", WATER_8).variable("days", 0).execute();
		response.path("delayImpact.missesDeadline").entity(Boolean.class).isEqualTo(false);
		response.path("delayImpact.affectedTasks[*].missesDeadline")
			.entityList(Boolean.class)
			.satisfies((misses) -> assertThat(misses).isNotEmpty().containsOnly(false));
	}

	@Test
	void aNegativeDelayIsABadRequest() {
		this.graphQl.document(IMPACT)
			.variable("id", WATER_8)
			.variable("days", -3)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((e) -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("delayDays must be zero or more, was -3");
			}));
	}

	@Test
	void whatBlocksTheReductionTaskIsEveryTaskItsKeyProjectsServe() {
		this.graphQl.document("{ blockers(taskId: \"" + WATER_26 + "\") { id label } }")
			.execute()
			.path("blockers[*].id")
			.entityList(String.class)
			.contains(WATER_8, "001_bc15039033e882c0:WATER:三/(三)/7");
	}

	@Test
	void theMilestonesOfATaskFollowEachOtherInDateOrder() {
		try (Session session = this.driver.session()) {
			List<String> chain = session.run("""
					MATCH (:Task {id: $id})-[:HAS_DEADLINE]->(a:Deadline)-[p:PRECEDES {basis: 'RULE'}]->(b:Deadline)
					RETURN a.raw + ' -> ' + b.raw AS link""", java.util.Map.of("id", WATER_8))
				.list((r) -> r.get("link").asString());
			assertThat(chain).containsExactly("10 月底前 -> 12 月底前");
		}
	}

	@Test
	void atLeastFortyTasksCarryDependencyEdgesEachWithItsBasis() {
		try (Session session = this.driver.session()) {
			long tasks = session.run("""
					MATCH (t:Task) WHERE EXISTS { (t)-[:DEPENDS_ON|DETAILS|IMPLEMENTS]-() }
					RETURN count(t) AS n""").single().get("n").asLong();
			assertThat(tasks).isGreaterThanOrEqualTo(40);
			List<String> bases = session.run("MATCH ()-[r:DEPENDS_ON]->() RETURN DISTINCT r.basis AS basis ORDER BY basis")
				.list((r) -> r.get("basis").asString());
			assertThat(bases).contains("CURATED", "RULE");
			long withoutEvidence = session.run("""
					MATCH ()-[r:DEPENDS_ON]->() WHERE r.basis IN ['RULE', 'CURATED'] AND (r.evidence IS NULL OR r.reason IS NULL)
					RETURN count(r) AS n""").single().get("n").asLong();
			assertThat(withoutEvidence).isZero();
		}
	}

}
