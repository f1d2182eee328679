package org.dutygraph.policy;

/**
 * The relationships a task's list fields follow. A fixed list: the relationship type and label sent to
 * Cypher always come from here, never from a client.
 */
public enum Relation {

	TOWNSHIPS("LOCATED_IN", "Township", "OUT"), ENTERPRISES("CONCERNS", "Enterprise", "OUT"),
	SECTIONS("AFFECTS", "MonitoringSection", "OUT"), PROJECTS("IMPLEMENTS", "KeyProject", "IN"),
	DEPENDS_ON("DEPENDS_ON", "Task", "OUT"), DEPENDENTS("DEPENDS_ON", "Task", "IN"), DETAILS("DETAILS", "Task", "OUT"),
	DETAILED_BY("DETAILS", "Task", "IN");

	private final String type;

	private final String label;

	private final String direction;

	Relation(String type, String label, String direction) {
		this.type = type;
		this.label = label;
		this.direction = direction;
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

}
