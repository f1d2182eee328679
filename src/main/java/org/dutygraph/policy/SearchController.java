package org.dutygraph.policy;

import java.util.ArrayList;
import java.util.List;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.ApiLimits;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Agency;
import org.dutygraph.model.GraphNode;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.NotFoundException;
import org.dutygraph.model.SourceRef;
import org.dutygraph.model.Task;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Full-text search and accountability chains. */
@Controller
class SearchController {

	private static final List<String> MAIN_LABELS = List.of("Task", "Agency", "KeyProject", "MonitoringSection",
			"Enterprise", "Township");

	private final PolicyQueries queries;

	private final ApiLimits limits;

	SearchController(PolicyQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	/** A search hit. */
	record SearchHit(String id, String label, String name, double score, String snippet, Task task, Agency agency) {
	}

	/** A link of an accountability chain. */
	record AccountabilityLink(GraphNode from, GraphNode to, String relation, String role, int depth, String basis,
			SourceRef source, String reference) {
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
		List<Record> rows = (query.codePointCount(0, query.length()) == 1)
				? this.queries.records("policy/searchContains", CypherParams.of("text", query, "limit", limit))
				: this.queries.records("policy/search", CypherParams.of("query", phrase(query), "limit", limit));
		List<SearchHit> hits = new ArrayList<>();
		for (Record row : rows) {
			hits.add(hit(row.get("node"), row.get("labels").asList(Value::asString), row.get("score").asDouble(), query));
		}
		return hits;
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

	private static SearchHit hit(Value node, List<String> labels, double score, String query) {
		String label = labels.stream().filter(MAIN_LABELS::contains).findFirst().orElse(labels.get(0));
		String name = GraphValues.opt(node, "name");
		String text = GraphValues.opt(node, "text");
		if (name == null) {
			name = (GraphValues.opt(node, "title") != null) ? GraphValues.opt(node, "title") : abbreviate(text, 40);
		}
		Task task = "Task".equals(label) ? GraphValues.task(node) : null;
		Agency agency = "Agency".equals(label) ? GraphValues.agency(node) : null;
		return new SearchHit(GraphValues.str(node, "id"), label, name, score, snippet(text, query), task, agency);
	}

	static String snippet(String text, String query) {
		if (text == null) {
			return null;
		}
		int at = text.indexOf(query);
		if (at < 0) {
			return abbreviate(text, 60);
		}
		int from = Math.max(0, at - 20);
		int to = Math.min(text.length(), at + query.length() + 20);
		return ((from > 0) ? "…" : "") + text.substring(from, to) + ((to < text.length()) ? "…" : "");
	}

	private static String abbreviate(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() <= max) ? text : text.substring(0, max) + "…";
	}

	@QueryMapping
	List<AccountabilityLink> accountabilityChain(@Argument String taskId) {
		List<Record> rows = this.queries.records("policy/accountabilityChain",
				CypherParams.of("taskId", this.limits.id(taskId)));
		if (rows.isEmpty()) {
			throw new NotFoundException("No task with id '" + taskId + "'");
		}
		return rows.get(0).get("links").asList(SearchController::link);
	}

	private static AccountabilityLink link(Value v) {
		SourceRef source = v.get("documentId").isNull() ? null
				: new SourceRef(v.get("documentId").asString(), v.get("line").asInt(0), GraphValues.str(v, "excerpt"));
		return new AccountabilityLink(node(v.get("from")), node(v.get("to")), v.get("relation").asString(),
				GraphValues.opt(v, "role"), v.get("depth").asInt(0), GraphValues.opt(v, "basis"), source,
				GraphValues.opt(v, "reference"));
	}

	private static GraphNode node(Value v) {
		return new GraphNode(GraphValues.str(v, "id"), GraphValues.str(v, "label"), GraphValues.str(v, "name"));
	}

}
