package org.dutygraph.graph;

import java.util.regex.Pattern;

import org.dutygraph.model.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The limits every list and traversal of the API obeys, checked before any Cypher runs, each
 * violation a clear message for the client.
 */
@Component
public class ApiLimits {

	/** Ids are printable, without control characters, and not too long. */
	private static final Pattern ID = Pattern.compile("[^\\p{Cntrl}]{1,300}");

	private final DutyGraphProperties.Api api;

	public ApiLimits(DutyGraphProperties properties) {
		this.api = properties.api();
	}

	/** A page size: not negative and at most {@code maxPageSize}. */
	public int first(Integer first) {
		int value = (first != null) ? first : 50;
		if (value < 0) {
			throw new InvalidInputException("first must not be negative, was " + value);
		}
		if (value > this.api.maxPageSize()) {
			throw new InvalidInputException("first must be at most " + this.api.maxPageSize() + ", was " + value);
		}
		return value;
	}

	/** A neighbourhood depth between 1 and {@code maxNeighbourhoodDepth}. */
	public int depth(Integer depth) {
		int value = (depth != null) ? depth : 1;
		if (value < 1 || value > this.api.maxNeighbourhoodDepth()) {
			throw new InvalidInputException(
					"depth must be between 1 and " + this.api.maxNeighbourhoodDepth() + ", was " + value);
		}
		return value;
	}

	/** A neighbourhood node cap between 1 and {@code maxNeighbourhoodNodes}. */
	public int nodes(Integer first) {
		int value = (first != null) ? first : 200;
		if (value < 1 || value > this.api.maxNeighbourhoodNodes()) {
			throw new InvalidInputException(
					"first must be between 1 and " + this.api.maxNeighbourhoodNodes() + ", was " + value);
		}
		return value;
	}

	/** An id as clients send it: non-empty, printable, at most 300 characters. */
	public String id(String id) {
		if (id == null || !ID.matcher(id).matches() || id.isBlank()) {
			throw new InvalidInputException("id must be 1 to 300 printable characters");
		}
		return id;
	}

	/** A delay in days between 0 and {@code maxDelayDays}. */
	public int delayDays(int delayDays) {
		if (delayDays < 0) {
			throw new InvalidInputException("delayDays must be zero or more, was " + delayDays);
		}
		if (delayDays > this.api.maxDelayDays()) {
			throw new InvalidInputException("delayDays must be at most " + this.api.maxDelayDays()
					+ " (dutygraph.api.max-delay-days), was " + delayDays);
		}
		return delayDays;
	}

	public int maxQueryDepth() {
		return this.api.maxQueryDepth();
	}

	public int maxQueryComplexity() {
		return this.api.maxQueryComplexity();
	}

	public int maxPageSize() {
		return this.api.maxPageSize();
	}

	public int maxNeighbourhoodDepth() {
		return this.api.maxNeighbourhoodDepth();
	}

	public int maxNeighbourhoodNodes() {
		return this.api.maxNeighbourhoodNodes();
	}

	public int maxQueryCost() {
		return this.api.maxQueryCost();
	}

	public java.time.Duration requestTimeout() {
		return this.api.requestTimeout();
	}

}
