package org.dutygraph.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct query text once: clients send the same few operations again and
 * again with other variables, and parsing plus validating against the schema is most of what a small
 * request costs before any data is read. Only documents that parsed and validated are kept, so a
 * wrong query is answered with its errors each time and cannot fill the cache.
 * <p>
 * Nothing that depends on a request is cached: the depth, complexity and cost limits and the request
 * timeout are instrumentations that run at the start of every execution, on that request's variables.
 * The cache is bounded by the total length of the query texts it holds.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	/** 256 Ki characters of query text: hundreds of distinct operations, tens of megabytes of syntax trees at most. */
	static final long DEFAULT_MAX_CHARS = 256 * 1024;

	private final Cache<String, PreparsedDocumentEntry> documents;

	/** @param maxChars most characters of query text kept, summed over the cached documents */
	DocumentCache(long maxChars) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(maxChars)
			.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry entry = this.documents.getIfPresent(query);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				this.documents.put(query, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	long size() {
		return this.documents.estimatedSize();
	}

	/** Evicts now what is over the bound (Caffeine otherwise does it in passing). */
	void cleanUp() {
		this.documents.cleanUp();
	}

}
