package org.dutygraph.change;

/** Input of addDependency. */
public record AddDependencyInput(String dependentId, String prerequisiteId, String reason) {
}
