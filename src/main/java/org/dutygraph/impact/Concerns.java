package org.dutygraph.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Agency;
import org.dutygraph.model.Enterprise;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.Township;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Collects, once each and in order, what a delay's tasks concern and whom to notify. */
final class Concerns {

	private final Map<String, MonitoringSection> sections = new LinkedHashMap<>();

	private final Map<String, Township> townships = new LinkedHashMap<>();

	private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();

	private final Map<String, KeyProject> projects = new LinkedHashMap<>();

	private final Map<String, Agency> agencies = new LinkedHashMap<>();

	private final List<DelayImpact.Notification> notifications = new ArrayList<>();

	void add(Record row) {
		row.get("sections").values().forEach((v) -> this.sections.putIfAbsent(id(v), GraphValues.section(v)));
		row.get("townships").values().forEach((v) -> this.townships.putIfAbsent(id(v), GraphValues.township(v)));
		row.get("enterprises").values().forEach((v) -> this.enterprises.putIfAbsent(id(v), GraphValues.enterprise(v)));
		row.get("projects").values().forEach((v) -> this.projects.putIfAbsent(id(v), GraphValues.project(v)));
		if (row.get("isProject").asBoolean()) {
			Value node = row.get("node");
			this.projects.putIfAbsent(id(node), GraphValues.project(node));
		}
		for (Value unit : row.get("units").values()) {
			Agency agency = GraphValues.agency(unit.get("agency"));
			this.agencies.putIfAbsent(agency.id(), agency);
			this.notifications
				.add(new DelayImpact.Notification(agency, unit.get("role").asString(), row.get("id").asString()));
		}
	}

	private static String id(Value v) {
		return v.get("id").asString();
	}

	List<MonitoringSection> sections() {
		return List.copyOf(this.sections.values());
	}

	List<Township> townships() {
		return List.copyOf(this.townships.values());
	}

	List<Enterprise> enterprises() {
		return List.copyOf(this.enterprises.values());
	}

	List<KeyProject> projects() {
		return List.copyOf(this.projects.values());
	}

	List<Agency> agencies() {
		return List.copyOf(this.agencies.values());
	}

	List<DelayImpact.Notification> notifications() {
		return List.copyOf(this.notifications);
	}

}
