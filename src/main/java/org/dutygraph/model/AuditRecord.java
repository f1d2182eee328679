package org.dutygraph.model;

/**
 * One audited change: a node {@code (:AuditRecord:Entity)-[:ABOUT]->(subject)}, written in the
 * transaction of the change it records.
 *
 * @param at ISO-8601 with offset, China time
 * @param version the subject task's version after the change; null for changes that do not version it
 */
public record AuditRecord(String id, String subjectId, String who, String at, String action, String field,
		String oldValue, String newValue, String reason, Integer version) {
}
