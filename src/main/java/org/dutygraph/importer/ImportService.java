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
 * rules derive, then in one write transaction per document the reference graph (when new), the
 * document's subgraph, the curated dependencies and the audit record of who imported it. The seed
 * import, the {@code import} command and the {@code importDocument} mutation all run it. Importing the
 * same bytes again changes nothing; a new version of a document replaces its subgraph; a file that
 * cannot be read is reported and nothing of it is written.
 */
public class ImportService {

	private static final Log logger = LogFactory.getLog(ImportService.class);

	private final DocumentReaders readers = new DocumentReaders();

	private final PlanDocumentParser parser;

	private final GraphModelBuilder builder;

	private final GraphWriter writer;

	private final ImportQueries queries;

	private final CuratedDependencyWriter curated;

	private final Driver driver;

	private GraphBatch reference;

	private String referenceFingerprint;

	ImportService(PlanDocumentParser parser, GraphModelBuilder builder, GraphWriter writer, ImportQueries queries,
			CuratedDependencyWriter curated, Driver driver) {
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
	 */
	public record Options(boolean dryRun, String jurisdiction, String actor, Integer year) {

		public static final Options DEFAULT = new Options(false, null, null);

		public Options(boolean dryRun, String jurisdiction, String actor) {
			this(dryRun, jurisdiction, actor, null);
		}

		public Options(boolean dryRun, String jurisdiction) {
			this(dryRun, jurisdiction, null);
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
	 */
	public record Prepared(String fileName, Options options, ParsedDocument doc, GraphModelBuilder.Result result,
			ImportReport rejected, long parseNanos, long modelNanos, SourceDocument source) {
	}

	public Prepared prepare(Path file, Options options) {
		try {
			return prepare(file.getFileName().toString(), Files.readAllBytes(file), options);
		}
		catch (IOException ex) {
			return new Prepared(file.getFileName().toString(), options, null, null,
					rejected(file.getFileName().toString(), null, "cannot read the file: " + ex.getMessage()), 0, 0,
					null);
		}
	}

	public Prepared prepare(String fileName, byte[] content, Options options) {
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
		GraphModelBuilder.Result result = this.builder.build(doc, options.jurisdiction());
		restoreAsWritten(result.batch(), read.asWritten());
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
		if (alreadyImported(doc.sha256())) {
			return new ImportReport(fileName, Status.UNCHANGED, documentId, doc.sha256(), Map.of(), Map.of(),
					List.of(), ImportSummary.source(prepared.source(), result));
		}
		GraphBatch batch = result.batch();
		List<String> taskIds = batch.nodes(NodeLabel.Task).stream().map(GraphBatch.NodeRow::id).toList();
		long started = System.nanoTime();
		ImportReport report;
		try (Session session = this.driver.session()) {
			report = session.executeWrite((tx) -> {
				writeReferenceIfChanged(tx);
				boolean existed = this.queries.documentExists(tx, documentId);
				if (existed) {
					this.writer.removePrevious(tx, documentId, taskIds);
				}
				this.writer.write(tx, batch);
				this.curated.apply(tx);
				ImportReport written = report(fileName, existed ? Status.REPLACED : Status.IMPORTED, documentId, doc,
						result, prepared.source());
				String actor = prepared.options().actor();
				return (actor != null) ? written.withAudit(this.queries.auditImport(tx, written, actor)) : written;
			});
		}
		logger.info("Imported " + fileName + ": " + report.status() + " (parse " + prepared.parseNanos() / 1_000_000
				+ " ms, model " + prepared.modelNanos() / 1_000_000 + " ms, write "
				+ (System.nanoTime() - started) / 1_000_000 + " ms), " + batch.nodeCounts());
		return report;
	}

	/**
	 * Writes the curated reference graph (agencies with their hierarchy, counties, townships) in a
	 * transaction of its own, when the graph does not hold this version of it yet, and the curated
	 * dependencies between the tasks the graph holds (the file may have changed since the last import).
	 * The seed import calls it first on every start, so that the reference graph is in place before any
	 * document.
	 */
	public void writeReference() {
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
	 * Writes the curated reference graph in the same transaction as the document when the graph does
	 * not hold this version of it yet (a fingerprint of its content), so documents always find it.
	 */
	private void writeReferenceIfChanged(TransactionContext tx) {
		if (this.reference == null) {
			this.reference = this.builder.reference();
			this.referenceFingerprint = fingerprint(this.reference);
		}
		if (this.queries.referenceCurrent(tx, this.referenceFingerprint)) {
			return;
		}
		this.writer.write(tx, this.reference);
		this.queries.markReferenceWritten(tx, this.referenceFingerprint);
	}

	private static String fingerprint(GraphBatch batch) {
		StringBuilder all = new StringBuilder();
		for (NodeLabel label : NodeLabel.values()) {
			batch.nodes(label).forEach((n) -> all.append(n.id()).append(n.props()).append('\n'));
		}
		for (RelType type : RelType.values()) {
			batch.rels(type).forEach((r) -> all.append(r.from()).append(r.to()).append(r.props()).append('\n'));
		}
		return Integer.toHexString(all.toString().hashCode()) + "-" + all.length();
	}

	private boolean alreadyImported(String sha256) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> this.queries.alreadyImported(tx, sha256));
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
