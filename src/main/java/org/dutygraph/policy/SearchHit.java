package org.dutygraph.policy;

import org.dutygraph.model.Agency;
import org.dutygraph.model.Task;

/** A search hit. */
record SearchHit(String id, String label, String name, double score, String snippet, Task task, Agency agency) {
}
