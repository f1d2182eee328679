package org.dutygraph.importer;

/**
 * How large a document the importer accepts, checked before anything is read into memory, and how many
 * rows it writes per committed batch. Together they bound the memory one import needs.
 *
 * @param maxBytes the largest file, in bytes ({@code dutygraph.importer.max-bytes})
 * @param maxLines the most lines a file may have ({@code dutygraph.importer.max-lines})
 * @param batchSize rows per committed staging batch ({@code dutygraph.importer.batch-size})
 */
public record ImportLimits(long maxBytes, int maxLines, int batchSize) {

	/** 16 MB, 200,000 lines, 2,000 rows: a plan of 20,000 tasks is about 4 MB and 60,000 lines. */
	public static final ImportLimits DEFAULT = new ImportLimits(16L * 1024 * 1024, 200_000, 2_000);

	public ImportLimits {
		if (maxBytes <= 0 || maxLines <= 0 || batchSize <= 0) {
			throw new IllegalArgumentException("import limits must be positive: max-bytes " + maxBytes
					+ ", max-lines " + maxLines + ", batch-size " + batchSize);
		}
	}

	/** Why {@code size} bytes are too many, or null. */
	String tooLarge(long size) {
		if (size <= this.maxBytes) {
			return null;
		}
		return "The file is " + size + " bytes; the limit is " + this.maxBytes
				+ " bytes. Raise dutygraph.importer.max-bytes to import it.";
	}

	/** Why the content has too many lines, or null. Counts without decoding. */
	String tooManyLines(byte[] content) {
		int lines = 1;
		for (byte b : content) {
			if (b == '\n' && ++lines > this.maxLines) {
				return "The file has more than " + this.maxLines
						+ " lines, the limit. Raise dutygraph.importer.max-lines to import it.";
			}
		}
		return null;
	}

}
