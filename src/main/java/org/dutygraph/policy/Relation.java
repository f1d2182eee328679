package org.dutygraph.policy;

import java.util.function.Function;

import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Enterprise;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;
import org.neo4j.driver.Value;

/**
 * The relationships a task's list fields follow, each with the record its nodes become. A fixed list:
 * the relationship type and label sent to Cypher always come from here, never from a client.
 *
 * @param <T> the record the reached nodes are mapped to
 */
public final class Relation<T> {

	static final Relation<Township> TOWNSHIPS = new Relation<>("LOCATED_IN", "Township", "OUT", GraphValues::township);

	static final Relation<Enterprise> ENTERPRISES = new Relation<>("CONCERNS", "Enterprise", "OUT",
			GraphValues::enterprise);

	static final Relation<MonitoringSection> SECTIONS = new Relation<>("AFFECTS", "MonitoringSection", "OUT",
			GraphValues::section);

	static final Relation<KeyProject> PROJECTS = new Relation<>("IMPLEMENTS", "KeyProject", "IN", GraphValues::project);

	static final Relation<Task> DEPENDS_ON = new Relation<>("DEPENDS_ON", "Task", "OUT", GraphValues::task);

	static final Relation<Task> DEPENDENTS = new Relation<>("DEPENDS_ON", "Task", "IN", GraphValues::task);

	static final Relation<Task> DETAILS = new Relation<>("DETAILS", "Task", "OUT", GraphValues::task);

	static final Relation<Task> DETAILED_BY = new Relation<>("DETAILS", "Task", "IN", GraphValues::task);

	private final String type;

	private final String label;

	private final String direction;

	private final Function<Value, T> mapper;

	private Relation(String type, String label, String direction, Function<Value, T> mapper) {
		this.type = type;
		this.label = label;
		this.direction = direction;
		this.mapper = mapper;
	}

	public String type() {
		return this.type;
	}

	public String label() {
		return this.label;
	}

	public String direction() {
		return this.direction;
	}

	T map(Value node) {
		return this.mapper.apply(node);
	}

}
