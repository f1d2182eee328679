package org.dutygraph.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded Neo4j that {@link EarlyStartupChecks} started in the background. Registered as a
 * disposable singleton, so that a start-up failing before anything claimed the server still shuts it
 * down and the process can exit.
 */
final class EmbeddedNeo4jStart implements DisposableBean {

	private final CompletableFuture<EmbeddedNeo4j> future;

	EmbeddedNeo4jStart(CompletableFuture<EmbeddedNeo4j> future) {
		this.future = future;
	}

	/** Waits for the server; a failure to start is rethrown as it was thrown. */
	EmbeddedNeo4j await() {
		try {
			return this.future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		this.future.thenAccept(EmbeddedNeo4j::close).exceptionally((ex) -> null).join();
	}

}
