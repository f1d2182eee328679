package org.dutygraph;

import org.dutygraph.change.EncodePasswordCommand;
import org.dutygraph.backup.BackupCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The DutyGraph service: a responsibility graph of government action plans, served over GraphQL.
 * {@code import FILE...} as first argument runs the importer instead of the service: the same
 * application under the {@code import} profile (no web server, no seed import, no Bolt listener), whose
 * command runner prints the report and sets the exit status.
 * {@code encode-password} prints the {@code {bcrypt}} form of a password and starts nothing.
 * {@code backup} and {@code restore} save the graph to a file and load it back.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DutyGraphApplication {

	/** The first argument that runs the import command. */
	static final String IMPORT = "import";

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(EncodePasswordCommand.NAME)) {
			System.exit(EncodePasswordCommand.run(args, System.in, System.out, System.err));
		}
		if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
			System.exit(BackupCommand.run(args, System.out, DutyGraphApplication.class));
		}
		ConfigurableApplicationContext context = application(args).run(args);
		if (isImportCommand(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/**
	 * The application for these arguments: the service, or with {@code import} first the import command
	 * (profile {@code import}, and {@code import-dry-run} too with {@code --dry-run}, which touches no
	 * database).
	 */
	public static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(DutyGraphApplication.class);
		if (isImportCommand(args)) {
			boolean dryRun = java.util.Arrays.asList(args).contains("--dry-run");
			application.setAdditionalProfiles(dryRun ? new String[] { "import", "import-dry-run" }
					: new String[] { "import" });
		}
		return application;
	}

	private static boolean isImportCommand(String[] args) {
		return args.length > 0 && args[0].equals(IMPORT);
	}

}
