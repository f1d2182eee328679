package org.dutygraph.importer.depend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-curated dependencies ({@code seed-data/reference/dependencies.tsv}): edges no rule can see
 * because the text uses different words or the link crosses documents. The file is validated strictly
 * when loaded (a broken file is a build error); a row whose task cannot be found in the imported
 * documents is reported, not thrown, because documents change independently of the file.
 */
public final class CuratedDependencies {

	/** The path of the file inside the project. */
	public static final String DEFAULT_FILE = "seed-data/reference/dependencies.tsv";

	static final List<String> HEADER = List.of("dependent", "prerequisite", "reason", "source");

	/** {@code 000_7e6f630d02834975.txt#L114} or {@code …#L322-L334}, several joined by {@code "; "}. */
	private static final Pattern SOURCE = Pattern.compile("([^#;\\s]+\\.txt)#L(\\d+)(?:-L\\d+)?");

	private static final Pattern SOURCES = Pattern.compile(SOURCE.pattern() + "(?:; " + SOURCE.pattern() + ")*");

	/**
	 * One row as written.
	 * @param line its line in the file (1-based)
	 */
	public record Row(String dependent, String prerequisite, String reason, String source, int line) {
	}

	/**
	 * A reference that names no imported task.
	 * @param reference the reference as written
	 * @param column dependent or prerequisite (or why it cannot be used)
	 * @param line the row's line in the file
	 */
	public record Unresolved(String reference, String column, int line) {
	}

	/** The edges of the rows that resolved, and the references that did not. */
	public record Resolution(List<Dependency> dependencies, List<Unresolved> unresolved) {
	}

	private final List<Row> rows;

	private CuratedDependencies(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	/** Reads and validates a file (UTF-8). */
	public static CuratedDependencies load(Path file) {
		try {
			return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * Validates the lines of a file: blank lines and lines starting with {@code #} are skipped, the first
	 * other line is the header, every row has exactly four tab-separated non-blank cells, well-formed task
	 * references, a source and no repeated pair.
	 * @throws CuratedFileException naming the file and line of the first problem
	 */
	public static CuratedDependencies parse(String fileName, List<String> lines) {
		List<Row> rows = new ArrayList<>();
		Set<String> pairs = new HashSet<>();
		boolean headerSeen = false;
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i);
			if (text.isBlank() || text.startsWith("#")) {
				continue;
			}
			List<String> cells = List.of(text.split("\t", -1));
			if (!headerSeen) {
				requireHeader(fileName, i + 1, cells);
				headerSeen = true;
				continue;
			}
			Row row = row(fileName, i + 1, cells);
			if (!pairs.add(row.dependent() + "\t" + row.prerequisite())) {
				throw new CuratedFileException(fileName, i + 1, "the pair " + row.dependent() + " -> "
						+ row.prerequisite() + " is already listed");
			}
			rows.add(row);
		}
		if (!headerSeen) {
			throw new CuratedFileException(fileName, lines.size(), "no header row " + String.join("\\t", HEADER));
		}
		return new CuratedDependencies(rows);
	}

	public List<Row> rows() {
		return this.rows;
	}

	/** Same as {@link #resolve(TaskLocator)} over a list of tasks. */
	public Resolution resolve(List<TaskRef> tasks) {
		return resolve(new TaskLocator(tasks));
	}

	/** Turns every row whose two tasks are found into a CURATED dependency; reports the rest. */
	public Resolution resolve(TaskLocator locator) {
		List<Dependency> dependencies = new ArrayList<>();
		List<Unresolved> unresolved = new ArrayList<>();
		for (Row row : this.rows) {
			Optional<TaskRef> dependent = locator.locate(row.dependent());
			Optional<TaskRef> prerequisite = locator.locate(row.prerequisite());
			if (dependent.isEmpty()) {
				unresolved.add(new Unresolved(row.dependent(), "dependent", row.line()));
			}
			if (prerequisite.isEmpty()) {
				unresolved.add(new Unresolved(row.prerequisite(), "prerequisite", row.line()));
			}
			if (dependent.isEmpty() || prerequisite.isEmpty()) {
				continue;
			}
			if (dependent.get().id().equals(prerequisite.get().id())) {
				unresolved.add(new Unresolved(row.prerequisite(), "prerequisite (same task as the dependent)", row.line()));
				continue;
			}
			dependencies.add(dependency(row, dependent.get(), prerequisite.get()));
		}
		return new Resolution(List.copyOf(dependencies), List.copyOf(unresolved));
	}

	private static Dependency dependency(Row row, TaskRef dependent, TaskRef prerequisite) {
		Matcher first = SOURCE.matcher(row.source());
		first.find();
		String document = first.group(1).substring(0, first.group(1).length() - 4);
		return new Dependency(dependent.id(), prerequisite.id(), Dependency.CURATED, Dependency.CURATED, row.reason(),
				row.source(), document, Integer.parseInt(first.group(2)));
	}

	private static void requireHeader(String fileName, int line, List<String> cells) {
		if (!cells.equals(HEADER)) {
			throw new CuratedFileException(fileName, line,
					"expected the header " + String.join(" | ", HEADER) + " but found " + String.join(" | ", cells));
		}
	}

	private static Row row(String fileName, int line, List<String> cells) {
		if (cells.size() != HEADER.size()) {
			throw new CuratedFileException(fileName, line,
					"expected " + HEADER.size() + " tab-separated columns but found " + cells.size());
		}
		for (int c = 0; c < cells.size(); c++) {
			if (cells.get(c).isBlank()) {
				throw new CuratedFileException(fileName, line, "the " + HEADER.get(c) + " column is empty");
			}
		}
		for (int c = 0; c < 2; c++) {
			if (!TaskLocator.isWellFormed(cells.get(c))) {
				throw new CuratedFileException(fileName, line, "the " + HEADER.get(c) + " reference " + cells.get(c)
						+ " is not <document>:<PLAN>:<path> nor <document>:<PLAN>:@L<line>");
			}
		}
		if (!SOURCES.matcher(cells.get(3)).matches()) {
			throw new CuratedFileException(fileName, line,
					"the source " + cells.get(3) + " is not <file>.txt#L<line>[-L<line>] (several joined by '; ')");
		}
		return new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), line);
	}

}
