package org.dutygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Cypher statements of {@code cypher/queries/<feature>/<name>.cypher}, loaded once at start-up and
 * looked up by {@code <feature>/<name>}. Asking for a name that does not exist fails at once, so a
 * missing file is found by the first test, not by a user.
 */
@Component
public class CypherQueries {

	private final Map<String, String> queries = new TreeMap<>();

	public CypherQueries() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/queries/**/*.cypher");
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String key = url.substring(url.indexOf("cypher/queries/") + "cypher/queries/".length(),
						url.length() - ".cypher".length());
				this.queries.put(key, resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The statement {@code <feature>/<name>}. */
	public String get(String name) {
		String query = this.queries.get(name);
		if (query == null) {
			throw new IllegalStateException("No Cypher file cypher/queries/" + name + ".cypher; known: "
					+ this.queries.keySet());
		}
		return query;
	}

}
