package org.dutygraph.change;

import org.dutygraph.model.AuditRecord;

import java.util.List;

/** Result of addDependency. */
public record AddDependencyPayload(TaskDependency dependency, List<AuditRecord> audit) {
}
