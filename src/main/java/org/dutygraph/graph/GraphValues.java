package org.dutygraph.graph;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dutygraph.model.Agency;
import org.dutygraph.model.AuditRecord;
import org.dutygraph.model.Deadline;
import org.dutygraph.model.Document;
import org.dutygraph.model.Enterprise;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.Plan;
import org.dutygraph.model.SourceRef;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;
import org.dutygraph.progress.ProgressRule;
import org.neo4j.driver.Value;

/**
 * Maps the property maps that the Cypher files return ({@code n {.*}}) to the model records, in one
 * place, so every query reads a node the same way.
 */
public final class GraphValues {

	private GraphValues() {
	}

	/** An audit record as {@code writeAudit} and {@code history} return it. */
	public static AuditRecord auditRecord(Value v) {
		return new AuditRecord(str(v, "id"), str(v, "subjectId"), str(v, "who"),
				v.get("at").asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), str(v, "action"),
				str(v, "field"), opt(v, "oldValue"), opt(v, "newValue"), opt(v, "reason"),
				v.get("version").isNull() ? null : v.get("version").asInt());
	}

	/** What the progress rule needs of a task: {@code t {.id, .dueDate, .status, .doneOn}}. */
	public static ProgressRule.Facts progressFacts(Value v) {
		return new ProgressRule.Facts(str(v, "id"), date(v, "dueDate"), opt(v, "status"), date(v, "doneOn"));
	}

	public static Task task(Value v) {
		return new Task(str(v, "id"), str(v, "kind"), opt(v, "number"), strings(v, "path"), opt(v, "title"),
				str(v, "text"), date(v, "dueDate"), str(v, "planId"), str(v, "documentId"), v.get("line").asInt(0),
				str(v, "excerpt"), v.get("status").asString("NOT_STARTED"), v.get("version").asLong(0),
				date(v, "expectedDate"), date(v, "doneOn"));
	}

	public static Plan plan(Value v) {
		return new Plan(str(v, "id"), str(v, "key"), str(v, "title"),
				v.get("year").isNull() ? null : v.get("year").asInt(), str(v, "documentId"));
	}

	public static Document document(Value v) {
		return new Document(str(v, "id"), str(v, "fileName"), str(v, "sha256"), opt(v, "title"), opt(v, "docNumber"),
				date(v, "issuedOn"), strings(v, "issuers"), opt(v, "jurisdiction"));
	}

	public static Agency agency(Value v) {
		return new Agency(str(v, "id"), str(v, "name"), strings(v, "aliases"), opt(v, "jurisdiction"),
				v.get("collective").asBoolean(false), opt(v, "type"), opt(v, "parentId"));
	}

	public static Deadline deadline(Value v) {
		return new Deadline(str(v, "raw"), str(v, "kind"), date(v, "date"), date(v, "endDate"));
	}

	public static Township township(Value v) {
		return new Township(str(v, "id"), str(v, "name"), opt(v, "county"), opt(v, "type"));
	}

	public static MonitoringSection section(Value v) {
		return new MonitoringSection(str(v, "id"), str(v, "name"), opt(v, "river"), opt(v, "level"),
				opt(v, "targetClass"), opt(v, "county"));
	}

	public static KeyProject project(Value v) {
		return new KeyProject(str(v, "id"), str(v, "name"),
				v.get("investment").isNull() ? null : v.get("investment").asDouble(), opt(v, "content"),
				opt(v, "periodRaw"), opt(v, "tier"),
				new SourceRef(str(v, "documentId"), v.get("line").asInt(0), str(v, "name")));
	}

	public static Enterprise enterprise(Value v) {
		return new Enterprise(str(v, "id"), str(v, "name"));
	}

	public static String str(Value v, String key) {
		return v.get(key).isNull() ? "" : v.get(key).asString();
	}

	public static String opt(Value v, String key) {
		return v.get(key).isNull() ? null : v.get(key).asString();
	}

	public static List<String> strings(Value v, String key) {
		return v.get(key).isNull() ? List.of() : v.get(key).asList(Value::asString);
	}

	public static LocalDate date(Value v, String key) {
		return v.get(key).isNull() ? null : v.get(key).asLocalDate();
	}

}
