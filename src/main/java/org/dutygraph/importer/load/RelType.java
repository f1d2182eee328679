package org.dutygraph.importer.load;

/**
 * The relationship types the importer writes. Types are written from these constants only, never
 * from input text.
 */
public enum RelType {

	/** (Document)->(Plan). */
	CONTAINS,
	/** (Document)->(Agency): the issuing body. */
	ISSUED_BY,
	/** (Plan)->(Heading), (Heading)->(Heading). */
	HAS_HEADING,
	/** (Plan)->(Task). */
	HAS_TASK,
	/** (Task)->(Heading): the heading the task sits under. */
	UNDER,
	/** (Task|KeyProject)->(Deadline). */
	HAS_DEADLINE,
	/** (Agency)->(Task|KeyProject) with role, order, comma group, as written, line. */
	RESPONSIBLE_FOR,
	/** (Agency)->(Agency): branch to bureau, bureau to government, township government to county. */
	PART_OF,
	/** (Alias)->(Agency). */
	NAMES,
	/** (Agency)->(Township|County): a government and its area. */
	GOVERNS,
	/** (Agency collective)->(Township): the townships a collective such as 各乡（镇）人民政府 covers. */
	COVERS,
	/** (Township|MonitoringSection)->(County). */
	IN_COUNTY,
	/** (Task TABLE_ROW)->(Task): a ledger row details its body task. */
	DETAILS,
	/** (Plan)->(KeyProject). */
	HAS_PROJECT,
	/** (KeyProject)->(Task). */
	IMPLEMENTS,
	/** (Plan)->(MonitoringSection) with the plan's target for it. */
	SETS_SECTION_TARGET,
	/** (MonitoringSection)->(Agency): the assessed unit. */
	ASSESSES,
	/** (MonitoringSection)->(Township). */
	IN_TOWNSHIP,
	/** (Plan)->(Target). */
	SETS,
	/** (Plan)->(ExternalDoc). */
	CITES,
	/** (Task|KeyProject)->(MonitoringSection). */
	AFFECTS,
	/** (Task|KeyProject)->(Township). */
	LOCATED_IN,
	/** (Task|KeyProject)->(Enterprise). */
	CONCERNS,
	/** (Task)->(Task): the dependent task depends on its prerequisite. */
	DEPENDS_ON,
	/** (Deadline)->(Deadline): milestones of one task in date order. */
	PRECEDES

}
