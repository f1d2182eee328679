package org.dutygraph.importer.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the named things a task's text points at, so the graph can link a task to the townships, enterprises,
 * sections and projects it affects: TOWNSHIP (gazetteer names and aliases of the task's county), ENTERPRISE (names
 * and aliases of enterprises.tsv), SECTION (by name, or by level phrases such as 国考断面) and PROJECT (by name or
 * fuzzy match, see {@link ProjectMatcher}).
 * <p>
 * Names are matched longest first and without overlap. A township does not match when 断面 follows it: 润城断面 is a
 * section, not the township 润城镇. A section matches as name + 断面 (尉迟断面, 润城国考监测断面); its bare name only
 * when it has at least {@value #BARE_SECTION_NAME_MIN} characters (张峰水库出口), because short names such as 郑庄 or
 * 牛村 are also towns and villages. Each thing is reported once, with the text of its first match (after
 * normalisation: no whitespace, ASCII digits and parentheses).
 */
public final class MentionFinder {

	static final int BARE_SECTION_NAME_MIN = 4;

	private static final String SECTION_WORD = "断面";

	private static final List<String> SECTION_ENDINGS = List.of("断面", "监测断面", "国考断面", "省考断面", "市考断面",
			"国考监测断面", "省考监测断面", "市考监测断面");

	private final ReferenceData data;

	private final List<TermMatcher.Term> enterpriseTerms = new ArrayList<>();

	private final ProjectMatcher projectMatcher;

	public MentionFinder(ReferenceData data) {
		this.data = data;
		this.projectMatcher = new ProjectMatcher(data.townships());
		for (Enterprise e : data.enterprises()) {
			enterpriseTerms.add(term(e.name(), "ENTERPRISE", e.name()));
			e.aliases().forEach(alias -> enterpriseTerms.add(term(alias, "ENTERPRISE", e.name())));
		}
	}

	/**
	 * @param text the task text
	 * @param county the task's county-level unit; 晋城市 (or any area without townships) searches the whole city
	 * @param sections candidate sections; those of other counties are ignored
	 * @param projects candidate projects, usually those of the same plan
	 */
	public List<Mention> find(String text, String county, List<SectionRef> sections, List<ProjectRef> projects) {
		String normalised = UnitNames.normalise(text);
		List<SectionRef> countySections = sectionsOf(county, sections);
		List<TermMatcher.Term> terms = new ArrayList<>(townshipTerms(county));
		terms.addAll(enterpriseTerms);
		terms.addAll(sectionTerms(countySections));
		List<TermMatcher.Hit> hits = new TermMatcher(terms, MentionFinder::accepts).find(normalised);
		Map<String, Mention> found = new LinkedHashMap<>();
		List<int[]> sectionRanges = new ArrayList<>();
		for (TermMatcher.Hit hit : hits) {
			TermMatcher.Term term = hit.term();
			add(found, new Mention(term.kind(), term.key(), term.text()));
			if ("SECTION".equals(term.kind())) {
				sectionRanges.add(new int[] { hit.start(), hit.end() });
			}
		}
		SectionPhrases.find(normalised, countySections, sectionRanges).forEach(m -> add(found, m));
		projects.forEach(p -> projectMatcher.match(normalised, p).ifPresent(m -> add(found, m)));
		return List.copyOf(found.values());
	}

	private static boolean accepts(TermMatcher.Term term, String following) {
		return !("TOWNSHIP".equals(term.kind()) && following.startsWith(SECTION_WORD));
	}

	private List<TermMatcher.Term> townshipTerms(String county) {
		List<Township> townships = data.townshipsOf(county);
		List<TermMatcher.Term> terms = new ArrayList<>();
		for (Township township : townships.isEmpty() ? data.townships() : townships) {
			Gazetteer.spellings(township).forEach(s -> terms.add(term(s, "TOWNSHIP", township.code())));
		}
		return terms;
	}

	private List<SectionRef> sectionsOf(String county, List<SectionRef> sections) {
		if (data.townshipsOf(county).isEmpty()) {
			return sections;
		}
		return sections.stream().filter(s -> county.equals(s.county())).toList();
	}

	private static List<TermMatcher.Term> sectionTerms(List<SectionRef> sections) {
		List<TermMatcher.Term> terms = new ArrayList<>();
		for (SectionRef section : sections) {
			String name = baseName(section.name());
			SECTION_ENDINGS.forEach(ending -> terms.add(term(name + ending, "SECTION", section.key())));
			if (name.length() >= BARE_SECTION_NAME_MIN) {
				terms.add(term(name, "SECTION", section.key()));
			}
		}
		return terms;
	}

	private static String baseName(String name) {
		String normalised = UnitNames.normalise(name);
		return normalised.endsWith(SECTION_WORD)
				? normalised.substring(0, normalised.length() - SECTION_WORD.length()) : normalised;
	}

	private static TermMatcher.Term term(String text, String kind, String key) {
		return new TermMatcher.Term(UnitNames.normalise(text), kind, key);
	}

	private static void add(Map<String, Mention> found, Mention mention) {
		found.putIfAbsent(mention.kind() + "\u0000" + mention.key(), mention);
	}

}
