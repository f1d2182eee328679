package org.dutygraph.policy;

/** The GraphQL input {@code AgencyWhere}. */
public record AgencyWhere(String nameContains, String jurisdiction, Boolean collective, String role) {
}
