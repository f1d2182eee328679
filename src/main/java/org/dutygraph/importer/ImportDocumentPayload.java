package org.dutygraph.importer;

import java.util.List;

import org.dutygraph.model.AuditRecord;

/** Result of importDocument: the importer's report, and the audit record when something was written. */
public record ImportDocumentPayload(ImportReport report, List<AuditRecord> audit) {
}
