package org.dutygraph.importer.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A seed document (by its number: 000, 001, ...) written in each format, for tests of other packages. */
public final class SeedDocuments {

	private SeedDocuments() {
	}

	public static Path file(String prefix) {
		try (Stream<Path> files = Files.list(Path.of("seed-data"))) {
			return files.filter((f) -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> lines(String prefix) {
		return SeedFormats.lines(file(prefix));
	}

	public static byte[] text(String prefix, Charset charset) {
		return String.join("\n", lines(prefix)).getBytes(charset);
	}

	public static byte[] docx(String prefix) {
		return SeedFormats.docx(lines(prefix));
	}

	public static byte[] pdf(String prefix) {
		return SeedFormats.pdf(lines(prefix), "人民政府门户网站 政府信息公开");
	}

	public static byte[] html(String prefix, String headline) {
		return SeedFormats.html(lines(prefix), headline);
	}

	public static byte[] scannedPdf(int pages) {
		return SeedFormats.scannedPdf(pages);
	}

	/** The real published web page of 潮州市's plan (fixtures/web). */
	public static byte[] chaozhouPage() {
		try {
			return WebPageFixtureTests.page();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
