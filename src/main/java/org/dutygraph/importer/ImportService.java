package org.dutygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dutygraph.graph.StorageGuard;
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
 * The one import path, in one direction: document, parse, resolve, model with the dependencies the
 * rules derive, then the write: the reference graph (when new) in a transaction of its own, the
 * document's own nodes staged in committed batches ({@link StagingWriter}), and one switch transaction
 * that replaces the previous version, writes the links to shared nodes, the curated dependencies and
 * the audit record of who imported it. A document of any size thus needs bounded memory and is still
 * written all or nothing. The seed import, the {@code import} command and the {@code importDocument}
 * mutation all run it. Importing the same bytes again changes nothing; the same bytes under another
 * name are a duplicate; a new version of a document replaces its subgraph and nothing of another
 * document's; a file that cannot be read is reported and nothing of it is written. A data folder with
 * less free space than {@code dutygraph.storage.min-free-space} (plus what the document needs) refuses
 * the write before it starts ({@link StorageGuard}).
 */
public class ImportService {

	private static final Log logger = LogFactory.getLog(ImportService.class);

	private final DocumentReaders readers = new DocumentReaders();

	private final PlanDocumentParser parser;

	private final GraphModelBuilder builder;

	private final GraphWriter writer;

	private final ImportQueries queries;

	private final CuratedDependencyWriter curated;

	private final StagingWriter staging;

	private final ImportLimits limits;

	private final Driver driver;

	private final StorageGuard storage;

	private GraphBatch reference;

	private String referenceFingerprint;

	ImportService(PlanDocumentParser parser, GraphModelBuilder builder, GraphWriter writer, ImportQueries queries,
			CuratedDependencyWriter curated, StagingWriter staging, ImportLimits limits, Driver driver,
			StorageGuard storage) {
		this.staging = staging;
		this.storage = storage;
		this.limits = limits;
		this.parser = parser;
		this.builder = builder;
		this.writer = writer;
		this.queries = queries;
		this.curated = curated;
		this.driver = driver;
	}

	/**
	 * Options of one import.
	 * @param dryRun parse, resolve and count; write nothing
	 * @param jurisdiction the issuing area of a fragment without header, or null
	 * @param actor who imports, written into the audit record; null writes none (the seed import)
	 * @param year the plan's year when its text does not give it (--year), or null
	 * @param strict refuse a document that looks mis-decoded, has no task or no header, instead of
	 * warning about it
	 */
	public record Options(boolean dryRun, String jurisdiction, String actor, Integer year, boolean strict) {

		public static final Options DEFAULT = new Options(false, null, null, null, false);

		public Options(boolean dryRun, String jurisdiction) {
			this(dryRun, jurisdiction, null, null, false);
		}

		public Options(boolean dryRun, String jurisdiction, String actor) {
			this(dryRun, jurisdiction, actor, null, false);
		}

		public Options(boolean dryRun, String jurisdiction, String actor, Integer year) {
			this(dryRun, jurisdiction, actor, year, false);
		}
	}

	public ImportReport importFile(Path file, Options options) {
		return write(prepare(file, options));
	}

	public ImportReport importDocument(String fileName, byte[] content, Options options) {
		return write(prepare(fileName, content, options));
	}

	/**
	 * A document parsed and turned into its graph model, ready to write; or the report that says why it
	 * cannot be. Preparing touches no database and is safe to run for several documents in parallel.
	 * A prepared document is written once: its rows are let go as soon as they are staged.
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
		String tooLarge = this.limits.tooLarge((content == null) ? 0 : content.length);
		String guard = (tooLarge != null) ? tooLarge : this.limits.tooManyLines((content == null) ? new byte[0] : content);
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
		ParsedDocument doc = this.parser.parse(fileName, sha256, source, options.jurisdiction(), options.year());
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

	/**
	 * Writes a prepared document in one transaction, with the curated dependencies and the audit record
	 * (or reports it unchanged, rejected or dry).
	 */
	public ImportReport write(Prepared prepared) {
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
		// the report is made before the rows are let go
		ImportReport imported = report(fileName, Status.IMPORTED, documentId, doc, result, prepared.source());
		Map<String, Integer> counts = batch.nodeCounts();
		// refused before anything is written when the data folder lacks the room (a store that runs out
		// of space in a commit stops until restart)
		this.storage.requireRoomFor(sum(counts) + sum(batch.relCounts()));
		// the curated reference graph first, in a transaction of its own, so that the switch stays short;
		// the curated dependencies are applied once, in the switch
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(this::writeReferenceIfChanged);
		}
		long started = System.nanoTime();
		logger.info("Staging " + fileName + ": " + sum(counts) + " nodes in committed batches of "
				+ this.limits.batchSize());
		StagingWriter.Staged staged = this.staging.stage(this.driver, documentId, batch);
		batch.release();
		long stagedAt = System.nanoTime();
		ImportReport report;
		try (Session session = this.driver.session()) {
			report = session.executeWrite((tx) -> {
				boolean existed = this.queries.documentExists(tx, documentId);
				this.staging.switchTo(tx, documentId, staged, existed);
				this.curated.apply(tx);
				ImportReport written = existed ? imported.withStatus(Status.REPLACED) : imported;
				String actor = prepared.options().actor();
				return (actor != null) ? written.withAudit(this.queries.auditImport(tx, written, actor)) : written;
			});
		}
		catch (RuntimeException ex) {
			try {
				this.staging.drop(this.driver, staged.token());
			}
			catch (RuntimeException dropFailed) {
				// a store that stopped after a failed commit refuses the drop too: the commit's failure is
				// the one to answer; the next start removes what was staged
				ex.addSuppressed(dropFailed);
			}
			throw ex;
		}
		long switched = System.nanoTime();
		this.staging.clearMarks(this.driver, staged);
		logger.info("Imported " + fileName + ": " + report.status() + " (parse " + prepared.parseNanos() / 1_000_000
				+ " ms, model " + prepared.modelNanos() / 1_000_000 + " ms, staged " + (stagedAt - started) / 1_000_000
				+ " ms, switch " + (switched - stagedAt) / 1_000_000 + " ms, marks cleared "
				+ (System.nanoTime() - switched) / 1_000_000 + " ms), " + counts);
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
				boolean existed = this.queries.documentExists(tx, documentId);
				this.writer.removeDocument(tx, documentId);
				return existed;
			});
		}
	}

	/**
	 * Writes the curated reference graph (agencies with their hierarchy, counties, townships) in a
	 * transaction of its own, when the graph does not hold this version of it yet, and the curated
	 * dependencies between the tasks the graph holds (the file may have changed since the last import).
	 * The seed import calls it first on every start, so that the reference graph is in place before any
	 * document.
	 */
	public void writeReference() {
		this.storage.requireRoomFor(0);
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				writeReferenceIfChanged(tx);
				this.curated.apply(tx);
			});
		}
	}

	/** Whether the seed folder {@code dir} was imported completely (and the graph still holds documents). */
	public boolean seedImportComplete(String dir) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> this.queries.seedImportComplete(tx, dir));
		}
	}

	/** Records that the seed folder {@code dir} was imported completely. */
	public void markSeedImportComplete(String dir) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> this.queries.markSeedImportComplete(tx, dir));
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
		if (this.queries.referenceCurrent(tx, this.referenceFingerprint)) {
			return;
		}
		this.writer.writeReference(tx, this.reference);
		this.queries.markReferenceWritten(tx, this.referenceFingerprint);
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
			return session.executeRead((tx) -> this.queries.documentWithDigest(tx, sha256));
		}
	}

	private static long sum(Map<String, Integer> counts) {
		return counts.values().stream().mapToLong(Integer::longValue).sum();
	}

	private static Prepared refused(String fileName, Options options, String message) {
		return new Prepared(fileName, options, null, null, rejected(fileName, null, message), 0, 0, null);
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
