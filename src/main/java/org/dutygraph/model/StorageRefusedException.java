package org.dutygraph.model;

/**
 * The service's storage cannot take a write, found before anything is written: the message names the
 * folder, what is wrong and what an operator does about it. Every import entry refuses the write with
 * it (the command prints it, the mutation answers it, the seed import logs it in one line).
 */
public class StorageRefusedException extends RuntimeException {

	public StorageRefusedException(String message) {
		super(message);
	}

}
