package org.dutygraph.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar dutygraph.jar backup --to FILE} and {@code restore --from FILE [--wipe]}: the graph
 * of the configured database to a portable file and back. With the embedded store, stop the service
 * first (both use its data folder); against an external server they run beside the service. Other
 * {@code --name=value} arguments configure the service as usual.
 */
public final class BackupCommand {

	private BackupCommand() {
	}

	/**
	 * Runs {@code args[0]} ({@code backup} or {@code restore}) in {@code application} without a web
	 * server; returns the exit status.
	 */
	public static int run(String[] args, PrintStream out, Class<?> application) {
		String command = args[0];
		Path file = null;
		boolean wipe = false;
		List<String> springArgs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if ((args[i].equals("--to") || args[i].equals("--from")) && i + 1 < args.length) {
				file = Path.of(args[++i]);
			}
			else if (args[i].equals("--wipe")) {
				wipe = true;
			}
			else {
				springArgs.add(args[i]);
			}
		}
		if (file == null) {
			out.println("usage: java -jar dutygraph.jar backup --to FILE | restore --from FILE [--wipe]");
			return 2;
		}
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		springArgs.add("--dutygraph.seed.import-on-start=false");
		springArgs.add("--spring.main.banner-mode=off");
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			GraphBackup backup = context.getBean(GraphBackup.class);
			GraphBackup.Counts counts = command.equals("backup") ? backup.backup(file) : backup.restore(file, wipe);
			out.println(command + " " + file + ": " + counts.nodes() + " nodes, " + counts.relationships()
					+ " relationships");
			return 0;
		}
		catch (Exception ex) {
			out.println(command + " " + file + " failed: " + ex.getMessage());
			return 1;
		}
	}

}
