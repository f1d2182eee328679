package org.dutygraph.importer.depend;

/**
 * "The dependent cannot finish before the prerequisite": a DEPENDS_ON edge between two tasks, with
 * what makes it, so that every edge in the graph can be audited against the source text.
 *
 * @param dependentId the task that waits
 * @param prerequisiteId the task waited for
 * @param basis RULE (derived from the text), CURATED (the reference file) or USER (entered in the product)
 * @param rule RESULT_CUE, GATING, SAME_PLAN_REDUCTION, MILESTONE; for curated rows CURATED
 * @param reason why, in English
 * @param evidence the text that makes the edge (the cue sentence, or the curated source)
 * @param documentId the document of the evidence
 * @param line the line of the evidence (for rules: the dependent task's line)
 */
public record Dependency(String dependentId, String prerequisiteId, String basis, String rule, String reason,
		String evidence, String documentId, int line) {

	public static final String RULE = "RULE";

	public static final String CURATED = "CURATED";

	public static final String USER = "USER";

	public static final String RESULT_CUE = "RESULT_CUE";

	public static final String GATING = "GATING";

	public static final String SAME_PLAN_REDUCTION = "SAME_PLAN_REDUCTION";

	/** The pair that identifies an edge regardless of how it was found. */
	String key() {
		return this.dependentId + "->" + this.prerequisiteId;
	}

}
