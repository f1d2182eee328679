package org.dutygraph.policy;

import java.util.List;

import org.dutygraph.model.MonitoringSection;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Monitoring sections (监测断面). */
@Controller
class MonitoringSectionController {

	private final PolicyQueries queries;

	MonitoringSectionController(PolicyQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	List<MonitoringSection> monitoringSections() {
		return this.queries.monitoringSections();
	}

}
