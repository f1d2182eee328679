package org.dutygraph.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Scales the seed graph to any number of tasks with the seed graph's own shape. The service imports
 * {@code seed-data/} first (its real importer, into the benchmark's Neo4j); this generator then reads
 * that whole graph and writes it, with copies of it, as CSV files for {@code neo4j-admin database import
 * full}, Neo4j's bulk importer, which builds the store far faster than any transaction could (a million
 * tasks are 4 million nodes and 7.5 million relationships). Each copy is a new city of four counties and a
 * city-level plan, issued a number of years later. Every copy has exactly the seed's units per bracket,
 * lead / support / territorial roles, collectives and the townships they cover, deadlines, township /
 * enterprise / section / project mentions and dependency edges per task, because it is the seed's graph:
 * same labels, properties, relationship types and id scheme (document id = file name without extension,
 * plan id {@code <document>:<plan>}, task id {@code <plan>:<path>}, agency id {@code <jurisdiction>:<name>},
 * township id = its 12-digit code). What changes per copy:
 * <ul>
 * <li>the place names of the seed's documents (高平, 沁水, 阳城, 陵川 and their city 晋城) become made-up
 * names drawn from a fixed seed, everywhere they occur (ids, names, aliases, texts);</li>
 * <li>their division codes become made-up codes, so township ids stay unique;</li>
 * <li>document ids get a copy prefix ({@code c0001_000_7e6f…}, as the file {@code c0001_000_7e6f….txt}
 * would give);</li>
 * <li>every date and year moves by the copy's year offset (0 to 9 years).</li>
 * </ul>
 * Nodes whose id a copy leaves unchanged (the province, 城区, counties no seed document is about, the
 * shared laws) and nodes outside the {@code :Entity} graph (schema migration and import records) are
 * written once, as the importer shares them between documents. Copy 0 is the seed itself. The bulk
 * importer builds no index and cannot store an empty list, so the {@link Export} also carries what to run
 * once the store is started: the statements that put the seed's empty lists back, and the schema.
 */
public final class GraphGenerator {

	/** The seed's documents are about these places: their name stems and division codes. */
	static final Map<String, String> PLACE_STEMS = Map.of("高平", "140581", "沁水", "140521", "阳城", "140522", "陵川",
			"140524", "晋城", "140500");

	private static final String STEM_CHARS = "安平宁和兴丰华山河泉源清云新乐昌德永长庆武文明东江林石台章临定远康泰福嘉隆成开汾襄洪潞黎壶屯留榆寿阜灵丘浮宜吉蒲曲沃翼汤峰盛岚岢静交孝介祁汶黄龙柳岩";

	private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?=\\s*年|—|-|～|~|）|\\)|$)");

	/** Between the elements of a list value in the CSV files (the unit separator, which no plan holds). */
	static final char ARRAY_DELIMITER = '\u001F';

	private final Driver driver;

	private final long seed;

	public GraphGenerator(Driver driver, long seed) {
		this.driver = driver;
		this.seed = seed;
	}

	/** A node of the seed graph. */
	record SeedNode(String elementId, List<String> labels, Map<String, Object> props) {

		boolean entity() {
			return this.labels.contains("Entity");
		}

		String labelSet() {
			return String.join(":", new TreeSet<>(this.labels));
		}

	}

	/** A relationship of the seed graph, between node indexes. */
	record SeedRel(String type, int from, int to, Map<String, Object> props) {
	}

	/** The seed graph: every node and every relationship, nodes in a fixed order. */
	record SeedGraph(List<SeedNode> nodes, List<SeedRel> rels) {

		long tasks() {
			return this.nodes.stream().filter((n) -> n.labels().contains("Task")).count();
		}

	}

	/**
	 * What an export wrote: the CSV files, the arguments of {@code neo4j-admin database import full} that
	 * read them, and the statements to run once the imported store is started.
	 */
	public record Export(int copies, long tasks, long nodes, long relationships, long millis, List<String> importArguments,
			List<String> afterImport) {

		public double rate() {
			return (this.nodes + this.relationships) * 1000.0 / Math.max(1, this.millis);
		}

	}

	SeedGraph readSeed() {
		try (Session session = this.driver.session()) {
			long generated = session.run("MATCH (d:Document) WHERE d.id =~ 'c[0-9]{4}_.*' RETURN count(d) AS n")
				.single()
				.get("n")
				.asLong();
			if (generated > 0) {
				throw new IllegalStateException("The database already holds generated copies; generate from a store"
						+ " that holds the seed import only");
			}
			List<SeedNode> nodes = session
				.run("MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props"
						+ " ORDER BY n.id, elementId(n)")
				.list((r) -> new SeedNode(r.get("eid").asString(), r.get("labels").asList(Value::asString),
						r.get("props").asMap()));
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < nodes.size(); i++) {
				index.put(nodes.get(i).elementId(), i);
			}
			List<SeedRel> rels = session
				.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to,"
						+ " properties(r) AS props ORDER BY a.id, b.id, type(r), r.key")
				.list((r) -> new SeedRel(r.get("type").asString(), index.get(r.get("from").asString()),
						index.get(r.get("to").asString()), r.get("props").asMap()));
			return new SeedGraph(nodes, rels);
		}
	}

	/** How many copies make at least this many tasks (the seed counts as copy 0). */
	static int copiesFor(long tasks, long seedTasks) {
		return (int) Math.max(1, Math.round((double) tasks / seedTasks));
	}

	/** Writes the seed and copies 1..copies-1 of it as CSV files into {@code dir}. */
	public Export export(long targetTasks, Path dir) throws IOException {
		long started = System.nanoTime();
		SeedGraph seedGraph = readSeed();
		System.out.printf(Locale.ROOT, "  read the seed graph: %,d nodes, %,d relationships in %d ms%n",
				seedGraph.nodes().size(), seedGraph.rels().size(), (System.nanoTime() - started) / 1_000_000);
		if (seedGraph.tasks() == 0) {
			throw new IllegalStateException("The database holds no imported seed graph to scale");
		}
		int copies = copiesFor(targetTasks, seedGraph.tasks());
		int n = seedGraph.nodes().size();
		boolean[] copied = new boolean[n];
		Copy probe = new Copy(1, new Random(this.seed), new HashSet<>(PLACE_STEMS.keySet()));
		for (int i = 0; i < n; i++) {
			SeedNode node = seedGraph.nodes().get(i);
			copied[i] = node.entity() && node.props().get("id") instanceof String id && probe.copies(id);
		}
		Files.createDirectories(dir);
		Map<String, CsvFile> nodeFiles = new TreeMap<>();
		for (SeedNode node : seedGraph.nodes()) {
			nodeFiles.computeIfAbsent(node.labelSet(), (l) -> new CsvFile(dir.resolve("nodes-" + l.replace(':', '_') + ".csv"),
					":ID", seedGraph.nodes().stream().filter((x) -> x.labelSet().equals(l)).map(SeedNode::props).toList()));
		}
		Map<String, CsvFile> relFiles = new TreeMap<>();
		for (SeedRel rel : seedGraph.rels()) {
			relFiles.computeIfAbsent(rel.type(), (t) -> new CsvFile(dir.resolve("relationships-" + t + ".csv"),
					":START_ID,:END_ID", seedGraph.rels().stream().filter((x) -> x.type().equals(t)).map(SeedRel::props).toList()));
		}
		Random random = new Random(this.seed);
		Set<String> usedStems = new HashSet<>(PLACE_STEMS.keySet());
		long nodes = 0;
		long rels = 0;
		try {
			for (int k = 0; k < copies; k++) {
				Copy copy = (k == 0) ? null : new Copy(k, random, usedStems);
				for (int i = 0; i < n; i++) {
					if (k == 0 || copied[i]) {
						SeedNode node = seedGraph.nodes().get(i);
						nodeFiles.get(node.labelSet()).row(List.of((long) k * n + i), (copy != null) ? copy.props(node.props()) : node.props());
						nodes++;
					}
				}
				for (SeedRel rel : seedGraph.rels()) {
					boolean from = copied[rel.from()];
					boolean to = copied[rel.to()];
					if (k == 0 || ((from || to) && seedGraph.nodes().get(rel.from()).entity()
							&& seedGraph.nodes().get(rel.to()).entity())) {
						long start = (from ? (long) k * n : 0) + rel.from();
						long end = (to ? (long) k * n : 0) + rel.to();
						relFiles.get(rel.type()).row(List.of(start, end), (copy != null) ? copy.props(rel.props()) : rel.props());
						rels++;
					}
				}
				if (k > 0 && (k % 100 == 0 || k == copies - 1)) {
					double seconds = (System.nanoTime() - started) / 1e9;
					System.out.printf(Locale.ROOT, "  copy %d/%d: %,d nodes, %,d relationships, %.0f per second%n", k,
							copies - 1, nodes, rels, (nodes + rels) / seconds);
				}
			}
		}
		finally {
			for (CsvFile file : nodeFiles.values()) {
				file.close();
			}
			for (CsvFile file : relFiles.values()) {
				file.close();
			}
		}
		List<String> arguments = new ArrayList<>(List.of("--id-type=integer", "--overwrite-destination=true",
				"--array-delimiter=U+001F", "--report-file=" + dir.resolve("import.report")));
		nodeFiles.forEach((labels, file) -> arguments.add("--nodes=" + labels + "=" + file.path));
		relFiles.forEach((type, file) -> arguments.add("--relationships=" + type + "=" + file.path));
		List<String> multiline = new ArrayList<>();
		nodeFiles.values().stream().filter((f) -> f.multiline).forEach((f) -> multiline.add(f.path.toString()));
		relFiles.values().stream().filter((f) -> f.multiline).forEach((f) -> multiline.add(f.path.toString()));
		if (!multiline.isEmpty()) {
			arguments.add("--multiline-fields-format=v2");
			arguments.add("--multiline-fields=" + String.join(",", multiline));
		}
		arguments.add("neo4j");
		List<String> afterImport = new ArrayList<>();
		nodeFiles.forEach((labels, file) -> file.emptyLists.forEach((key) -> afterImport.add("MATCH (n:" + labels
				+ ") WHERE n.`" + key + "` IS NULL CALL (n) { SET n.`" + key + "` = [] } IN TRANSACTIONS OF 10000 ROWS")));
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Export(copies, seedGraph.tasks() * copies, nodes, rels, millis, arguments, afterImport);
	}

	/**
	 * One CSV file of the bulk importer: a header typed from the seed's values, then rows. Strings are
	 * always quoted, quotes doubled; list elements are joined by {@link #ARRAY_DELIMITER}; a missing value is
	 * an empty field. An empty list cannot be written (the importer reads it as no value): the keys the seed
	 * holds empty lists under, on every node of the file, are kept to be set after the import.
	 */
	static final class CsvFile implements AutoCloseable {

		final Path path;

		final List<String> keys;

		final Set<String> emptyLists = new TreeSet<>();

		boolean multiline;

		private final BufferedWriter out;

		CsvFile(Path path, String idColumns, List<Map<String, Object>> seedRows) {
			this.path = path;
			Map<String, String> types = new TreeMap<>();
			Map<String, Integer> present = new HashMap<>();
			for (Map<String, Object> row : seedRows) {
				row.forEach((key, value) -> {
					present.merge(key, 1, Integer::sum);
					String type = type(value);
					if (value instanceof List<?> list && list.isEmpty()) {
						this.emptyLists.add(key);
						types.putIfAbsent(key, null);
						return;
					}
					String known = types.get(key);
					if (known != null && !known.equals(type)) {
						throw new IllegalStateException(path.getFileName() + ": property " + key + " holds both " + known
								+ " and " + type + " values; the bulk importer needs one type per column");
					}
					types.put(key, type);
				});
			}
			this.emptyLists.removeIf((key) -> present.get(key) < seedRows.size());
			this.keys = List.copyOf(types.keySet());
			StringBuilder header = new StringBuilder(idColumns);
			types.forEach((key, type) -> header.append(',').append(key).append(':').append((type != null) ? type : "string[]"));
			try {
				this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
				this.out.write(header.toString());
				this.out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void row(List<Long> ids, Map<String, Object> props) throws IOException {
			StringBuilder line = new StringBuilder(256);
			for (int i = 0; i < ids.size(); i++) {
				if (i > 0) {
					line.append(',');
				}
				line.append(ids.get(i));
			}
			for (String key : this.keys) {
				line.append(',');
				Object value = props.get(key);
				if (value != null) {
					field(line, value);
				}
			}
			if (!this.multiline && (line.indexOf("\n") >= 0 || line.indexOf("\r") >= 0)) {
				this.multiline = true;
			}
			this.out.append(line).append('\n');
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

		/** The importer's type name of a value (a list's from its first element). */
		static String type(Object value) {
			if (value instanceof List<?> list) {
				return list.isEmpty() ? null : type(list.get(0)) + "[]";
			}
			if (value instanceof String) {
				return "string";
			}
			if (value instanceof Long || value instanceof Integer) {
				return "long";
			}
			if (value instanceof Double || value instanceof Float) {
				return "double";
			}
			if (value instanceof Boolean) {
				return "boolean";
			}
			if (value instanceof LocalDate) {
				return "date";
			}
			if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
				return "datetime";
			}
			throw new IllegalStateException("no CSV type for " + value.getClass().getSimpleName() + " values");
		}

		/** Appends one value as a CSV field. */
		static void field(StringBuilder line, Object value) {
			if (value instanceof List<?> list) {
				line.append('"');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						line.append(ARRAY_DELIMITER);
					}
					String element = plain(list.get(i));
					if (element.indexOf(ARRAY_DELIMITER) >= 0) {
						throw new IllegalStateException("a list element holds the array delimiter U+001F: " + element);
					}
					line.append(element.replace("\"", "\"\""));
				}
				line.append('"');
			}
			else if (value instanceof String s) {
				line.append('"').append(s.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(plain(value));
			}
		}

		private static String plain(Object value) {
			if (value instanceof ZonedDateTime z) {
				return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z);
			}
			if (value instanceof OffsetDateTime o) {
				return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(o);
			}
			return String.valueOf(value);
		}

	}

	/** One copy: its document prefix, its made-up places and codes, its year offset. */
	static final class Copy {

		private final String prefix;

		private final int years;

		private final Map<String, String> replacements = new LinkedHashMap<>();

		Copy(int k, Random random, Set<String> usedStems) {
			this.prefix = String.format(Locale.ROOT, "c%04d_", k);
			this.years = random.nextInt(10);
			int code = 0;
			for (Map.Entry<String, String> place : new TreeMap<>(PLACE_STEMS).entrySet()) {
				this.replacements.put(place.getKey(), stem(random, usedStems));
				// 6-digit division codes of made-up places: 9, the copy number, the place's position.
				this.replacements.put(place.getValue(), String.format(Locale.ROOT, "9%04d%d", k % 10_000, code++));
			}
		}

		private static String stem(Random random, Set<String> used) {
			for (int length = 2;; length++) {
				for (int attempt = 0; attempt < 200; attempt++) {
					StringBuilder stem = new StringBuilder();
					for (int i = 0; i < length; i++) {
						stem.append(STEM_CHARS.charAt(random.nextInt(STEM_CHARS.length())));
					}
					String s = stem.toString();
					if (s.chars().distinct().count() == length && used.add(s)) {
						return s;
					}
				}
			}
		}

		/**
		 * Whether a node of this id is copied: it belongs to a seed document or to one of the seed's places.
		 * Anything else (the province, other counties, a law cited by title) is shared by every copy.
		 */
		boolean copies(String id) {
			return !placesAndDocuments(id).equals(id);
		}

		private String placesAndDocuments(String value) {
			String out = value;
			for (Map.Entry<String, String> r : this.replacements.entrySet()) {
				out = out.replace(r.getKey(), r.getValue());
			}
			return DOCUMENT_ID.matcher(out).replaceAll(this.prefix + "$1");
		}

		/** A document id gets the copy prefix; place names and codes are replaced; years move. */
		String text(String value) {
			String out = placesAndDocuments(value);
			if (this.years != 0) {
				Matcher m = YEAR.matcher(out);
				StringBuilder sb = new StringBuilder();
				while (m.find()) {
					m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group(1)) + this.years));
				}
				m.appendTail(sb);
				out = sb.toString();
			}
			return out;
		}

		Map<String, Object> props(Map<String, Object> props) {
			Map<String, Object> out = new HashMap<>();
			props.forEach((key, value) -> out.put(key, value(key, value)));
			return out;
		}

		private Object value(String key, Object value) {
			if (value instanceof String s) {
				return text(s);
			}
			if (value instanceof LocalDate d) {
				return d.plusYears(this.years);
			}
			if (value instanceof Long n && key.equals("year")) {
				return n + this.years;
			}
			if (value instanceof List<?> list) {
				return list.stream().map((v) -> value(key, v)).toList();
			}
			return value;
		}

		/** The seed's document ids: 3 digits, underscore, 16 hex digits. */
		private static final Pattern DOCUMENT_ID = Pattern.compile("(?<![0-9a-z_])([0-9]{3}_[0-9a-f]{16})");

	}

}
