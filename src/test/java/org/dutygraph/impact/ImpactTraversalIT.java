package org.dutygraph.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.PlanProfile;
import org.dutygraph.QueryCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delay analysis and the blockers, fed by a traversal from the task ({@code impact/downstream},
 * {@code impact/upstream}), answer exactly what they answered over the whole graph (the statement
 * before, kept in {@code fixtures/queries/impactSnapshotReference.cypher}), for every task and key
 * project of the seed graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactTraversalIT extends IntegrationTestSupport {

	/** 沁水县 2022 water task 26: emission reduction built on the key projects (001 L1076). */
	static final String WATER_26 = "001_bc15039033e882c0:WATER:三/(七)/26";

	/** 沁水县 2022 water task 8: the 尉迟 section sewer works (001 L903–912). */
	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	@Autowired
	ImpactQueries queries;

	@Autowired
	Driver driver;

	private final DelayImpactAnalyzer analyzer = new DelayImpactAnalyzer();

	private Snapshot whole;

	@BeforeAll
	void loadTheWholeGraph() throws IOException {
		String statement = new ClassPathResource("fixtures/queries/impactSnapshotReference.cypher")
			.getContentAsString(StandardCharsets.UTF_8);
		try (var session = this.driver.session()) {
			this.whole = ImpactQueries.snapshot(session.executeRead((tx) -> tx.run(statement).single()));
		}
	}

	@Test
	void everyDelayReachesWhatItReachedOverTheWholeGraph() {
		int reaching = 0;
		for (String id : ids()) {
			DelayImpactAnalyzer.Result before = this.analyzer.analyze(this.whole, id, 30);
			DelayImpactAnalyzer.Result after = this.analyzer.analyze(this.queries.downstream(id), id, 30);
			assertThat(after).as(id).isEqualTo(before);
			reaching += before.affected().isEmpty() ? 0 : 1;
		}
		assertThat(reaching).as("tasks whose delay reaches another").isGreaterThan(10);
	}

	@Test
	void everyTaskIsBlockedByWhatBlockedItOverTheWholeGraph() {
		int blocked = 0;
		for (String id : ids()) {
			DelayImpactAnalyzer.Upstream before = this.analyzer.upstream(this.whole, id);
			DelayImpactAnalyzer.Upstream after = this.analyzer.upstream(this.queries.upstream(id), id);
			assertThat(after).as(id).isEqualTo(before);
			blocked += before.blockers().isEmpty() ? 0 : 1;
		}
		assertThat(blocked).as("tasks with blockers").isGreaterThan(10);
		assertThat(this.analyzer.upstream(this.queries.upstream(WATER_26), WATER_26).blockers())
			.extracting(DelayImpactAnalyzer.Blocker::taskId)
			.contains(WATER_8, "001_bc15039033e882c0:WATER:三/(三)/7");
	}

	@Test
	void bothTraversalsStartFromTheTaskIdAndExpandBreadthFirstWithoutScanningALabel() {
		for (String statement : List.of("downstream", "upstream")) {
			QueryCounter.record();
			if (statement.equals("downstream")) {
				this.queries.downstream(WATER_8);
			}
			else {
				this.queries.upstream(WATER_26);
			}
			List<QueryCounter.Statement> sent = QueryCounter.stopRecording();
			assertThat(sent).hasSize(1);
			PlanProfile plan = PlanProfile.of(this.driver, sent.get(0).text(), sent.get(0).parameters());
			assertThat(plan.uses("NodeUniqueIndexSeek", "start:Entity(id)")).as(plan.operators().toString()).isTrue();
			assertThat(plan.operators()).as(statement)
				.anyMatch((o) -> o.name().startsWith("VarLengthExpand(Pruning,BFS"))
				.noneMatch((o) -> o.name().equals("AllNodesScan") || o.name().equals("NodeByLabelScan"));
		}
	}

	private List<String> ids() {
		List<String> ids = List.copyOf(this.whole.tasks().keySet());
		assertThat(ids).hasSizeGreaterThan(500);
		return ids;
	}

}
