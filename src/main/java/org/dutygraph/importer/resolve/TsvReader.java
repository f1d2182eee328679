package org.dutygraph.importer.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a UTF-8 TSV file whose first non-comment line is a header. Lines starting with {@code #} and blank lines
 * are skipped. Every row must have exactly the header's number of cells.
 */
final class TsvReader {

	private TsvReader() {
	}

	static List<TsvRow> read(Path file, List<String> expectedHeader) {
		String name = file.getFileName().toString();
		return read(name, readLines(file, name), expectedHeader);
	}

	static List<TsvRow> read(String name, List<String> lines, List<String> expectedHeader) {
		List<TsvRow> rows = new ArrayList<>();
		List<String> header = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = stripBom(lines.get(i));
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<String> cells = List.of(line.split("\t", -1));
			if (header == null) {
				header = checkHeader(name, i + 1, cells, expectedHeader);
				continue;
			}
			rows.add(toRow(name, i + 1, header, cells));
		}
		if (header == null) {
			throw new ReferenceDataException(name + ": no header row");
		}
		return rows;
	}

	private static List<String> readLines(Path file, String name) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ReferenceDataException(name + ": cannot read (" + ex.getMessage() + ")", ex);
		}
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	private static List<String> checkHeader(String name, int line, List<String> cells, List<String> expected) {
		List<String> header = cells.stream().map(String::strip).toList();
		if (!header.equals(expected)) {
			throw ReferenceDataException.at(name, line, "header", "expected " + expected + " but found " + header);
		}
		return header;
	}

	private static TsvRow toRow(String name, int line, List<String> header, List<String> cells) {
		if (cells.size() != header.size()) {
			String column = cells.size() < header.size() ? header.get(cells.size()) : "(extra)";
			throw ReferenceDataException.at(name, line, column,
					"expected " + header.size() + " tab-separated cells but found " + cells.size());
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			values.put(header.get(i), cells.get(i));
		}
		return new TsvRow(name, line, values);
	}

}
