package org.dutygraph.importer.depend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately crude splitter of the seed documents into numbered body tasks, so that the rules can
 * be checked against whole real plans (false positives included) without the parser. Tasks run from
 * their number to the next number or heading; the bracket stays in the text.
 */
final class SeedTasks {

	private static final Pattern NUMBER = Pattern
		.compile("^\\s*(?:- )?(?:\\*\\*)?\\.?\\s*(\\d{1,2})\\s*[\\.．、](?:(?!\\d)|(?=20\\d\\d年))");

	private static final Pattern CHAPTER = Pattern.compile("^[#\\s*]*([一二三四五六七八九十]+)、");

	private static final Pattern SECTION = Pattern.compile("^[#\\s*]*[(（]([一二三四五六七八九十]+)[)）]");

	private SeedTasks() {
	}

	/** The numbered tasks of one plan, read between two lines of a seed file (both inclusive). */
	static List<TaskRef> plan(String file, String planKey, int from, int to) {
		return plan(file, planKey, from, to, false);
	}

	/**
	 * As {@link #plan(String, String, int, int)}; {@code titleLines} for plans whose numbered lines are
	 * headings only (001 soil), which then become the task titles.
	 */
	static List<TaskRef> plan(String file, String planKey, int from, int to, boolean titleLines) {
		List<String> lines = read(file);
		String documentId = file.substring(0, file.indexOf('.'));
		String planId = documentId + ":" + planKey;
		List<TaskRef> tasks = new ArrayList<>();
		String chapter = "";
		String section = "";
		Builder current = null;
		for (int n = from; n <= to; n++) {
			String line = lines.get(n - 1);
			Matcher chapterMatch = CHAPTER.matcher(line);
			Matcher sectionMatch = SECTION.matcher(line);
			Matcher number = NUMBER.matcher(line);
			if (chapterMatch.find() || sectionMatch.find()) {
				current = finish(current, tasks, planId, documentId);
				chapter = chapterMatch.find(0) ? chapterMatch.group(1) : chapter;
				section = sectionMatch.find(0) ? "(" + sectionMatch.group(1) + ")" : (chapterMatch.find(0) ? "" : section);
				continue;
			}
			if (number.find()) {
				current = finish(current, tasks, planId, documentId);
				List<String> path = section.isEmpty() ? List.of(chapter, number.group(1))
						: List.of(chapter, section, number.group(1));
				String first = line.substring(number.end()).strip();
				current = new Builder(path, n, titleLines ? first : null, new StringBuilder(first));
				continue;
			}
			if (current != null) {
				current.text().append(line.strip());
			}
		}
		finish(current, tasks, planId, documentId);
		return tasks;
	}

	/** The real text of lines {@code from}..{@code to} of a seed file, wraps removed. */
	static String text(String file, int from, int to) {
		return read(file).subList(from - 1, to).stream().map(String::strip).reduce("", String::concat);
	}

	/** A hand-made task from real seed text; the id is {@code <document>:<plan>:<path>}. */
	static TaskRef task(String file, String planKey, String path, String kind, int from, int to) {
		String documentId = file.substring(0, file.indexOf('.'));
		String planId = documentId + ":" + planKey;
		return new TaskRef(planId + ":" + path, planId, documentId, kind, List.of(path.split("/")), null,
				text(file, from, to), from, List.of());
	}

	static List<String> read(String file) {
		try {
			return Files.readAllLines(Path.of("seed-data", file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Builder finish(Builder builder, List<TaskRef> tasks, String planId, String documentId) {
		if (builder != null) {
			String id = planId + ":" + String.join("/", builder.path());
			tasks.add(new TaskRef(id, planId, documentId, "NUMBERED", builder.path(), builder.title(),
					builder.text().toString(), builder.line(), List.of()));
		}
		return null;
	}

	private record Builder(List<String> path, int line, String title, StringBuilder text) {
	}

}
