package org.dutygraph.change;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.impact.CuratedDependencyWriter;
import org.dutygraph.importer.ImportReport;
import org.dutygraph.importer.ImportService;
import org.dutygraph.model.InvalidInputException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The mutations. Each is authorised here, before anything is read or written: EDITOR (or ADMIN) for
 * task and dependency changes, ADMIN for imports. A refusal reaches the client as a GraphQL error,
 * UNAUTHORIZED when no one is signed in and FORBIDDEN when the role is missing.
 */
@Controller
class ChangeController {

	static final String EDITOR = "hasAnyRole('EDITOR', 'ADMIN')";

	static final String ADMIN = "hasRole('ADMIN')";

	private final TaskChanges tasks;

	private final DependencyChanges dependencies;

	private final ImportService importService;

	private final ApiLimits limits;

	private final CuratedDependencyWriter curated;

	ChangeController(TaskChanges tasks, DependencyChanges dependencies, ImportService importService,
			ApiLimits limits, CuratedDependencyWriter curated) {
		this.tasks = tasks;
		this.dependencies = dependencies;
		this.importService = importService;
		this.limits = limits;
		this.curated = curated;
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

	/**
	 * Imports in the importer's own transaction (it writes a document in one), then records the audit
	 * record about the document in a second one; nothing is recorded when nothing was written.
	 */
	@MutationMapping
	@PreAuthorize(ADMIN)
	public ImportDocumentPayload importDocument(@Argument ImportDocumentInput input, Authentication user) {
		String fileName = (input.fileName() != null) ? input.fileName().strip() : "";
		if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.length() > 200) {
			throw new InvalidInputException("fileName must be a plain file name of 1 to 200 characters");
		}
		boolean dryRun = Boolean.TRUE.equals(input.dryRun());
		byte[] content = (input.content() != null) ? input.content().getBytes(StandardCharsets.UTF_8) : new byte[0];
		List<AuditRecord> audit = new java.util.ArrayList<>();
		ImportReport report = this.importService.importDocument(fileName, content,
				new ImportService.Options(dryRun, input.jurisdiction()),
				(tx, written) -> {
					audit.clear(); // the driver may retry the transaction
					audit.addAll(this.tasks.auditImport(tx, written, user.getName()));
				});
		if (report.status() == ImportReport.Status.IMPORTED || report.status() == ImportReport.Status.REPLACED) {
			this.curated.apply();
		}
		return new ImportDocumentPayload(report, List.copyOf(audit));
	}

}
