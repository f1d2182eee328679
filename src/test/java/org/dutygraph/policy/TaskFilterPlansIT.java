package org.dutygraph.policy;

import java.time.LocalDate;
import java.util.List;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.PlanProfile;
import org.dutygraph.QueryCounter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each task filter, run as the service runs it and replayed under {@code PROFILE} on the seed graph,
 * starts from its index and never scans every task (no {@code AllNodesScan}, no label scan of
 * {@code Task}).
 */
class TaskFilterPlansIT extends IntegrationTestSupport {

	@Autowired
	PolicyQueries queries;

	@Autowired
	Driver driver;

	@Test
	void aUnitByNameStartsFromItsNameAndAliasIndexes() {
		PlanProfile plan = profile(filter(null, null, "县住建局", null, "LEAD", "沁水县", null, null, null, null));
		assertThat(plan.uses("NodeIndexSeek", "a:Agency(name)")).as(plan.operators().toString()).isTrue();
		assertThat(plan.uses("NodeIndexSeek", "al:Alias(text)")).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void aUnitByIdStartsFromItsUniqueId() {
		PlanProfile plan = profile(filter(null, null, null, "沁水县:沁水县住房和城乡建设局", null, null, null, null, null, null));
		assertThat(plan.uses("NodeUniqueIndexSeek", "a:Agency(id)")).as(plan.operators().toString()).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void aTownshipStartsFromItsNameIndex() {
		PlanProfile plan = profile(filter(null, null, null, null, null, null, null, null, "NUMBERED", "郑村镇"));
		assertThat(plan.usesAny("NodeIndexSeek", ":Township(name)")).as(plan.operators().toString()).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void aPlanIsOneSeekOfItsTasksInDocumentOrder() {
		PlanProfile plan = profile(filter(null, "001_bc15039033e882c0:WATER", null, null, null, null, null, null, null,
				null));
		assertThat(plan.uses("NodeIndexSeek", "t:Task(planId, sortKey)")).as(plan.operators().toString()).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void dueBeforeAloneStartsFromTheDeadlineDates() {
		PlanProfile plan = profile(filter(null, null, null, null, null, null, LocalDate.of(2022, 6, 30), null, null,
				null));
		assertThat(plan.usesAny("NodeIndexSeek", "d:Deadline(date)")).as(plan.operators().toString()).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void dueAfterSeeksTheTaskDueDates() {
		PlanProfile plan = profile(filter(null, null, null, null, null, null, null, LocalDate.of(2022, 10, 1), null,
				null));
		assertThat(plan.usesAny("NodeIndexSeek", "t:Task(dueDate)")).as(plan.operators().toString()).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void aKindSeeksTheKindIndex() {
		PlanProfile plan = profile(filter(null, null, null, null, null, null, null, null, "TABLE_ROW", null));
		assertThat(plan.usesAny("NodeIndexSeek", "t:Task(kind)")).as(plan.operators().toString()).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void textContainsUsesTheTextIndex() {
		PlanProfile plan = profile(filter("污水", null, null, null, null, null, null, null, null, null));
		assertThat(plan.usesAny("NodeIndexContainsScan", "t:Task(text)")).as(plan.operators().toString()).isTrue();
		assertNoTaskScan(plan);
	}

	@Test
	void noConditionCountsFromTheCountStoreAndReadsOnePageOfTheSortIndex() {
		PlanProfile plan = profile(TaskFilter.none());
		assertThat(plan.usesAny("NodeCountFromCountStore", ":Task")).as(plan.operators().toString()).isTrue();
		assertThat(plan.usesAny("NodeIndexScan", "t:Task(sortKey)")).isTrue();
		assertNoTaskScan(plan);
		assertThat(plan.dbHits()).as("a page of 20 reads about 20 index entries, not every task").isLessThan(100);
	}

	private static void assertNoTaskScan(PlanProfile plan) {
		assertThat(plan.operators()).as(plan.operators().toString())
			.noneMatch((o) -> o.name().equals("AllNodesScan"))
			.noneMatch((o) -> o.name().equals("NodeByLabelScan") && o.details().contains(":Task"));
	}

	private PlanProfile profile(TaskFilter filter) {
		QueryCounter.record();
		this.queries.findTasks(filter, "DOCUMENT_ORDER", 0, 20, new TaskProjection(List.of("id")));
		List<QueryCounter.Statement> statements = QueryCounter.stopRecording();
		assertThat(statements).hasSize(1);
		return PlanProfile.of(this.driver, statements.get(0).text(), statements.get(0).parameters());
	}

	private static TaskFilter filter(String text, String planId, String agency, String agencyId, String role,
			String jurisdiction, LocalDate dueBefore, LocalDate dueAfter, String kind, String township) {
		return new TaskFilter(text, planId, agency, agencyId, role, jurisdiction, dueBefore, dueAfter, kind,
				township);
	}

}
