package org.dutygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dutygraph.importer.ImportReport.Status;
import org.dutygraph.importer.load.GraphBatch;
import org.dutygraph.importer.load.GraphModelBuilder;
import org.dutygraph.importer.load.GraphWriter;
import org.dutygraph.importer.load.ImportFinding;
import org.dutygraph.importer.load.Ids;
import org.dutygraph.importer.load.NodeLabel;
import org.dutygraph.importer.load.RelType;
import org.dutygraph.importer.load.StagingWriter;
import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.dutygraph.importer.parse.SourceDocument;
import org.dutygraph.importer.read.AsWritten;
import org.dutygraph.importer.read.DocumentReaders;
import org.dutygraph.importer.read.UnreadableDocumentException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Imports plan documents: parse, resolve, build the graph model, and write it: staged in committed
 * batches, then switched in one transaction ({@link StagingWriter}), so that a document of any size
 * needs bounded memory and is still written all or nothing. Importing the same bytes again changes nothing; a new version of a document replaces its
 * subgraph; a file that cannot be read is reported and nothing of it is written.
 */
public class ImportService {

	private static final Log logger = LogFactory.getLog(ImportService.class);

	private final DocumentReaders readers = new DocumentReaders();

	private final PlanDocumentParser parser;

	private final GraphModelBuilder builder;

	private final GraphWriter writer;

	private final Driver driver;

	private final ImportLimits limits;

	private final StagingWriter staging;

	private GraphBatch reference;

	private String referenceFingerprint;

	public ImportService(PlanDocumentParser parser, GraphModelBuilder builder, GraphWriter writer,
			StagingWriter staging, Driver driver, ImportLimits limits) {
		this.limits = limits;
		this.staging = staging;
		this.parser = parser;
		this.builder = builder;
		this.writer = writer;
		this.driver = driver;
	}

	/**
	 * Options of one import.
	 *
	 * @param dryRun parse, resolve and count, write nothing
	 * @param jurisdiction the issuing area of a fragment without header
	 * @param strict refuse a document that looks mis-decoded, has no task or no header, instead of
	 * warning about it
	 */
	public record Options(boolean dryRun, String jurisdiction, boolean strict) {

		public static final Options DEFAULT = new Options(false, null, false);

		public Options(boolean dryRun, String jurisdiction) {
			this(dryRun, jurisdiction, false);
		}

	}

	public ImportReport importFile(Path file, Options options) {
		return write(prepare(file, options));
	}

	public ImportReport importDocument(String fileName, byte[] content, Options options) {
		return importDocument(fileName, content, options, AfterWrite.NONE);
	}

	/** Imports and runs {@code afterWrite} in the same write transaction (an audit record, say). */
	public ImportReport importDocument(String fileName, byte[] content, Options options, AfterWrite afterWrite) {
		return write(prepare(fileName, content, options), afterWrite);
	}

	/** More writes that must commit or roll back with a document's import. */
	@FunctionalInterface
	public interface AfterWrite {

		AfterWrite NONE = (tx, report) -> {
		};

		void run(TransactionContext tx, ImportReport report);

	}

	/**
	 * A document parsed and turned into its graph model, ready to write; or the report that says why it
	 * cannot be. Preparing touches no database and is safe to run for several documents in parallel.
	 */
	public record Prepared(String fileName, Options options, ParsedDocument doc, GraphModelBuilder.Result result,
			ImportReport rejected, long parseNanos, long modelNanos, SourceDocument source) {
	}

	/**
	 * Reads and prepares a file. Before anything is read: only a regular file is accepted (a device
	 * such as /dev/zero or a FIFO would never end) and only up to the size limit.
	 */
	public Prepared prepare(Path file, Options options) {
		String fileName = (file.getFileName() != null) ? file.getFileName().toString() : file.toString();
		try {
			if (!Files.isRegularFile(file)) {
				String what = Files.isDirectory(file) ? "a folder"
						: Files.exists(file) ? "not a regular file (a device, FIFO or socket)" : "missing";
				return refused(fileName, options, "Cannot import " + file + ": it is " + what + ".");
			}
			String tooLarge = this.limits.tooLarge(Files.size(file));
			if (tooLarge != null) {
				return refused(fileName, options, tooLarge);
			}
			return prepare(fileName, Files.readAllBytes(file), options);
		}
		catch (IOException ex) {
			return refused(fileName, options, "cannot read the file: " + ex.getMessage());
		}
	}

	public Prepared prepare(String fileName, byte[] content, Options options) {
		String tooLarge = this.limits.tooLarge(content.length);
		String guard = (tooLarge != null) ? tooLarge : this.limits.tooManyLines(content);
		if (guard != null) {
			return refused(fileName, options, guard);
		}
		long started = System.nanoTime();
		String sha256 = PlanDocumentParser.sha256((content == null) ? new byte[0] : content);
		DocumentReaders.Read read;
		try {
			read = this.readers.read(fileName, content);
		}
		catch (UnreadableDocumentException ex) {
			return new Prepared(fileName, options, null, null, rejected(fileName, sha256, ex.getMessage()),
					System.nanoTime() - started, 0, null);
		}
		SourceDocument source = read.document();
		ParsedDocument doc = this.parser.parse(fileName, sha256, source, options.jurisdiction(), null);
		long parsed = System.nanoTime();
		List<ImportFinding> errors = doc.problems()
			.stream()
			.filter((p) -> "ERROR".equals(p.severity()))
			.map((p) -> new ImportFinding("ERROR", fileName, p.line(), p.message()))
			.toList();
		if (!errors.isEmpty()) {
			ImportReport rejected = new ImportReport(fileName, Status.REJECTED, null, doc.sha256(), Map.of(), Map.of(),
					errors, ImportSummary.source(source, null));
			return new Prepared(fileName, options, doc, null, rejected, parsed - started, 0, source);
		}
		GraphModelBuilder.Result built = this.builder.build(doc, options.jurisdiction());
		restoreAsWritten(built.batch(), read.asWritten());
		String jurisdiction = (options.jurisdiction() != null) ? options.jurisdiction() : doc.jurisdiction();
		List<ImportFinding> doubts = DocumentSanity.check(fileName, source.text(), doc, built.batch(), jurisdiction);
		if (options.strict() && !doubts.isEmpty()) {
			List<ImportFinding> refusals = doubts.stream()
				.map((f) -> new ImportFinding("ERROR", f.fileName(), f.line(), f.message() + " (refused: --strict)"))
				.toList();
			ImportReport rejected = new ImportReport(fileName, Status.REJECTED, null, doc.sha256(), Map.of(), Map.of(),
					refusals, ImportSummary.source(source, null));
			return new Prepared(fileName, options, doc, null, rejected, parsed - started, 0, source);
		}
		List<ImportFinding> findings = new ArrayList<>(doubts);
		findings.addAll(built.findings());
		GraphModelBuilder.Result result = new GraphModelBuilder.Result(built.batch(), findings);
		return new Prepared(fileName, options, doc, result, null, parsed - started, System.nanoTime() - parsed,
				source);
	}

	/**
	 * What the graph quotes from a document read as simplified (units as written, excerpts, brackets,
	 * deadlines as written) goes back to the characters the document used; names and aliases, which
	 * are matched, stay simplified.
	 */
	private static void restoreAsWritten(GraphBatch batch, AsWritten asWritten) {
		if (asWritten.identity()) {
			return;
		}
		for (NodeLabel label : NodeLabel.values()) {
			batch.nodes(label).forEach((node) -> restore(node.props(), asWritten));
		}
		for (RelType type : RelType.values()) {
			batch.rels(type).forEach((rel) -> restore(rel.props(), asWritten));
		}
	}

	private static void restore(Map<String, Object> props, AsWritten asWritten) {
		for (String key : List.of("asWritten", "excerpt", "rawBracket", "raw")) {
			if (props.get(key) instanceof String text) {
				props.put(key, asWritten.apply(text));
			}
		}
	}

	private static Prepared refused(String fileName, Options options, String message) {
		return new Prepared(fileName, options, null, null, rejected(fileName, null, message), 0, 0, null);
	}

	/** Writes a prepared document in one transaction (or reports it unchanged, rejected or dry). */
	public ImportReport write(Prepared prepared) {
		return write(prepared, AfterWrite.NONE);
	}

	private ImportReport write(Prepared prepared, AfterWrite afterWrite) {
		if (prepared.rejected() != null) {
			return prepared.rejected();
		}
		String fileName = prepared.fileName();
		ParsedDocument doc = prepared.doc();
		String documentId = Ids.document(fileName);
		GraphModelBuilder.Result result = prepared.result();
		if (prepared.options().dryRun()) {
			return report(fileName, Status.DRY_RUN, documentId, doc, result, prepared.source());
		}
		String first = documentWithDigest(doc.sha256());
		if (documentId.equals(first)) {
			return new ImportReport(fileName, Status.UNCHANGED, documentId, doc.sha256(), Map.of(), Map.of(),
					List.of(), ImportSummary.source(prepared.source(), result));
		}
		if (first != null) {
			return new ImportReport(fileName, Status.DUPLICATE, first, doc.sha256(), Map.of(), Map.of(),
					List.of(new ImportFinding("WARNING", fileName, 0, "The same bytes (sha256 " + doc.sha256()
							+ ") are already imported as document " + first + "; nothing was written. Remove that "
							+ "document first to import the text under this name.")),
					ImportSummary.source(prepared.source(), result));
		}
		GraphBatch batch = result.batch();
		// the curated reference graph first, in a transaction of its own, so that the switch stays short
		writeReference();
		long started = System.nanoTime();
		logger.info("Staging " + fileName + ": " + batch.nodeCounts().values().stream().mapToInt(Integer::intValue).sum()
				+ " nodes in committed batches of " + this.limits.batchSize());
		StagingWriter.Staged staged = this.staging.stage(this.driver, documentId, batch);
		long stagedAt = System.nanoTime();
		ImportReport report;
		try (Session session = this.driver.session()) {
			report = session.executeWrite((tx) -> {
				boolean existed = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS existed",
						Map.of("id", documentId)).single().get("existed").asBoolean();
				this.staging.switchTo(tx, documentId, staged, existed);
				ImportReport written = report(fileName, existed ? Status.REPLACED : Status.IMPORTED, documentId, doc,
						result, prepared.source());
				afterWrite.run(tx, written);
				return written;
			});
		}
		catch (RuntimeException ex) {
			this.staging.drop(this.driver, staged.token());
			throw ex;
		}
		logger.info("Imported " + fileName + ": " + report.status() + " (parse " + prepared.parseNanos() / 1_000_000
				+ " ms, model " + prepared.modelNanos() / 1_000_000 + " ms, staged " + (stagedAt - started) / 1_000_000
				+ " ms, switch " + (System.nanoTime() - stagedAt) / 1_000_000 + " ms), " + batch.nodeCounts());
		return report;
	}

	/**
	 * Removes what imports cut short by a crash staged: call it on start, before any import runs.
	 * Answers how many staged nodes there were.
	 */
	public long dropUnfinishedImports() {
		long dropped = this.staging.drop(this.driver, null);
		if (dropped > 0) {
			logger.info("Removed " + dropped + " staged nodes of imports that did not finish");
		}
		return dropped;
	}

	/**
	 * Removes a document and everything only it wrote, in one transaction; what other documents, the
	 * reference data or users wrote stays. Answers whether there was such a document.
	 */
	public boolean removeDocument(String documentId) {
		try (Session session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				boolean existed = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS existed",
						Map.of("id", documentId)).single().get("existed").asBoolean();
				this.writer.removeDocument(tx, documentId);
				return existed;
			});
		}
	}

	/**
	 * Writes the curated reference graph (agencies with their hierarchy, counties, townships) in a
	 * transaction of its own, when the graph does not hold this version of it yet. The seed import
	 * calls it first, so that the reference graph is in place before any document.
	 */
	public void writeReference() {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(this::writeReferenceIfChanged);
		}
	}

	/**
	 * Writes the curated reference graph when the graph does not hold this version of it yet (a
	 * fingerprint of its content), before any document that needs it.
	 */
	private void writeReferenceIfChanged(TransactionContext tx) {
		if (this.reference == null) {
			this.reference = this.builder.reference();
			this.referenceFingerprint = fingerprint(this.reference);
		}
		boolean current = tx.run("MATCH (r:ReferenceImport {fingerprint: $fp}) RETURN count(r) > 0 AS current",
				Map.of("fp", this.referenceFingerprint)).single().get("current").asBoolean();
		if (current) {
			return;
		}
		this.writer.writeReference(tx, this.reference);
		tx.run("MERGE (r:ReferenceImport {id: 'reference'}) SET r.fingerprint = $fp, r.writtenAt = datetime()",
				Map.of("fp", this.referenceFingerprint)).consume();
	}

	private static String fingerprint(GraphBatch batch) {
		// the version of how the reference graph is written: a change rewrites it on the next start
		StringBuilder all = new StringBuilder("ownership-v1\n");
		for (NodeLabel label : NodeLabel.values()) {
			batch.nodes(label).forEach((n) -> all.append(n.id()).append(n.props()).append('\n'));
		}
		for (RelType type : RelType.values()) {
			batch.rels(type).forEach((r) -> all.append(r.from()).append(r.to()).append(r.props()).append('\n'));
		}
		return Integer.toHexString(all.toString().hashCode()) + "-" + all.length();
	}

	/** The id of the document imported with these bytes, null when none is. */
	private String documentWithDigest(String sha256) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx
				.run("MATCH (d:Document {sha256: $sha256}) RETURN d.id AS id ORDER BY d.id LIMIT 1",
						Map.of("sha256", sha256))
				.list()
				.stream()
				.map((r) -> r.get("id").asString())
				.findFirst()
				.orElse(null));
		}
	}

	private static ImportReport report(String fileName, Status status, String documentId, ParsedDocument doc,
			GraphModelBuilder.Result result, SourceDocument source) {
		return new ImportReport(fileName, status, documentId, doc.sha256(), result.batch().nodeCounts(),
				result.batch().relCounts(), new ArrayList<>(result.findings()), ImportSummary.source(source, result));
	}

	private static ImportReport rejected(String fileName, String sha256, String message) {
		return new ImportReport(fileName, Status.REJECTED, null, sha256, Map.of(), Map.of(),
				List.of(new ImportFinding("ERROR", fileName, 0, message)));
	}

}
