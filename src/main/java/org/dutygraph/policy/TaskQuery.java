package org.dutygraph.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder.OngoingReadingWithWhere;
import org.neo4j.cypherdsl.core.StatementBuilder.OngoingReadingWithoutWhere;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * The statement of a filtered, ordered page of tasks, built with Cypher-DSL from only the conditions
 * given. It starts from the most selective anchor among them, each served by an index: a unit (by id,
 * or by name or alias through {@code agency_name} and {@code alias_text}), then a township
 * ({@code township_name}); without either, the task properties (plan, due date, kind, text) are
 * left to the planner, which seeks {@code task_plan_sort}, {@code task_due_date}, {@code task_kind}
 * or {@code task_text}, and a "due before" without a better anchor starts from {@code deadline_date}.
 * Every other condition is a predicate on the tasks reached. The count and the page are two
 * subqueries, so the page is ordered and sliced in Cypher ({@code ORDER BY … SKIP … LIMIT}) and
 * only the selected properties are returned.
 */
final class TaskQuery {

	private final Node task = Cypher.node("Task").named("t");

	private final TaskFilter filter;

	private TaskQuery(TaskFilter filter) {
		this.filter = filter;
	}

	/** The statement text and its parameters. */
	record Built(String cypher, Map<String, Object> parameters) {
	}

	static Built build(TaskFilter filter, String order, int offset, int limit, TaskProjection projection,
			Configuration configuration) {
		Statement statement = new TaskQuery(filter).statement(order, offset, limit, projection);
		return new Built(Renderer.getRenderer(configuration).render(statement),
				statement.getCatalog().getParameters());
	}

	/**
	 * The statement of the tasks with the ids in {@code $ids} ({@code owner}) and their projected
	 * properties ({@code node}). Its text depends on the projection only, so it can be rendered once
	 * per projection.
	 */
	static String byIds(TaskProjection projection, Configuration configuration) {
		Node task = Cypher.node("Task").named("t");
		SymbolicName owner = Cypher.name("owner");
		Statement statement = Cypher.unwind(Cypher.parameter("ids"))
			.as(owner)
			.match(task.withProperties("id", owner))
			.returning(owner, projected(task, projection).as("node"))
			.build();
		return Renderer.getRenderer(configuration).render(statement);
	}

	private Statement statement(String order, int offset, int limit, TaskProjection projection) {
		// a task reached over relationships may be reached twice; a task matched by its label only once
		// (and then an unconditional count comes from the count store)
		boolean overRelationships = this.filter.agencyId() != null || this.filter.agency() != null
				|| this.filter.township() != null || anchoredOnDeadlines();
		Statement total = matching(false)
			.returning((overRelationships ? Cypher.countDistinct(this.task) : Cypher.count(this.task)).as("total"))
			.build();
		SymbolicName page = Cypher.name("page");
		Statement slice = (overRelationships ? matching(true).withDistinct(this.task) : matching(true).with(this.task))
			.orderBy(order(order))
			.skip(Cypher.parameter("offset", offset))
			.limit(Cypher.parameter("limit", limit))
			.returning(Cypher.collect(projected(this.task, projection)).as(page))
			.build();
		return Cypher.call(total).call(slice).returning(Cypher.name("total"), page).build();
	}

	/**
	 * The task's projected properties, and, when asked, its responsibilities (each with its unit and
	 * the unit's parent) and deadlines as nested lists: every field their records carry, no more.
	 */
	static Expression projected(Node task, TaskProjection projection) {
		List<Object> content = new ArrayList<>(projection.properties());
		if (projection.responsibilities()) {
			Node unit = Cypher.node("Agency").named("ra");
			Relationship responsible = unit.relationshipTo(task, "RESPONSIBLE_FOR").named("rr");
			Node parent = Cypher.anyNode("rp");
			Expression parentId = Cypher
				.head(Cypher.listBasedOn(unit.relationshipTo(parent, "PART_OF")).returning(parent.property("id")));
			content.add("responsibilities");
			content.add(Cypher.listBasedOn(responsible)
				.returning(Cypher.mapOf("rel",
						responsible.project("role", "order", "commaGroup", "asWritten", "qualifier", "inferred",
								"documentId", "line", "excerpt"),
						"agency", unit.project("id", "name", "aliases", "jurisdiction", "collective", "type"),
						"parentId", parentId)));
		}
		if (projection.deadlines()) {
			Node deadline = Cypher.node("Deadline").named("dl");
			Relationship has = task.relationshipTo(deadline, "HAS_DEADLINE").named("hd");
			content.add("deadlines");
			content.add(Cypher.listBasedOn(has)
				.returning(deadline.project("raw", "kind", "date", "endDate", "order", has.property("order"))));
		}
		return task.project(content.toArray());
	}

	/**
	 * The anchor and every condition, up to the tasks {@code t} that meet them all. Every task has a
	 * sortKey (the importer writes it); saying so lets the planner seek the plan's tasks in
	 * {@code task_plan_sort} and read a page in document order from {@code task_sort}.
	 */
	private OngoingReadingWithWhere matching(boolean page) {
		TaskFilter f = this.filter;
		List<Condition> conditions = new ArrayList<>();
		OngoingReadingWithoutWhere match;
		boolean byLabel = false;
		if (f.agencyId() != null || f.agency() != null) {
			Node unit = Cypher.node("Agency").named("a");
			Relationship responsible = unit.relationshipTo(this.task, "RESPONSIBLE_FOR").named("r");
			match = (f.agencyId() != null)
					? Cypher.match(unit.withProperties("id", Cypher.parameter("agencyId", f.agencyId()))
						.relationshipTo(this.task, "RESPONSIBLE_FOR")
						.named("r"))
					: Cypher.call(unitsNamed(unit)).match(responsible);
			if (f.role() != null) {
				conditions.add(responsible.property("role").isEqualTo(Cypher.parameter("role", f.role())));
			}
			township(conditions);
		}
		else if (f.township() != null) {
			match = Cypher.match(townshipPattern());
		}
		else if (anchoredOnDeadlines()) {
			Node deadline = Cypher.node("Deadline").named("d");
			match = Cypher.match(this.task.relationshipTo(deadline, "HAS_DEADLINE"));
			conditions.add(deadline.property("date").lte(Cypher.parameter("dueBefore", f.dueBefore())));
			conditions.add(deadline.property("kind").isEqualTo(Cypher.literalOf("BY_DATE")));
		}
		else {
			match = Cypher.match(this.task);
			byLabel = true;
		}
		properties(conditions);
		if (f.planId() != null || (page && byLabel)) {
			conditions.add(this.task.property("sortKey").isNotNull());
		}
		return match.where(conditions.stream().reduce(Cypher.noCondition(), Condition::and));
	}

	/** The units whose canonical name, or an alias as written, is the filter's name; jurisdiction narrows both. */
	private Statement unitsNamed(Node unit) {
		Expression name = Cypher.parameter("agency", this.filter.agency());
		Expression jurisdiction = Cypher.parameter("jurisdiction", this.filter.jurisdiction());
		Node alias = Cypher.node("Alias").named("al");
		Condition canonical = unit.property("name").isEqualTo(name);
		Condition aliased = alias.property("text").isEqualTo(name);
		if (this.filter.jurisdiction() != null) {
			canonical = canonical.and(unit.property("jurisdiction").isEqualTo(jurisdiction));
			aliased = aliased.and(alias.property("jurisdiction")
				.isEqualTo(jurisdiction)
				.or(unit.property("jurisdiction").isEqualTo(jurisdiction)));
		}
		return Cypher.union(Cypher.match(unit).where(canonical).returning(unit).build(),
				Cypher.match(alias.relationshipTo(unit, "NAMES")).where(aliased).returning(unit).build());
	}

	private RelationshipPattern townshipPattern() {
		Node township = Cypher.node("Township")
			.withProperties("name", Cypher.parameter("township", this.filter.township()));
		return township.relationshipFrom(Cypher.node("Agency"), "GOVERNS", "COVERS")
			.relationshipTo(this.task, "RESPONSIBLE_FOR");
	}

	private void township(List<Condition> conditions) {
		if (this.filter.township() != null) {
			conditions.add(Cypher.exists(List.of(townshipPattern())));
		}
	}

	/** "Due before" alone among the indexed conditions: the deadlines on or before the day lead to their tasks. */
	private boolean anchoredOnDeadlines() {
		TaskFilter f = this.filter;
		return f.dueBefore() != null && f.agencyId() == null && f.agency() == null && f.township() == null
				&& f.planId() == null && f.dueAfter() == null;
	}

	/** The conditions on the task's own properties; "due before" unless the deadlines anchor it. */
	private void properties(List<Condition> conditions) {
		TaskFilter f = this.filter;
		if (f.planId() != null) {
			conditions.add(this.task.property("planId").isEqualTo(Cypher.parameter("planId", f.planId())));
		}
		if (f.kind() != null) {
			conditions.add(this.task.property("kind").isEqualTo(Cypher.parameter("kind", f.kind())));
		}
		if (f.text() != null) {
			conditions.add(this.task.property("text").contains(Cypher.parameter("text", f.text())));
		}
		if (f.dueAfter() != null) {
			// dueDate is the latest BY_DATE deadline: some deadline is on or after the day exactly when it is
			conditions.add(this.task.property("dueDate").gte(Cypher.parameter("dueAfter", f.dueAfter())));
		}
		if (f.dueBefore() != null && !anchoredOnDeadlines()) {
			SymbolicName d = Cypher.name("day");
			conditions.add(Cypher.any(d)
				.in(Cypher.coalesce(this.task.property("dueDates"), Cypher.listOf()))
				.where(d.lte(Cypher.parameter("dueBefore", f.dueBefore()))));
		}
	}

	/** Document order; by due date with undated tasks last; then document order between equals. */
	private SortItem[] order(String order) {
		Expression sortKey = this.task.property("sortKey");
		Expression due = this.task.property("dueDate");
		return switch (order) {
			case "DUE_DATE_ASC" -> new SortItem[] { Cypher.sort(due).ascending(), Cypher.sort(sortKey).ascending() };
			case "DUE_DATE_DESC" -> new SortItem[] { Cypher.sort(due.isNull()).ascending(), Cypher.sort(due).descending(),
					Cypher.sort(sortKey).ascending() };
			default -> new SortItem[] { Cypher.sort(sortKey).ascending() };
		};
	}

}
