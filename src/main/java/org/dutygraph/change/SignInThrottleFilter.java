package org.dutygraph.change;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an HTTP Basic sign-in while its user or address is locked, with 429 Too Many Requests, a
 * {@code Retry-After} header and a message saying who is locked and for how long; before the password
 * is checked. Requests without credentials (anonymous reads) pass.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (user != null) {
			SignInThrottle.Refusal refusal = this.throttle.check(user, request.getRemoteAddr());
			if (refusal != null) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter()
					.write("{\"errors\":[{\"message\":\"" + jsonString(refusal.message())
							+ "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String jsonString(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.chars().forEach((c) -> {
			if (c == '"' || c == '\\') {
				out.append('\\').append((char) c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", c));
			}
			else {
				out.append((char) c);
			}
		});
		return out.toString();
	}

	/** The user name of a Basic Authorization header, or null when there is none or it is malformed. */
	static String basicUser(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
