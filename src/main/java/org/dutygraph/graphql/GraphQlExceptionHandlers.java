package org.dutygraph.graphql;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.NotFoundException;
import org.dutygraph.model.StorageRefusedException;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps exceptions to GraphQL errors: the client's mistakes with their message and a Spring for GraphQL
 * {@link ErrorType}; anything else as an internal error without details, logged here with its stack
 * trace so that none ever reaches a client.
 */
@ControllerAdvice
class GraphQlExceptionHandlers {

	private static final Log logger = LogFactory.getLog(GraphQlExceptionHandlers.class);

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError illegalArgument(IllegalArgumentException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * The store lacks space or may not be written: an operator's problem, said plainly, with nothing
	 * written.
	 */
	@GraphQlExceptionHandler
	GraphQLError storageRefused(StorageRefusedException ex, DataFetchingEnvironment env) {
		logger.error(ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(Exception ex, DataFetchingEnvironment env) {
		logger.error("Unexpected error at " + env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error; the service log has the details");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
