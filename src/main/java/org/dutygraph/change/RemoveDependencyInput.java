package org.dutygraph.change;

/** Input of removeDependency. */
public record RemoveDependencyInput(String dependentId, String prerequisiteId, String reason) {
}
