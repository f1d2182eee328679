package org.dutygraph.change;

import java.util.List;

import org.dutygraph.change.ChangeQueries.Change;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.AuditRecord;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.NotFoundException;
import org.dutygraph.model.Task;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dependencies entered or removed by users, each in one write transaction with its audit record.
 * Changes are serialised on one lock so that the cycle check and the write see the same edges.
 * <p>
 * RULE edges cannot be removed: the importer derives them from the document text and would derive them
 * again on the next import of the document; the refusal says so. USER and CURATED edges can.
 */
@Service
@Transactional
class DependencyChanges {

	static final String ADD_DEPENDENCY = "ADD_DEPENDENCY";

	static final String REMOVE_DEPENDENCY = "REMOVE_DEPENDENCY";

	private final ChangeQueries queries;

	DependencyChanges(ChangeQueries queries) {
		this.queries = queries;
	}

	AddDependencyPayload addDependency(AddDependencyInput input, String who) {
		String reason = TaskChanges.reason(input.reason());
		if (input.dependentId().equals(input.prerequisiteId())) {
			throw new InvalidInputException("a task cannot depend on itself: " + input.dependentId());
		}
		Pair pair = lock(input.dependentId(), input.prerequisiteId());
		if (!pair.edges().isEmpty()) {
			throw new InvalidInputException(input.dependentId() + " already depends on " + input.prerequisiteId()
					+ " (basis " + GraphValues.str(pair.edges().get(0), "basis") + ")");
		}
		this.queries.dependencyPath(input.prerequisiteId(), input.dependentId())
			.ifPresent((path) -> {
				throw new InvalidInputException(input.dependentId() + " cannot depend on " + input.prerequisiteId()
						+ ": that would close the cycle " + String.join(" → ", path) + " → " + path.get(0)
						+ " (each arrow reads \"depends on\")");
			});
		this.queries.addDependency(input.dependentId(), input.prerequisiteId(), reason, who);
		List<AuditRecord> audit = this.queries.writeAudit(input.dependentId(), who, ADD_DEPENDENCY, reason, null,
				List.of(new Change("dependsOn", null, input.prerequisiteId())));
		return new AddDependencyPayload(new TaskDependency(pair.dependent(), pair.prerequisite(), "USER", reason),
				audit);
	}

	RemoveDependencyPayload removeDependency(RemoveDependencyInput input, String who) {
		String reason = TaskChanges.reason(input.reason());
		Pair pair = lock(input.dependentId(), input.prerequisiteId());
		if (pair.edges().isEmpty()) {
			throw new NotFoundException(input.dependentId() + " does not depend on " + input.prerequisiteId());
		}
		Value removable = pair.edges()
			.stream()
			.filter((e) -> !"RULE".equals(GraphValues.str(e, "basis")))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("the dependency " + input.dependentId() + " → "
					+ input.prerequisiteId() + " is a RULE edge: the importer derives it from the document text "
					+ "and would derive it again on the next import, so it cannot be removed here; "
					+ "correct the document or the rule instead"));
		this.queries.removeDependency(input.dependentId(), input.prerequisiteId());
		String basis = GraphValues.str(removable, "basis");
		List<AuditRecord> audit = this.queries.writeAudit(input.dependentId(), who, REMOVE_DEPENDENCY, reason, null,
				List.of(new Change("dependsOn", input.prerequisiteId() + " (" + basis + ")", null)));
		return new RemoveDependencyPayload(new TaskDependency(pair.dependent(), pair.prerequisite(), basis,
				GraphValues.opt(removable, "reason")), audit);
	}

	private Pair lock(String dependentId, String prerequisiteId) {
		Record row = this.queries.lockDependencies(dependentId, prerequisiteId);
		if (row.get("dependent").isNull()) {
			throw new NotFoundException("no task has id " + dependentId);
		}
		if (row.get("prerequisite").isNull()) {
			throw new NotFoundException("no task has id " + prerequisiteId);
		}
		return new Pair(GraphValues.task(row.get("dependent")), GraphValues.task(row.get("prerequisite")),
				row.get("edges").asList((v) -> v));
	}

	private record Pair(Task dependent, Task prerequisite, List<Value> edges) {
	}

}
