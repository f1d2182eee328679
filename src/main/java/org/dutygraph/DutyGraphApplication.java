package org.dutygraph;

import org.dutygraph.change.EncodePasswordCommand;
import org.dutygraph.importer.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The DutyGraph service: a responsibility graph of government action plans, served over GraphQL.
 * {@code import FILE...} as first argument runs the importer instead of the service;
 * {@code encode-password} prints the {@code {bcrypt}} form of a password.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DutyGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(EncodePasswordCommand.NAME)) {
			System.exit(EncodePasswordCommand.run(args, System.in, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(args, System.out));
		}
		SpringApplication.run(DutyGraphApplication.class, args);
	}

}
