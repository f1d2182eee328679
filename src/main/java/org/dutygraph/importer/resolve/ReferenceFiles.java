package org.dutygraph.importer.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the curated reference data is read from: the copy bundled in the service (the classpath's
 * {@code reference/}, built from {@code seed-data/reference/}), or a folder of one's own.
 */
public abstract sealed class ReferenceFiles {

	/** The classpath folder of the bundled copy. */
	public static final String BUNDLED = "reference/";

	private ReferenceFiles() {
	}

	/** The copy that ships with the service. */
	public static ReferenceFiles bundled() {
		return new Bundled();
	}

	/** A folder holding the reference files. */
	public static ReferenceFiles folder(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new ReferenceDataException("Reference data folder " + dir.toAbsolutePath() + " does not exist; set "
					+ "dutygraph.reference.dir to a folder holding agencies.tsv and the other reference files, or "
					+ "leave it unset to use the bundled copy");
		}
		return new Folder(dir);
	}

	/** The lines of a file, UTF-8. */
	public abstract List<String> lines(String name);

	/** Whether the file is there. */
	public abstract boolean exists(String name);

	/** Where the files are, for messages and logs. */
	public abstract String describe();

	private static final class Bundled extends ReferenceFiles {

		@Override
		public List<String> lines(String name) {
			try (InputStream in = open(name)) {
				if (in == null) {
					throw new ReferenceDataException(name + ": missing from the bundled reference data");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			}
			catch (IOException ex) {
				throw new ReferenceDataException(name + ": cannot read (" + ex.getMessage() + ")", ex);
			}
		}

		@Override
		public boolean exists(String name) {
			try (InputStream in = open(name)) {
				return in != null;
			}
			catch (IOException ex) {
				return false;
			}
		}

		private static InputStream open(String name) {
			return ReferenceFiles.class.getClassLoader().getResourceAsStream(BUNDLED + name);
		}

		@Override
		public String describe() {
			return "the bundled reference data";
		}

	}

	private static final class Folder extends ReferenceFiles {

		private final Path dir;

		Folder(Path dir) {
			this.dir = dir;
		}

		@Override
		public List<String> lines(String name) {
			try {
				return Files.readAllLines(this.dir.resolve(name), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new ReferenceDataException(name + ": cannot read (" + ex.getMessage() + ")", ex);
			}
		}

		@Override
		public boolean exists(String name) {
			return Files.isRegularFile(this.dir.resolve(name));
		}

		@Override
		public String describe() {
			return "reference data in " + this.dir.toAbsolutePath().normalize();
		}

	}

}
