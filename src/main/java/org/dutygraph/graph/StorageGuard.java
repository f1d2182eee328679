package org.dutygraph.graph;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.dutygraph.model.StorageFullException;
import org.dutygraph.model.StorageNotWritableException;

import org.springframework.util.unit.DataSize;

/**
 * Refuses a write before it starts when the embedded store's folder, or any folder or file in it, may
 * not be written by the service (made read-only, or on a filesystem mounted read-only), or when it has
 * less free space than a margin ({@code dutygraph.storage.min-free-space}) plus what the write may need.
 * A store whose commit fails on a full disk or a file it may not create is worse off than one that was
 * never asked: Neo4j stops accepting work, reads included, until restart, although the transaction may
 * already be in its log. With an external server there is no local folder to check.
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

	/**
	 * Throws unless the service may write the folder and everything in it, and the folder has the margin
	 * plus room for {@code entities} nodes and relationships.
	 */
	public void requireRoomFor(long entities) {
		if (this.folder == null) {
			return;
		}
		requireWritable();
		long needed = this.margin.toBytes() + BYTES_PER_ENTITY * Math.max(0, entities);
		long free = usableBytes(this.folder);
		if (free < needed) {
			throw new StorageFullException("Not enough free space to write: the data folder " + this.folder + " has "
					+ mebibytes(free) + " free (" + free + " bytes), a write of this size needs " + mebibytes(needed)
					+ " (the margin dutygraph.storage.min-free-space of " + mebibytes(this.margin.toBytes()) + " plus " + entities
					+ " nodes and relationships at " + BYTES_PER_ENTITY + " bytes each); free space there and try again");
		}
	}

	/** Throws unless the service may write the folder and every folder and file in it. */
	public void requireWritable() {
		String problem = unwritable();
		if (problem != null) {
			throw new StorageNotWritableException(problem + "; nothing was written");
		}
	}

	/**
	 * What keeps the service from writing the folder, in one sentence that names the first path it may
	 * not write and what to do; null when it may write all of it (or there is no local folder). Neo4j
	 * creates files anywhere in its store (index segments, log files), so every folder and file counts.
	 */
	public String unwritable() {
		if (this.folder == null) {
			return null;
		}
		Path[] denied = new Path[1];
		String[] reason = new String[1];
		if (!Files.isDirectory(this.folder)) {
			// not made yet: the folder it will be made in
			Path parent = existing(this.folder);
			return Files.isWritable(parent) ? null : message(parent, "is read-only");
		}
		try {
			Files.walkFileTree(this.folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					return check(dir);
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					return check(file);
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
						// removed while walking (a log rotated, an index segment merged)
						return FileVisitResult.CONTINUE;
					}
					denied[0] = file;
					reason[0] = "cannot be read (" + ex.getMessage() + ")";
					return FileVisitResult.TERMINATE;
				}

				private FileVisitResult check(Path path) {
					if (Files.isWritable(path)) {
						return FileVisitResult.CONTINUE;
					}
					denied[0] = path;
					reason[0] = "is read-only";
					return FileVisitResult.TERMINATE;
				}

			});
		}
		catch (IOException ex) {
			denied[0] = this.folder;
			reason[0] = "cannot be read (" + ex.getMessage() + ")";
		}
		return (denied[0] != null) ? message(denied[0], reason[0]) : null;
	}

	private String message(Path denied, String reason) {
		String what = denied.equals(this.folder) ? "it" : denied.toString();
		return "Cannot write: the data folder " + this.folder + " is not writable for the service (user "
				+ System.getProperty("user.name") + "): " + what + " " + reason + ". Make the data folder and "
				+ "everything in it writable for that user (e.g. chmod -R u+w " + this.folder + ", or remount its "
				+ "filesystem read-write) and try again";
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
