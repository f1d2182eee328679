package org.dutygraph.policy;

import java.util.List;
import java.util.Map;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions coordinators and auditors ask, end to end over HTTP on the seed graph, answered from
 * the seed documents.
 */
class PolicyApiIT extends IntegrationTestSupport {

	/** 沁水县 2022 water task 8: the 尉迟 section sewer works of 郑村镇 and 嘉峰镇 (001 L903–912). */
	static final String QINSHUI_WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	/** 沁水县 2022 water task 1, led by the city bureau's 沁水 branch with every township (001 L830). */
	static final String QINSHUI_WATER_1 = "001_bc15039033e882c0:WATER:三/(一)/1";

	@Autowired
	HttpGraphQlTester graphQl;

	@Nested
	class Coordinator {

		@Test
		void leadAndSupportingUnitsOfATaskAreTheBracketInOrderWithItsLine() {
			graphQl.documentName("taskResponsibilities")
				.variable("id", QINSHUI_WATER_8)
				.execute()
				.path("task.responsibilities[*].asWritten")
				.entityList(String.class)
				.containsExactly("县住建局", "郑村镇人民政府", "嘉峰镇人民政府")
				.path("task.responsibilities[*].role")
				.entityList(String.class)
				.containsExactly("LEAD", "TERRITORIAL", "TERRITORIAL")
				.path("task.responsibilities[0].agency.name")
				.entity(String.class)
				.isEqualTo("沁水县住房和城乡建设局")
				.path("task.responsibilities[0].source.line")
				.entity(Integer.class)
				.isEqualTo(912)
				.path("task.responsibilities[0].source.excerpt")
				.entity(String.class)
				.isEqualTo("〔县住建局、郑村镇人民政府、嘉峰镇人民政府〕")
				.path("task.source.line")
				.entity(Integer.class)
				.isEqualTo(903)
				.path("task.title")
				.entity(String.class)
				.isEqualTo("完善生活污水配套管网")
				.path("task.deadlines[*].date")
				.entityList(String.class)
				.containsExactly("2022-10-31", "2022-12-31");
		}

		@Test
		void aTaskNamesTheSectionTownshipsAndProjectsItConcerns() {
			graphQl.documentName("taskResponsibilities")
				.variable("id", QINSHUI_WATER_8)
				.execute()
				.path("task.monitoringSections[*].name")
				.entityList(String.class)
				.containsExactly("尉迟")
				.path("task.townships[*].name")
				.entityList(String.class)
				.contains("郑村镇", "嘉峰镇")
				.path("task.keyProjects[*].name")
				.entityList(String.class)
				.contains("郑村镇生活污水主管网工程建设");
		}

		@Test
		void everythingTheCountyHousingBureauLeadsDueByOctoberEnd() {
			List<String> ids = graphQl.documentName("agencyLeadsDueBefore")
				.variable("agency", "县住建局")
				.variable("jurisdiction", "沁水县")
				.variable("dueBefore", "2022-10-31")
				.execute()
				.path("tasks.edges[*].node.id")
				.entityList(String.class)
				.get();
			// water task 7: the second sewage plant in service by 10月底; task 8: the 郑村镇 main by 10月底前
			assertThat(ids).contains("001_bc15039033e882c0:WATER:三/(三)/7", QINSHUI_WATER_8)
				.allMatch((id) -> id.startsWith("001_bc15039033e882c0:"));
		}

		@Test
		void aTownshipInheritsTheTasksOfTheCollectivesThatCoverIt() {
			var response = graphQl.documentName("townshipTasks").variable("name", "郑村镇").execute();
			response.path("township.county").entity(String.class).isEqualTo("沁水县");
			List<Map<String, Object>> edges = response.path("township.tasks.edges")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			assertThat(edges).anySatisfy((e) -> {
				assertThat(((Map<?, ?>) e.get("node")).get("id")).isEqualTo(QINSHUI_WATER_8);
				assertThat(e.get("inherited")).isEqualTo(false);
				assertThat(((Map<?, ?>) e.get("via")).get("name")).isEqualTo("郑村镇人民政府");
			});
			assertThat(edges).anySatisfy((e) -> {
				assertThat(((Map<?, ?>) e.get("node")).get("id")).isEqualTo(QINSHUI_WATER_1);
				assertThat(e.get("inherited")).isEqualTo(true);
				assertThat(((Map<?, ?>) e.get("via")).get("name")).isEqualTo("各乡（镇）人民政府");
				assertThat(e.get("role")).isEqualTo("TERRITORIAL");
			});
			response.path("township.summary.direct").entity(Integer.class).satisfies((n) -> assertThat(n).isPositive());
		}

	}

	@Nested
	class Search {

		@Test
		void aPhraseFindsTheSectionAndTheTaskThatNamesIt() {
			graphQl.documentName("search")
				.variable("text", "尉迟")
				.variable("first", 10)
				.execute()
				.path("search[*].id")
				.entityList(String.class)
				.contains("section:沁水县:尉迟", QINSHUI_WATER_8);
		}

		@Test
		void aMultiCharacterQueryMatchesAsAPhraseNotAsAnyOfItsBigrams() {
			graphQl.documentName("search")
				.variable("text", "生活污水主管网")
				.variable("first", 50)
				.execute()
				.path("search[*].snippet")
				.entityList(String.class)
				.satisfies((snippets) -> assertThat(snippets).isNotEmpty()
					.allSatisfy((s) -> assertThat(s).contains("生活污水主管网")));
		}

		@Test
		void aOneCharacterQueryStillFindsMatches() {
			graphQl.documentName("search")
				.variable("text", "煤")
				.variable("first", 20)
				.execute()
				.path("search")
				.entityList(Object.class)
				.hasSizeGreaterThan(5);
		}

	}

	@Nested
	class Auditor {

		@Test
		void theChainRunsFromTaskToPlanDocumentAndIssuingGovernment() {
			var response = graphQl.documentName("accountabilityChain").variable("taskId", QINSHUI_WATER_1).execute();
			List<String> links = response.path("accountabilityChain")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get()
				.stream()
				.map((l) -> l.get("relation") + ":" + ((Map<?, ?>) l.get("from")).get("name") + "->"
						+ ((Map<?, ?>) l.get("to")).get("name"))
				.toList();
			assertThat(links).contains("IN_PLAN:强化饮用水水源生态环境保护->沁水县水环境质量巩固提升 2022 年行动计划",
					"RESPONSIBLE_FOR:强化饮用水水源生态环境保护->晋城市生态环境局沁水分局",
					"PART_OF:晋城市生态环境局沁水分局->晋城市生态环境局", "PART_OF:晋城市生态环境局->晋城市人民政府",
					"PART_OF:沁水县人民政府->晋城市人民政府");
			assertThat(links).anyMatch((l) -> l.startsWith("ISSUED_BY:") && l.endsWith("沁水县人民政府办公室"));
		}

		@Test
		void eachResponsibilityLinkCitesItsBracketLine() {
			graphQl.documentName("accountabilityChain")
				.variable("taskId", QINSHUI_WATER_8)
				.execute()
				.path("accountabilityChain[?(@.relation == 'RESPONSIBLE_FOR')].source.line")
				.entityList(Integer.class)
				.containsExactly(912, 912, 912);
		}

		@Test
		void aTownshipGovernmentAnswersToItsCounty() {
			var response = graphQl.documentName("accountabilityChain").variable("taskId", QINSHUI_WATER_8).execute();
			response.path("accountabilityChain[?(@.relation == 'PART_OF')].to.name")
				.entityList(String.class)
				.contains("沁水县人民政府", "晋城市人民政府");
		}

		@Test
		void thePortfolioCountsAgreeWithTheTaskLists() {
			var response = graphQl.documentName("agencyPortfolio")
				.variable("name", "县住建局")
				.variable("jurisdiction", "沁水县")
				.execute();
			response.path("agency.name").entity(String.class).isEqualTo("沁水县住房和城乡建设局");
			response.path("agency.parent.name").entity(String.class).isEqualTo("沁水县人民政府");
			int total = response.path("agency.portfolio.total").entity(Integer.class).get();
			int all = response.path("agency.all.totalCount").entity(Integer.class).get();
			int lead = response.path("agency.lead.totalCount").entity(Integer.class).get();
			assertThat(total).isEqualTo(all).isGreaterThan(lead);
			response.path("agency.portfolio.byRole[?(@.key == 'LEAD')].count")
				.entityList(Integer.class)
				.containsExactly(lead);
			response.path("agency.portfolio.byDeadlineState[*].key")
				.entityList(String.class)
				.contains("ON_TRACK", "NO_DEADLINE");
		}

	}

}
