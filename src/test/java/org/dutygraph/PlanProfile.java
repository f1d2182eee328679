package org.dutygraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * A statement run under {@code PROFILE} on the real Neo4j: its database hits, the rows it answered,
 * and the operators of its plan with their details (such as {@code t:Task} or
 * {@code a:Agency(name) WHERE name = $agency}), so that a test can assert that a statement starts from
 * an index and does not scan a label.
 */
public record PlanProfile(long dbHits, long rows, List<Operator> operators) {

	/** One operator of the plan, its name without the runtime suffix. */
	public record Operator(String name, String details) {

		@Override
		public String toString() {
			return this.name + "(" + this.details + ")";
		}

	}

	/** Runs the statement under {@code PROFILE} in a read transaction. */
	public static PlanProfile of(Driver driver, String text, Map<String, Object> parameters) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build())) {
			ResultSummary summary = session.executeRead((tx) -> tx.run("PROFILE " + text, parameters).consume());
			List<Operator> operators = new ArrayList<>();
			long hits = walk(summary.profile(), operators);
			return new PlanProfile(hits, summary.profile().records(), operators);
		}
	}

	/** Profiles of every statement given, summed. */
	public static PlanProfile sum(Driver driver, List<QueryCounter.Statement> statements) {
		long hits = 0;
		long rows = 0;
		List<Operator> operators = new ArrayList<>();
		for (QueryCounter.Statement statement : statements) {
			PlanProfile profile = of(driver, statement.text(), statement.parameters());
			hits += profile.dbHits();
			rows += profile.rows();
			operators.addAll(profile.operators());
		}
		return new PlanProfile(hits, rows, operators);
	}

	/** Whether some operator has the name (such as {@code NodeIndexSeek}) and its details contain the text. */
	public boolean uses(String operator, String detailsContaining) {
		return this.operators.stream()
			.anyMatch((o) -> o.name().equals(operator) && o.details().contains(detailsContaining));
	}

	/** Whether some operator's name starts with the prefix and its details contain the text. */
	public boolean usesAny(String operatorPrefix, String detailsContaining) {
		return this.operators.stream()
			.anyMatch((o) -> o.name().startsWith(operatorPrefix) && o.details().contains(detailsContaining));
	}

	private static long walk(ProfiledPlan plan, List<Operator> operators) {
		String name = plan.operatorType();
		int at = name.indexOf('@');
		Object details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asObject() : "";
		operators.add(new Operator((at < 0) ? name : name.substring(0, at), String.valueOf(details)));
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += walk(child, operators);
		}
		return hits;
	}

}
