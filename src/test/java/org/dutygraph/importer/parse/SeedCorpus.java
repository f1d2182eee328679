package org.dutygraph.importer.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/** Parses the seed documents once per test run and reads JSON test resources. */
final class SeedCorpus {

	static final Path SEED_DATA = Path.of("seed-data");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, ParsedDocument> PARSED = new ConcurrentHashMap<>();

	private SeedCorpus() {
	}

	/** The seed file whose name starts with the prefix (000 → 000_7e6f630d02834975.txt). */
	static ParsedDocument parsed(String prefix) {
		return PARSED.computeIfAbsent(prefix, SeedCorpus::parse);
	}

	static ParsedPlan plan(String prefix, String key) {
		return parsed(prefix).plans().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
	}

	private static ParsedDocument parse(String prefix) {
		Path file = file(prefix);
		try {
			return new PlanDocumentParser().parse(file.getFileName().toString(), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path file(String prefix) {
		try (Stream<Path> files = Files.list(SEED_DATA)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every line of a classpath JSON-lines resource as a map. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> jsonLines(String resource) {
		try (var in = SeedCorpus.class.getResourceAsStream(resource)) {
			String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			return text.lines()
				.filter(l -> !l.isBlank())
				.map(l -> (Map<String, Object>) JSON.readValue(l, Map.class))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Stream<ParsedTask> tasks(ParsedDocument document) {
		return document.plans().stream().flatMap(p -> p.tasks().stream());
	}

}
