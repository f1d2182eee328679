package org.dutygraph.policy;

import java.util.List;

import org.dutygraph.model.CountByKey;

/** Counts of a plan, computed in Cypher. */
record PlanSummary(List<CountByKey> byKind, List<CountByKey> leads, int dated) {
}
