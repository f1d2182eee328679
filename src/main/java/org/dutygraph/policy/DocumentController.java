package org.dutygraph.policy;

import java.util.List;
import java.util.Map;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.Connection;
import org.dutygraph.model.Document;
import org.dutygraph.model.Plan;
import org.dutygraph.model.SourceRef;
import org.dutygraph.model.Task;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Documents, plans and the document side of source references. */
@Controller
class DocumentController {

	private final PolicyQueries queries;

	private final ApiLimits limits;

	DocumentController(PolicyQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	@QueryMapping
	List<Document> documents() {
		return this.queries.documents(null);
	}

	@QueryMapping
	List<Plan> plans() {
		return this.queries.plans(null, null);
	}

	@BatchMapping(typeName = "Document")
	Map<Document, List<Plan>> plans(List<Document> documents) {
		List<Plan> plans = this.queries.plans(null, TaskController.ids(documents, Document::id));
		return TaskController.map(documents,
				(d) -> plans.stream().filter((p) -> p.documentId().equals(d.id())).toList());
	}

	@BatchMapping(typeName = "Plan")
	Map<Plan, Document> document(List<Plan> plans) {
		Map<String, Document> docs = TaskController
			.byId(this.queries.documents(TaskController.ids(plans, Plan::documentId)), Document::id);
		return TaskController.map(plans, (p) -> docs.get(p.documentId()));
	}

	@BatchMapping(typeName = "SourceRef", field = "document")
	Map<SourceRef, Document> sourceDocument(List<SourceRef> sources) {
		Map<String, Document> docs = TaskController
			.byId(this.queries.documents(TaskController.ids(sources, SourceRef::documentId)), Document::id);
		return TaskController.map(sources, (s) -> docs.get(s.documentId()));
	}

	@SchemaMapping(typeName = "Plan")
	Connection<Connection.Edge<Task>> tasks(Plan plan, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		TaskFilter filter = new TaskFilter(null, plan.id(), null, null, null, null, null, null, null, null);
		return Connection.of(this.queries.findTasks(filter, "DOCUMENT_ORDER", Connection.offsetAfter(after),
				this.limits.first(first), TaskProjection.of(selection, TaskController.CONNECTION_TASKS),
				TaskPrefetch.of(context)));
	}

	@SchemaMapping(typeName = "Plan")
	PlanSummary summary(Plan plan) {
		return this.queries.planSummary(plan.id());
	}

}
