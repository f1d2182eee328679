package org.dutygraph.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the shape of a GraphQL POST body before the GraphQL handler reads it: a JSON object with a
 * {@code query} string, optional {@code operationName} string and {@code variables} and
 * {@code extensions} objects. Anything else ({@code null}, an array, broken JSON, an empty body) is
 * answered with HTTP 400 and one GraphQL error that says what was wrong, instead of a 500. A body sent
 * as {@code application/graphql} (the query text itself) is left to the handler.
 */
@Component
class GraphQlRequestBodyFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String path;

	GraphQlRequestBodyFilter(@Value("${spring.graphql.http.path:/graphql}") String path) {
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !HttpMethod.POST.matches(request.getMethod()) || !this.path.equals(request.getServletPath())
				|| (type != null && type.startsWith("application/graphql"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		String problem = problem(body);
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Map<String, Object> error = Map.of("message", problem, "extensions",
					Map.of("classification", ErrorType.BAD_REQUEST.name()));
			JSON.writeValue(response.getOutputStream(), Map.of("errors", java.util.List.of(error)));
			return;
		}
		chain.doFilter(new Replayed(request, body), response);
	}

	/** What is wrong with the body, or null when it is a GraphQL request. */
	static String problem(byte[] body) {
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return "The request body is not JSON: " + ex.getOriginalMessage();
		}
		if (json == null || json.isMissingNode()) {
			return "The request body is empty; send a JSON object such as {\"query\": \"{ documents { id } }\"}";
		}
		if (!json.isObject()) {
			return "The request body must be a JSON object with a \"query\" string, was " + kind(json);
		}
		JsonNode query = json.get("query");
		if (query == null || !query.isString() || query.asString().isBlank()) {
			return "The request body must have a non-empty \"query\" string"
					+ ((query == null) ? "" : ", was " + kind(query));
		}
		for (String name : new String[] { "variables", "extensions" }) {
			JsonNode value = json.get(name);
			if (value != null && !value.isNull() && !value.isObject()) {
				return "\"" + name + "\" must be a JSON object, was " + kind(value);
			}
		}
		JsonNode operationName = json.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "\"operationName\" must be a string, was " + kind(operationName);
		}
		return null;
	}

	private static String kind(JsonNode node) {
		return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The request with its body read once and offered again to the GraphQL handler. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
