package org.dutygraph.importer;

import java.util.List;
import java.util.Map;

import org.dutygraph.importer.load.ImportFinding;
import org.dutygraph.model.AuditRecord;

/**
 * What one import did: the outcome, what it wrote (counts by label and relationship type) and every
 * finding a reader should check (unresolved units, ambiguous cases, skipped parts), each with its line.
 *
 * @param fileName the document
 * @param status IMPORTED, REPLACED, UNCHANGED, DUPLICATE, REJECTED or DRY_RUN
 * @param documentId the document's graph id (for a DUPLICATE, the document first imported with these
 * bytes), null when rejected
 * @param sha256 the digest of the file
 * @param nodes node counts by label
 * @param relationships relationship counts by type
 * @param findings what to look at
 * @param source how the file was read and what it holds, for the summary table
 * @param audit the audit record written with the document (who imported it), empty when nothing was
 * written or no one is named (the seed import)
 */
public record ImportReport(String fileName, Status status, String documentId, String sha256,
		Map<String, Integer> nodes, Map<String, Integer> relationships, List<ImportFinding> findings, Source source,
		List<AuditRecord> audit) {

	public ImportReport {
		audit = (audit != null) ? List.copyOf(audit) : List.of();
	}

	public ImportReport(String fileName, Status status, String documentId, String sha256, Map<String, Integer> nodes,
			Map<String, Integer> relationships, List<ImportFinding> findings, Source source) {
		this(fileName, status, documentId, sha256, nodes, relationships, findings, source, List.of());
	}

	public ImportReport(String fileName, Status status, String documentId, String sha256, Map<String, Integer> nodes,
			Map<String, Integer> relationships, List<ImportFinding> findings) {
		this(fileName, status, documentId, sha256, nodes, relationships, findings, Source.UNREAD);
	}

	/** The same report with the audit records written with it. */
	ImportReport withStatus(Status status) {
		return new ImportReport(this.fileName, status, this.documentId, this.sha256, this.nodes, this.relationships,
				this.findings, this.source, this.audit);
	}

	ImportReport withAudit(List<AuditRecord> records) {
		return new ImportReport(this.fileName, this.status, this.documentId, this.sha256, this.nodes,
				this.relationships, this.findings, this.source, records);
	}

	/**
	 * How a document was read and what it holds.
	 *
	 * @param format TEXT, HTML, DOCX or PDF; null when the file could not be read
	 * @param encoding the character encoding the text was read in (UTF-8, GBK, UTF-16LE (BOM)...)
	 * @param notes what the reader did (pages, running headers dropped, traditional characters)
	 * @param plans plans found
	 * @param tasks tasks found
	 * @param unitsResolved distinct responsible units found in the reference data
	 * @param unitsUnresolved distinct responsible units not in the reference data (created as written)
	 * @param locations where line n (index n - 1) sits in the source (page, paragraph, table row);
	 * empty for text files, whose lines are their own locations
	 */
	public record Source(String format, String encoding, List<String> notes, int plans, int tasks, int unitsResolved,
			int unitsUnresolved, List<String> locations) {

		public static final Source UNREAD = new Source(null, null, List.of(), 0, 0, 0, 0, List.of());

		String location(int line) {
			return (line >= 1 && line <= this.locations.size()) ? this.locations.get(line - 1) : null;
		}

	}

	/** The outcome of an import. */
	public enum Status {

		/** A new document was written. */
		IMPORTED,
		/** A new version replaced the document's previous subgraph. */
		REPLACED,
		/** The same bytes were imported before; nothing changed. */
		UNCHANGED,
		/** The same bytes are imported under another file name; nothing was written. */
		DUPLICATE,
		/** The file could not be read; nothing was written. */
		REJECTED,
		/** Parsed and counted; nothing was written. */
		DRY_RUN

	}

	public boolean failed() {
		return this.status == Status.REJECTED;
	}

	/** The report as the command line prints it. */
	public String render() {
		StringBuilder out = new StringBuilder();
		out.append(this.fileName).append(": ").append(this.status);
		if (this.sha256 != null) {
			out.append(" (sha256 ").append(this.sha256, 0, 12).append("…)");
		}
		out.append('\n');
		if (this.source.format() != null) {
			out.append("  read as:       ").append(this.source.format()).append(", ").append(this.source.encoding());
			this.source.notes().forEach((note) -> out.append("; ").append(note));
			out.append('\n');
		}
		if (!this.nodes.isEmpty()) {
			out.append("  nodes:         ").append(this.nodes).append('\n');
			out.append("  relationships: ").append(this.relationships).append('\n');
		}
		for (ImportFinding finding : this.findings) {
			out.append("  ")
				.append(finding.severity())
				.append(" line ")
				.append(finding.line());
			String location = this.source.location(finding.line());
			if (location != null) {
				out.append(" (").append(location).append(')');
			}
			out.append(": ")
				.append(finding.message())
				.append('\n');
		}
		return out.toString();
	}

}
