package org.dutygraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The plan documents of a folder: files of the formats read, in subfolders too, in path order. */
public final class DocumentFiles {

	/** Extensions of the formats read (the content decides the format; these pick files out of a folder). */
	public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "shtml", "xhtml", "docx",
			"pdf");

	private DocumentFiles() {
	}

	public static List<Path> under(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).filter(DocumentFiles::isDocument).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + dir, ex);
		}
	}

	static boolean isDocument(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return !name.startsWith(".") && !name.startsWith("~$") && dot > 0
				&& EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

}
