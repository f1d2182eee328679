package org.dutygraph.policy;

import org.dutygraph.model.Agency;
import org.dutygraph.model.Task;

/** A task of a township, direct or inherited through a collective ({@code via}). */
record TownshipTask(Task task, boolean inherited, Agency via, String role) {
}
