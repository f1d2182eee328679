package org.dutygraph.policy;

/** Counts of a township's tasks: its own, and those that fall to it through collectives. */
record TownshipSummary(int direct, int inherited) {
}
