package org.dutygraph.policy;

import java.util.List;

import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Agency;
import org.dutygraph.model.GraphNode;
import org.dutygraph.model.Task;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Turns the rows of the search statements into hits: a display name, the main label and a snippet. */
final class SearchHits {

	private static final List<String> MAIN_LABELS = List.of("Task", "Agency", "KeyProject", "MonitoringSection",
			"Enterprise", "Township");

	private SearchHits() {
	}

	static SearchHit hit(Record row, String query) {
		Value node = row.get("node");
		List<String> labels = row.get("labels").asList(Value::asString);
		String label = labels.stream().filter(MAIN_LABELS::contains).findFirst().orElse(labels.get(0));
		String name = GraphValues.opt(node, "name");
		String text = GraphValues.opt(node, "text");
		if (name == null) {
			name = (GraphValues.opt(node, "title") != null) ? GraphValues.opt(node, "title") : abbreviate(text, 40);
		}
		Task task = "Task".equals(label) ? GraphValues.task(node) : null;
		Agency agency = "Agency".equals(label) ? GraphValues.agency(node) : null;
		return new SearchHit(GraphValues.str(node, "id"), label, name, row.get("score").asDouble(),
				snippet(text, query), task, agency);
	}

	static GraphNode node(Value v) {
		return new GraphNode(GraphValues.str(v, "id"), GraphValues.str(v, "label"), GraphValues.str(v, "name"));
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

}
