package org.dutygraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dutygraph.model.StorageFullException;

import org.springframework.util.unit.DataSize;

/**
 * Refuses a write before it starts when the embedded store's folder has less free space than a margin
 * ({@code dutygraph.storage.min-free-space}) plus what the write may need. A store that runs out of
 * space in the middle of a commit is worse off than one that was never asked: Neo4j stops accepting
 * work until restart. With an external server there is no local folder to check.
 */
public final class StorageGuard {

	/**
	 * What one node or relationship may take in the store and the transaction log, properties
	 * included: generous, since the seed's largest text properties are a few hundred characters.
	 */
	static final int BYTES_PER_ENTITY = 4096;

	private static final StorageGuard NONE = new StorageGuard(null, DataSize.ofBytes(0));

	private final Path folder;

	private final DataSize margin;

	public StorageGuard(Path folder, DataSize margin) {
		this.folder = (folder != null) ? folder.toAbsolutePath().normalize() : null;
		this.margin = margin;
	}

	/** A guard that checks nothing: the store is not on this machine. */
	public static StorageGuard none() {
		return NONE;
	}

	/** Throws unless the folder has the margin plus room for {@code entities} nodes and relationships. */
	public void requireRoomFor(long entities) {
		if (this.folder == null) {
			return;
		}
		long needed = this.margin.toBytes() + BYTES_PER_ENTITY * Math.max(0, entities);
		long free = usableBytes(this.folder);
		if (free < needed) {
			throw new StorageFullException("Not enough free space to write: the data folder " + this.folder + " has "
					+ mebibytes(free) + " free (" + free + " bytes), a write of this size needs " + mebibytes(needed)
					+ " (the margin dutygraph.storage.min-free-space of " + mebibytes(this.margin.toBytes()) + " plus " + entities
					+ " nodes and relationships at " + BYTES_PER_ENTITY + " bytes each); free space there and try again");
		}
	}

	static long usableBytes(Path folder) {
		try {
			return Files.getFileStore(existing(folder)).getUsableSpace();
		}
		catch (IOException ex) {
			throw new StorageFullException("Cannot read the free space of the data folder " + folder + ": "
					+ ex.getMessage());
		}
	}

	private static Path existing(Path folder) {
		Path dir = folder;
		while (dir != null && !Files.exists(dir)) {
			dir = dir.getParent();
		}
		return (dir != null) ? dir : folder;
	}

	private static String mebibytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
	}

	public Path folder() {
		return this.folder;
	}

}
