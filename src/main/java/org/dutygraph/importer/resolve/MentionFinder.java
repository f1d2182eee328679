package org.dutygraph.importer.resolve;

import java.util.List;

/** Finds named things in task text. Stub until the resolver work is merged. */
public final class MentionFinder {

	public record SectionRef(String key, String name, String county, String river, String level) {
	}

	public record ProjectRef(String key, String name) {
	}

	public MentionFinder(ReferenceData data) {
	}

	public List<Mention> find(String text, String county, List<SectionRef> sections, List<ProjectRef> projects) {
		return List.of();
	}

}
