package org.dutygraph.policy;

import java.util.List;
import java.util.Map;

import org.dutygraph.model.Agency;
import org.dutygraph.model.KeyProject;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Key projects (重点工程) and the units that lead them. */
@Controller
class KeyProjectController {

	private final PolicyQueries queries;

	KeyProjectController(PolicyQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	List<KeyProject> keyProjects() {
		return this.queries.keyProjects();
	}

	@BatchMapping(typeName = "KeyProject")
	Map<KeyProject, List<Agency>> lead(List<KeyProject> projects) {
		Map<String, List<Agency>> found = this.queries.keyProjectLeads(TaskController.ids(projects, KeyProject::id));
		return TaskController.map(projects, (p) -> found.getOrDefault(p.id(), List.of()));
	}

}
