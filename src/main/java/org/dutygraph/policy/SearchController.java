package org.dutygraph.policy;

import java.util.List;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.InvalidInputException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Full-text search (全文检索). */
@Controller
class SearchController {

	private final PolicyQueries queries;

	private final ApiLimits limits;

	SearchController(PolicyQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	/**
	 * The cjk analyzer indexes character bigrams: a query of two or more characters is sent as a quoted
	 * phrase (so 推进散煤 does not match every text with 推进), a single character falls back to a
	 * substring scan, which the index cannot answer.
	 */
	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		String query = (text != null) ? text.strip() : "";
		if (query.isEmpty()) {
			throw new InvalidInputException("text must not be blank");
		}
		if (query.length() > 100) {
			throw new InvalidInputException("text must be at most 100 characters");
		}
		int limit = this.limits.first(first);
		return (query.codePointCount(0, query.length()) == 1) ? this.queries.searchContains(query, limit)
				: this.queries.search(phrase(query), query, limit);
	}

	/** A Lucene phrase query with every special character escaped. */
	static String phrase(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.append('"').toString();
	}

}
