package org.dutygraph.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse time of the seed corpus, each document repeated 1, 10 and 100 times in one file, to show that
 * parsing is linear in document size. Run with {@code benchmarks/jmh.sh ParserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

	@Param({ "1", "10", "100" })
	public int repeat;

	private final List<byte[]> documents = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	private final PlanDocumentParser parser = new PlanDocumentParser();

	@Setup
	public void load() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("seed-data"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				this.documents.add(text.repeat(this.repeat).getBytes(StandardCharsets.UTF_8));
				this.names.add(file.getFileName().toString());
			}
		}
	}

	/** Parses the five documents, each repeated {@code repeat} times; returns the task count. */
	@Benchmark
	public int parseCorpus() {
		int tasks = 0;
		for (int i = 0; i < this.documents.size(); i++) {
			ParsedDocument doc = this.parser.parse(this.names.get(i), this.documents.get(i));
			tasks += doc.plans().stream().mapToInt((p) -> p.tasks().size()).sum();
		}
		return tasks;
	}

}
