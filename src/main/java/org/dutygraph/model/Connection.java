package org.dutygraph.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection built from a {@link Page}: opaque cursors over positions in a stable order.
 */
public record Connection<E>(List<E> edges, PageInfo pageInfo, int totalCount) {

	/** Relay page information. */
	public record PageInfo(boolean hasNextPage, @Nullable String endCursor) {
	}

	/** A plain edge: cursor and node. */
	public record Edge<T>(String cursor, T node) {
	}

	public static <T> Connection<Edge<T>> of(Page<T> page) {
		return of(page, Edge::new);
	}

	public static <T, E> Connection<E> of(Page<T> page, BiFunction<String, T, E> edge) {
		List<E> edges = new ArrayList<>();
		for (int i = 0; i < page.items().size(); i++) {
			edges.add(edge.apply(cursor(page.offset() + i), page.items().get(i)));
		}
		String end = page.items().isEmpty() ? null : cursor(page.offset() + page.items().size() - 1);
		return new Connection<>(edges, new PageInfo(page.hasNext(), end), page.totalCount());
	}

	public static String cursor(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("pos:" + position).getBytes(StandardCharsets.UTF_8));
	}

	/** The offset after a cursor; 0 without one. A cursor this service did not make is refused. */
	public static int offsetAfter(@Nullable String after) {
		if (after == null || after.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			if (!decoded.startsWith("pos:")) {
				throw new NumberFormatException();
			}
			int position = Integer.parseInt(decoded.substring(4));
			if (position < 0) {
				throw new NumberFormatException();
			}
			return position + 1;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("after: '" + after + "' is not a cursor of this list");
		}
	}

}
