package org.dutygraph.model;

/**
 * The service's storage has too little free space for a write: nothing was written, and the message
 * names the folder, what is free and what is needed, so that an operator can act on it.
 */
public class StorageFullException extends StorageRefusedException {

	public StorageFullException(String message) {
		super(message);
	}

}
