package org.dutygraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dutygraph.graph.DutyGraphProperties;
import org.dutygraph.model.StorageRefusedException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Imports the seed folder on first start. "First" means: no complete seed import of that folder is
 * recorded. Each document is written in its own transaction and the folder is marked complete only
 * at the end, so a start killed half-way is finished by the next one, and re-importing a document
 * that made it changes nothing (keyed by sha256). Reports OUT_OF_SERVICE to the health endpoint until
 * done. The documents take the one import path of {@link ImportService}, curated dependencies included.
 */
public class SeedImporter implements SmartInitializingSingleton, ApplicationRunner, HealthIndicator {

	private static final Log logger = LogFactory.getLog(SeedImporter.class);

	private final ImportService importService;

	private final DutyGraphProperties.Seed seed;

	private volatile boolean done;

	private CompletableFuture<List<ImportService.Prepared>> preparing;

	SeedImporter(ImportService importService, DutyGraphProperties.Seed seed) {
		this.importService = importService;
		this.seed = seed;
	}

	/**
	 * Once every bean exists (so the schema is in place) and before the web server starts: when a seed
	 * import is due, starts parsing and modelling its documents in the background, so that the work
	 * overlaps the rest of start-up.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (this.seed.importOnStart() && !complete()) {
			this.preparing = CompletableFuture.supplyAsync(this::prepareAll);
		}
	}

	/** Parses and models every document in parallel; no database involved. */
	private List<ImportService.Prepared> prepareAll() {
		return documents().parallelStream()
			.map((file) -> this.importService.prepare(file, ImportService.Options.DEFAULT))
			.toList();
	}

	/**
	 * Imports the seed folder when due. A data folder short of free space, or one the service may not
	 * write, refuses it before anything is written: the service starts and serves what the graph holds,
	 * the log says in one line what is wrong with the folder and what to do, and the next start tries
	 * again.
	 */
	@Override
	public void run(ApplicationArguments args) {
		try {
			importSeed();
		}
		catch (StorageRefusedException ex) {
			logger.error("Seed import refused: " + ex.getMessage());
			this.done = true;
		}
	}

	private void importSeed() {
		this.importService.dropUnfinishedImports();
		if (!this.seed.importOnStart()) {
			this.done = true;
			return;
		}
		if (complete()) {
			this.importService.writeReference();
			this.done = true;
			return;
		}
		long referenceStarted = System.nanoTime();
		this.importService.writeReference();
		logger.info("Reference graph written in " + (System.nanoTime() - referenceStarted) / 1_000_000 + " ms");
		long started = System.nanoTime();
		List<ImportService.Prepared> prepared = (this.preparing != null) ? this.preparing.join() : prepareAll();
		this.preparing = null;
		for (ImportService.Prepared document : prepared) {
			ImportReport report = this.importService.write(document);
			if (report.failed()) {
				logger.warn("Seed file skipped: " + report.render().strip());
			}
		}
		markComplete();
		this.done = true;
		logger.info("Seed import of " + prepared.size() + " documents done in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	@Override
	public Health health() {
		return this.done ? Health.up().build() : Health.outOfService().withDetail("seedImport", "running").build();
	}

	private String dirKey() {
		return this.seed.dir().toAbsolutePath().normalize().toString();
	}

	private boolean complete() {
		return this.importService.seedImportComplete(dirKey());
	}

	private void markComplete() {
		this.importService.markSeedImportComplete(dirKey());
	}

	/** The plan documents of the seed folder and its subfolders, in path order. */
	List<Path> documents() {
		Path dir = this.seed.dir();
		if (!Files.isDirectory(dir)) {
			logger.warn("Seed folder " + dir.toAbsolutePath() + " does not exist; set dutygraph.seed.dir");
			return List.of();
		}
		return DocumentFiles.under(dir);
	}

}
