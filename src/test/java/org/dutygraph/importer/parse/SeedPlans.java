package org.dutygraph.importer.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The seed documents and their plan line ranges (seed-domain "Method note"), for table tests. */
final class SeedPlans {

	private static final Pattern TASK = Pattern
		.compile("^\\s*(?:- )?(?:\\*\\*)?(\\d{1,2})\\s*[\\.．、](?:(?!\\d)|(?=20\\d\\d年))\\s*(?:\\*\\*)?");

	private static final Pattern HEADING = Pattern
		.compile("^\\s*[#*]*\\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、).*");

	private SeedPlans() {
	}

	static List<String> lines(String prefix) {
		try (Stream<Path> files = Files.list(Path.of("seed-data"))) {
			Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static AnnexTables parse(String prefix, String jurisdiction, String planKey, int year, int from, int to) {
		return new AnnexTableParser().parse(lines(prefix), from, to,
				new ParseContext(prefix + ".txt", jurisdiction, planKey, year));
	}

	/**
	 * A stand-in for the body parser: numbered paragraphs of a plan body, wraps joined, localId = the
	 * number (the air plans number their tasks continuously).
	 */
	static List<ParsedTask> bodyTasks(String prefix, int from, int to) {
		List<String> lines = lines(prefix);
		List<ParsedTask> tasks = new ArrayList<>();
		String number = null;
		StringBuilder text = new StringBuilder();
		for (int i = from - 1; i < to; i++) {
			Matcher task = TASK.matcher(lines.get(i));
			boolean heading = HEADING.matcher(lines.get(i)).matches();
			if (task.find() || heading) {
				add(tasks, number, text);
				number = heading ? null : task.group(1);
				text = new StringBuilder(heading ? "" : lines.get(i).substring(task.end()));
			}
			else {
				text.append(lines.get(i).strip());
			}
		}
		add(tasks, number, text);
		return tasks;
	}

	private static void add(List<ParsedTask> tasks, String number, StringBuilder text) {
		if (number != null) {
			tasks.add(new ParsedTask(number, TaskKind.NUMBERED, number, List.of(number), null, text.toString(), 0, 0, "",
					null, 0, List.of(), List.of(), null, 0, null));
		}
	}

}
