package org.dutygraph.change;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * GraphQL errors of changes: a version conflict (BAD_REQUEST with code CONFLICT and the current version),
 * and refusals (UNAUTHORIZED when no one is signed in, FORBIDDEN when the role is missing). Ordered first
 * so that the catch-all of the shared handlers does not turn them into internal errors.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChangeExceptionHandlers {

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@GraphQlExceptionHandler
	GraphQLError conflict(ConflictException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage(),
				Map.of("code", "CONFLICT", "currentVersion", ex.currentVersion()));
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment env) {
		return unauthorized(env);
	}

	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment env) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || this.trustResolver.isAnonymous(authentication)) {
			return unauthorized(env);
		}
		return error(env, ErrorType.FORBIDDEN, authentication.getName() + " may not "
				+ env.getField().getName() + ": the role it needs is missing", Map.of());
	}

	private static GraphQLError unauthorized(DataFetchingEnvironment env) {
		return error(env, ErrorType.UNAUTHORIZED,
				"sign in (HTTP Basic) to " + env.getField().getName() + ": changes need a user with a role",
				Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
			Map<String, Object> extensions) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(extensions)
			.build();
	}

}
