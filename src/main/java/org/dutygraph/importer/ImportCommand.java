package org.dutygraph.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dutygraph.DutyGraphApplication;
import org.dutygraph.importer.resolve.ReferenceData;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * {@code java -jar dutygraph.jar import FILE|FOLDER... [--dry-run] [--strict] [--jurisdiction NAME]}: imports
 * documents into the configured database (the embedded one by default; stop the service first, or use the
 * {@code importDocument} mutation while it runs), every document of a folder and its subfolders, and
 * prints a report per file, progress on stderr, and one summary table at the end. {@code --dry-run}
 * parses, resolves and counts without touching any database; {@code --strict} refuses a document that
 * looks mis-decoded or has no task or no header. Exits non-zero when a file could not be
 * read.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	/** Parsed command-line arguments. */
	record Arguments(List<Path> files, boolean dryRun, boolean strict, String jurisdiction, List<String> springArgs) {

		static Arguments parse(String[] args) {
			List<Path> files = new ArrayList<>();
			List<String> spring = new ArrayList<>();
			boolean dryRun = false;
			boolean strict = false;
			String jurisdiction = null;
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
				else if (arg.startsWith("--")) {
					spring.add(arg);
				}
				else {
					files.add(Path.of(arg));
				}
			}
			return new Arguments(files, dryRun, strict, jurisdiction, spring);
		}

	}

	public static int run(String[] args, PrintStream out) {
		return run(args, out, System.err);
	}

	/**
	 * @param out the reports and the summary table
	 * @param progress one line a document as it is imported
	 */
	public static int run(String[] args, PrintStream out, PrintStream progress) {
		Arguments arguments = Arguments.parse(args);
		if (arguments.files().isEmpty()) {
			out.println("usage: java -jar dutygraph.jar import FILE|FOLDER... [--dry-run] [--strict] [--jurisdiction NAME]");
			return 2;
		}
		ImportService.Options options = new ImportService.Options(arguments.dryRun(), arguments.jurisdiction(),
				arguments.strict());
		if (arguments.dryRun()) {
			String referenceDir = arguments.springArgs()
				.stream()
				.filter((a) -> a.startsWith("--dutygraph.reference.dir="))
				.map((a) -> a.substring("--dutygraph.reference.dir=".length()))
				.findFirst()
				.orElse(System.getProperty("dutygraph.reference.dir"));
			ReferenceData reference = ImportComponents.referenceData(referenceDir == null ? null : Path.of(referenceDir));
			return importAll(ImportComponents.importService(reference, null, limits(arguments.springArgs())),
					arguments.files(), options, out, progress);
		}
		SpringApplication app = new SpringApplication(DutyGraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		List<String> springArgs = new ArrayList<>(arguments.springArgs());
		springArgs.add("--dutygraph.seed.import-on-start=false");
		springArgs.add("--spring.main.banner-mode=off");
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			return importAll(context.getBean(ImportService.class), arguments.files(), options, out, progress);
		}
	}

	/** The import limits of a dry run, which starts no Spring: the defaults or the arguments' values. */
	static ImportLimits limits(List<String> springArgs) {
		ImportLimits limits = ImportLimits.DEFAULT;
		for (String arg : springArgs) {
			String[] pair = arg.substring(2).split("=", 2);
			if (pair.length < 2) {
				continue;
			}
			if (pair[0].equals("dutygraph.importer.max-bytes")) {
				limits = new ImportLimits(DataSize.parse(pair[1]).toBytes(), limits.maxLines(), limits.batchSize());
			}
			else if (pair[0].equals("dutygraph.importer.max-lines")) {
				limits = new ImportLimits(limits.maxBytes(), Integer.parseInt(pair[1]), limits.batchSize());
			}
		}
		return limits;
	}

	/** Imports files and every document of folders (recursively), then prints the summary table. */
	private static int importAll(ImportService service, List<Path> arguments, ImportService.Options options,
			PrintStream out, PrintStream progress) {
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
			progress.print("[" + (i + 1) + "/" + files.size() + "] " + file + " ... ");
			progress.flush();
			ImportReport report = service.importFile(file, options);
			progress.println(report.status() + (report.failed() ? "" : ", " + report.source().tasks() + " tasks"));
			out.print(report.render());
			reports.add(report);
			if (report.failed()) {
				failed++;
			}
		}
		out.println();
		out.print(ImportSummaryTable.render(reports));
		return (failed > 0) ? 1 : 0;
	}

}
