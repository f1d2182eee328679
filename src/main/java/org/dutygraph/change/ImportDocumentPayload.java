package org.dutygraph.change;

import java.util.List;

import org.dutygraph.importer.ImportReport;

/** Result of importDocument: the importer's report, and the audit record when something was written. */
public record ImportDocumentPayload(ImportReport report, List<AuditRecord> audit) {
}
