package org.dutygraph.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dutygraph.importer.resolve.ReferenceData;
import org.dutygraph.model.StorageRefusedException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dutygraph.jar import FILE|FOLDER... [--dry-run] [--strict] [--jurisdiction NAME] [--year YYYY]}: imports documents
 * into the configured database (the embedded one by default; stop the service first, or use the
 * {@code importDocument} mutation while it runs), every document of a folder and its subfolders, through
 * the one import path. It prints a report per file and one summary table at the end on standard output;
 * progress and logs go to standard error. The audit record of each import names the operating-system
 * user. {@code --dry-run} parses, resolves and counts without touching any database; {@code --strict} refuses
 * a document that looks mis-decoded or has no task or no header instead of warning. The exit status is
 * 1 when a file could not be read or the data folder lacks free space (nothing more is written then), 2
 * without files. Active under the {@code import} profile, which the
 * application's main method switches on for this command.
 */
@Component
@Profile("import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = "usage: java -jar dutygraph.jar import FILE|FOLDER... [--dry-run] [--strict] [--jurisdiction NAME] [--year YYYY]";

	private final ObjectProvider<ImportService> importService;

	private final ReferenceData reference;

	private final ImportLimits limits;

	private final PrintStream out = System.out;

	private final PrintStream progress = System.err;

	private int exitCode;

	ImportCommand(ObjectProvider<ImportService> importService, ReferenceData reference, ImportLimits limits) {
		this.importService = importService;
		this.reference = reference;
		this.limits = limits;
	}

	/** Parsed command-line arguments. */
	record Arguments(List<Path> files, boolean dryRun, boolean strict, String jurisdiction, Integer year) {

		/** Reads the arguments after {@code import}; Spring's own {@code --name=value} ones are skipped. */
		static Arguments parse(String[] args) {
			List<Path> files = new ArrayList<>();
			boolean dryRun = false;
			boolean strict = false;
			String jurisdiction = null;
			Integer year = null;
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--dry-run")) {
					dryRun = true;
				}
				else if (arg.equals("--strict")) {
					strict = true;
				}
				else if (arg.equals("--jurisdiction") && i + 1 < args.length) {
					jurisdiction = args[++i];
				}
				else if (arg.startsWith("--jurisdiction=")) {
					jurisdiction = arg.substring("--jurisdiction=".length());
				}
				else if (arg.equals("--year") && i + 1 < args.length) {
					year = year(args[++i]);
				}
				else if (arg.startsWith("--year=")) {
					year = year(arg.substring("--year=".length()));
				}
				else if (!arg.startsWith("--")) {
					files.add(Path.of(arg));
				}
			}
			return new Arguments(files, dryRun, strict, jurisdiction, year);
		}

		/** A plan year as written on the command line: four digits, else a clear error. */
		static Integer year(String text) {
			if (!text.strip().matches("(19|20)\\d\\d")) {
				throw new IllegalArgumentException("--year takes the plan's year as four digits, e.g. --year 2023; got '"
						+ text + "'");
			}
			return Integer.valueOf(text.strip());
		}

	}

	@Override
	public void run(ApplicationArguments args) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args.getSourceArgs());
		}
		catch (IllegalArgumentException ex) {
			this.out.println(ex.getMessage());
			this.out.println(USAGE);
			this.exitCode = 2;
			return;
		}
		if (arguments.files().isEmpty()) {
			this.out.println(USAGE);
			this.exitCode = 2;
			return;
		}
		ImportService.Options options = new ImportService.Options(arguments.dryRun(), arguments.jurisdiction(),
				System.getProperty("user.name"), arguments.year(), arguments.strict());
		ImportService service = arguments.dryRun() ? ImportComponents.dryRunService(this.reference, this.limits)
				: this.importService.getObject();
		this.exitCode = importAll(service, arguments.files(), options);
		this.out.flush();
	}

	/** Imports files and every document of folders (recursively), then prints the summary table. */
	private int importAll(ImportService service, List<Path> arguments, ImportService.Options options) {
		List<Path> files = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				files.addAll(DocumentFiles.under(argument));
			}
			else {
				files.add(argument);
			}
		}
		List<ImportReport> reports = new ArrayList<>();
		int failed = 0;
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			this.progress.print("[" + (i + 1) + "/" + files.size() + "] " + file + " ... ");
			this.progress.flush();
			ImportReport report;
			try {
				report = service.importFile(file, options);
			}
			catch (StorageRefusedException ex) {
				// no later file would fit either, nor could be written
				this.progress.println("REFUSED");
				this.out.println(ex.getMessage());
				failed += files.size() - i;
				break;
			}
			this.progress.println(report.status() + (report.failed() ? "" : ", " + report.source().tasks() + " tasks"));
			this.out.print(report.render());
			reports.add(report);
			if (report.failed()) {
				failed++;
			}
		}
		this.out.println();
		this.out.print(ImportSummaryTable.render(reports));
		return (failed > 0) ? 1 : 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
