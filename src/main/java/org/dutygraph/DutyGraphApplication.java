package org.dutygraph;

import org.dutygraph.backup.BackupCommand;
import org.dutygraph.importer.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The DutyGraph service: a responsibility graph of government action plans, served over GraphQL.
 * {@code import FILE...} as first argument runs the importer instead of the service; {@code backup} and
 * {@code restore} save the graph to a file and load it back.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DutyGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(args, System.out));
		}
		if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
			System.exit(BackupCommand.run(args, System.out));
		}
		SpringApplication.run(DutyGraphApplication.class, args);
	}

}
