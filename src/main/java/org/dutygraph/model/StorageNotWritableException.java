package org.dutygraph.model;

/**
 * The service may not write its storage (a folder or file in it made read-only, or its filesystem
 * mounted read-only): nothing was written, and the message names the folder, the first path in it the
 * service cannot write and how to make it writable again. Neo4j itself stops until restart when a
 * commit fails that way, so the write is refused before it starts.
 */
public class StorageNotWritableException extends StorageRefusedException {

	public StorageNotWritableException(String message) {
		super(message);
	}

}
