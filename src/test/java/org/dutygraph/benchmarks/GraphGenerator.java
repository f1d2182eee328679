package org.dutygraph.benchmarks;

import java.time.LocalDate;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Scales the seed graph to any number of tasks with the seed graph's own shape. The service imports
 * {@code seed-data/} first (its real importer, into the benchmark's Neo4j); this generator then reads
 * that graph and writes copies of it, each one a new city of four counties and a city-level plan,
 * issued a number of years later. Every copy has exactly the seed's units per bracket, lead / support /
 * territorial roles, collectives and the townships they cover, deadlines, township / enterprise /
 * section / project mentions and dependency edges per task, because it is the seed's graph: same labels,
 * properties, relationship types and id scheme (document id = file name without extension, plan id
 * {@code <document>:<plan>}, task id {@code <plan>:<path>}, agency id {@code <jurisdiction>:<name>},
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
 * shared laws) are shared, as the importer shares them between documents. Copy 0 is the seed itself.
 * Written with batched {@code UNWIND ... CREATE} through the Java driver, one statement per label set
 * and relationship type.
 */
public final class GraphGenerator {

	/** The seed's documents are about these places: their name stems and division codes. */
	static final Map<String, String> PLACE_STEMS = Map.of("高平", "140581", "沁水", "140521", "阳城", "140522", "陵川",
			"140524", "晋城", "140500");

	private static final String STEM_CHARS = "安平宁和兴丰华山河泉源清云新乐昌德永长庆武文明东江林石台章临定远康泰福嘉隆成开汾襄洪潞黎壶屯留榆寿阜灵丘浮宜吉蒲曲沃翼汤峰盛岚岢静交孝介祁汶黄龙柳岩";

	private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?=\\s*年|—|-|～|~|）|\\)|$)");

	private static final int ROWS_PER_STATEMENT = 2000;

	private static final int COPIES_PER_TRANSACTION = 4;

	private final Driver driver;

	private final long seed;

	private long writeNanos;

	public GraphGenerator(Driver driver, long seed) {
		this.driver = driver;
		this.seed = seed;
	}

	/** A node of the seed graph. */
	record SeedNode(String labels, Map<String, Object> props) {
	}

	/** A relationship of the seed graph, between node ids. */
	record SeedRel(String type, String from, String to, Map<String, Object> props) {
	}

	/** What a run wrote. */
	public record Result(int copies, long tasks, long nodes, long relationships, long millis) {

		public double rate() {
			return (this.nodes + this.relationships) * 1000.0 / Math.max(1, this.millis);
		}

	}

	/** The seed graph: every :Entity node and every relationship between two of them. */
	record SeedGraph(List<SeedNode> nodes, List<SeedRel> rels) {

		long tasks() {
			return this.nodes.stream().filter((n) -> n.labels().contains("Task")).count();
		}

	}

	SeedGraph readSeed() {
		try (Session session = this.driver.session()) {
			long generated = session.run("MATCH (d:Document) WHERE d.id =~ 'c[0-9]{4}_.*' RETURN count(d) AS n")
				.single()
				.get("n")
				.asLong();
			if (generated > 0) {
				throw new IllegalStateException("The database already holds generated copies; generate into a store"
						+ " that holds the seed import only");
			}
			List<SeedNode> nodes = session
				.run("MATCH (n:Entity) RETURN [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props"
						+ " ORDER BY n.id")
				.list((r) -> new SeedNode(String.join(":", r.get("labels").asList(Value::asString)),
						r.get("props").asMap()));
			List<SeedRel> rels = session
				.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to,"
						+ " properties(r) AS props ORDER BY a.id, b.id, type(r), r.key")
				.list((r) -> new SeedRel(r.get("type").asString(), r.get("from").asString(), r.get("to").asString(),
						r.get("props").asMap()));
			return new SeedGraph(nodes, rels);
		}
	}

	/** How many copies make at least this many tasks (the seed counts as copy 0). */
	static int copiesFor(long tasks, long seedTasks) {
		return (int) Math.max(1, Math.round((double) tasks / seedTasks));
	}

	/** Writes copies 1..copies-1 of the seed graph (copy 0 is the seed already there). */
	public Result generate(long targetTasks) {
		long started = System.nanoTime();
		SeedGraph seedGraph = readSeed();
		System.out.printf(Locale.ROOT, "  read the seed graph: %,d nodes, %,d relationships in %d ms%n",
				seedGraph.nodes().size(), seedGraph.rels().size(), (System.nanoTime() - started) / 1_000_000);
		if (seedGraph.tasks() == 0) {
			throw new IllegalStateException("The database holds no imported seed graph to scale");
		}
		int copies = copiesFor(targetTasks, seedGraph.tasks());
		Random random = new Random(this.seed);
		Set<String> usedStems = new HashSet<>(PLACE_STEMS.keySet());
		long nodes = 0;
		long rels = 0;
		List<Copy> pending = new ArrayList<>();
		for (int k = 1; k < copies; k++) {
			pending.add(new Copy(k, random, usedStems));
			if (pending.size() == COPIES_PER_TRANSACTION || k == copies - 1) {
				long[] written = write(seedGraph, pending);
				nodes += written[0];
				rels += written[1];
				pending.clear();
				if (k % 40 == 0 || k == copies - 1) {
					double seconds = (System.nanoTime() - started) / 1e9;
					System.out.printf(Locale.ROOT,
							"  copy %d/%d: %,d nodes, %,d relationships, %.0f per second (%.0f%% of the time in Neo4j)%n", k,
							copies - 1, nodes, rels, (nodes + rels) / seconds, this.writeNanos / 1e7 / seconds);
				}
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Result(copies, seedGraph.tasks() * copies, nodes, rels, millis);
	}

	private long[] write(SeedGraph seedGraph, List<Copy> copies) {
		Map<String, List<Map<String, Object>>> nodesByLabels = new TreeMap<>();
		Map<String, List<Map<String, Object>>> relsByType = new TreeMap<>();
		for (Copy copy : copies) {
			Set<String> cloned = new HashSet<>();
			for (SeedNode n : seedGraph.nodes()) {
				String id = (String) n.props().get("id");
				if (!copy.copies(id)) {
					continue;
				}
				cloned.add(id);
				nodesByLabels.computeIfAbsent(n.labels(), (l) -> new ArrayList<>()).add(copy.props(n.props()));
			}
			for (SeedRel r : seedGraph.rels()) {
				if (!cloned.contains(r.from()) && !cloned.contains(r.to())) {
					continue;
				}
				Map<String, Object> row = new HashMap<>();
				row.put("from", cloned.contains(r.from()) ? copy.text(r.from()) : r.from());
				row.put("to", cloned.contains(r.to()) ? copy.text(r.to()) : r.to());
				row.put("props", copy.props(r.props()));
				relsByType.computeIfAbsent(r.type(), (t) -> new ArrayList<>()).add(row);
			}
		}
		long[] counts = new long[2];
		long prepared = System.nanoTime();
		try (Session session = this.driver.session()) {
			session.executeWrite((tx) -> {
				nodesByLabels.forEach((labels, rows) -> {
					String statement = "UNWIND $rows AS row CREATE (n:Entity:" + labels + ") SET n = row";
					for (List<Map<String, Object>> chunk : chunks(rows)) {
						tx.run(statement, Values.parameters("rows", chunk)).consume();
					}
					counts[0] += rows.size();
				});
				relsByType.forEach((type, rows) -> {
					String statement = "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})"
							+ " CREATE (a)-[r:" + type + "]->(b) SET r = row.props";
					for (List<Map<String, Object>> chunk : chunks(rows)) {
						tx.run(statement, Values.parameters("rows", chunk)).consume();
					}
					counts[1] += rows.size();
				});
				return null;
			});
		}
		this.writeNanos += System.nanoTime() - prepared;
		return counts;
	}

	private static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += ROWS_PER_STATEMENT) {
			chunks.add(items.subList(i, Math.min(items.size(), i + ROWS_PER_STATEMENT)));
		}
		return chunks;
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
