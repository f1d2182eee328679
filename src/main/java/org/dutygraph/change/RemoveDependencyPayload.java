package org.dutygraph.change;

import org.dutygraph.model.AuditRecord;

import java.util.List;

/** Result of removeDependency: the dependency as it was before removal. */
public record RemoveDependencyPayload(TaskDependency dependency, List<AuditRecord> audit) {
}
