package org.dutygraph.change;

import org.dutygraph.graph.ApiLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The mutations of tasks and dependencies. Each is authorised here, before anything is read or written:
 * EDITOR or ADMIN ({@code importDocument}, ADMIN only, is the importer's). A refusal reaches the
 * client as a GraphQL error,
 * UNAUTHORIZED when no one is signed in and FORBIDDEN when the role is missing.
 */
@Controller
class ChangeController {

	static final String EDITOR = "hasAnyRole('EDITOR', 'ADMIN')";

	private final TaskChanges tasks;

	private final DependencyChanges dependencies;

	private final ApiLimits limits;

	ChangeController(TaskChanges tasks, DependencyChanges dependencies, ApiLimits limits) {
		this.tasks = tasks;
		this.dependencies = dependencies;
		this.limits = limits;
	}

	@MutationMapping
	@PreAuthorize(EDITOR)
	public UpdateTaskStatusPayload updateTaskStatus(@Argument UpdateTaskStatusInput input, Authentication user) {
		this.limits.id(input.taskId());
		return this.tasks.updateTaskStatus(input, user.getName());
	}

	@MutationMapping
	@PreAuthorize(EDITOR)
	public RecordDelayPayload recordDelay(@Argument RecordDelayInput input, Authentication user) {
		this.limits.id(input.taskId());
		return this.tasks.recordDelay(input, user.getName());
	}

	@MutationMapping
	@PreAuthorize(EDITOR)
	public AddDependencyPayload addDependency(@Argument AddDependencyInput input, Authentication user) {
		this.limits.id(input.dependentId());
		this.limits.id(input.prerequisiteId());
		return this.dependencies.addDependency(input, user.getName());
	}

	@MutationMapping
	@PreAuthorize(EDITOR)
	public RemoveDependencyPayload removeDependency(@Argument RemoveDependencyInput input, Authentication user) {
		this.limits.id(input.dependentId());
		this.limits.id(input.prerequisiteId());
		return this.dependencies.removeDependency(input, user.getName());
	}

}
