package org.dutygraph.model;

import java.util.List;

/**
 * One page of a list and the total it comes from; the GraphQL connection is built from it.
 *
 * @param items the items of the page
 * @param offset the 0-based position of the first item in the whole list
 * @param totalCount how many items the whole list has
 */
public record Page<T>(List<T> items, int offset, int totalCount) {

	public boolean hasNext() {
		return this.offset + this.items.size() < this.totalCount;
	}

}
