package org.dutygraph.importer.depend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RESULT_CUE: a task that acts "according to the result" of something (根据/按照 …结果/情况/清单, or
 * 修订…绩效分级…清单) depends on the task of the same plan that establishes that something.
 */
final class ResultCueRule {

	/** 根据/按照/依据 + object + 结果/情况/清单; the object stops at a comma or sentence end. */
	private static final Pattern ACCORDING_TO = Pattern
		.compile("(?:根据|按照|依据)([^。；;，,：:]{1,50}?)(结果|情况|清单)");

	/** Revising a list graded by performance needs the performance evaluation. */
	private static final Pattern GRADED_LIST = Pattern.compile("(?:修订|更新|调整)[^。；;，,]{0,12}绩效分级[^。；;，,]{0,8}清单");

	private static final String ESTABLISH = "(?:建立|编制|制定|更新|完成|开展)[^。；;，,]{0,20}";

	private static final List<Topic> TOPICS = List.of(
			new Topic("performance evaluation", "绩效评估|绩效分级", "(?:开展|完善|完成)[^。；;，,]{0,15}绩效评估"),
			new Topic("baseline survey", "摸底调查|调查摸底|摸底排查",
					"(?:开展|完成)[^。；;，,]{0,25}(?:摸底调查|调查摸底|摸底排查)"),
			new Topic("routine monitoring", "例行监测", "例行监测任务|(?:完成|开展)[^。；;，,]{0,20}监测网[^。；;，,]{0,12}监测"));

	List<Dependency> derive(TaskRef dependent, List<TaskRef> planTasks) {
		List<Dependency> result = new ArrayList<>();
		Matcher according = ACCORDING_TO.matcher(dependent.text());
		while (according.find()) {
			String object = according.group(1);
			Optional<Topic> topic = topicOf(object, according.group(2));
			topic.flatMap((t) -> prerequisite(t, object, dependent, planTasks))
				.ifPresent((p) -> result.add(edge(dependent, p, topic.get(), according.start())));
		}
		Matcher graded = GRADED_LIST.matcher(dependent.text());
		while (graded.find()) {
			Topic topic = TOPICS.get(0);
			prerequisite(topic, graded.group(), dependent, planTasks)
				.ifPresent((p) -> result.add(edge(dependent, p, topic, graded.start())));
		}
		return result;
	}

	private static Optional<Topic> topicOf(String object, String terminator) {
		Optional<Topic> known = TOPICS.stream().filter((t) -> t.cue().matcher(object).find()).findFirst();
		if (known.isPresent() || !"清单".equals(terminator)) {
			return known;
		}
		String noun = lastLetters(object, 4);
		if (noun.length() < 2) {
			return Optional.empty();
		}
		return Optional.of(new Topic(noun + "清单 inventory", Pattern.quote(noun), ESTABLISH + Pattern.quote(noun) + "清单"));
	}

	private static Optional<TaskRef> prerequisite(Topic topic, String object, TaskRef dependent,
			List<TaskRef> planTasks) {
		return planTasks.stream()
			.filter((t) -> !t.id().equals(dependent.id()) && !t.isTableRow())
			.map((t) -> Candidate.of(t, topic, object))
			.flatMap(Optional::stream)
			.max(Comparator.comparingInt(Candidate::score).thenComparing((c) -> -c.task().line()))
			.map(Candidate::task);
	}

	private static Dependency edge(TaskRef dependent, TaskRef prerequisite, Topic topic, int cueIndex) {
		String reason = "acts on the " + topic.name() + " result that the prerequisite establishes";
		return new Dependency(dependent.id(), prerequisite.id(), Dependency.RULE, Dependency.RESULT_CUE, reason,
				CueText.sentenceAt(dependent.text(), cueIndex), dependent.documentId(), dependent.line());
	}

	private static String lastLetters(String text, int max) {
		String letters = text.codePoints()
			.filter(Character::isLetter)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return letters.substring(Math.max(0, letters.length() - max));
	}

	/** Cue phrases of a candidate are blanked so that a task consuming a result does not seem to make it. */
	private static String withoutCues(String text) {
		return ACCORDING_TO.matcher(text).replaceAll((m) -> " ".repeat(m.group().length()));
	}

	private record Topic(String name, Pattern cue, Pattern establishing) {

		Topic(String name, String cue, String establishing) {
			this(name, Pattern.compile(cue), Pattern.compile(establishing));
		}

	}

	private record Candidate(TaskRef task, int score) {

		static Optional<Candidate> of(TaskRef task, Topic topic, String object) {
			String text = withoutCues(task.text());
			Matcher matcher = topic.establishing().matcher(text);
			if (!matcher.find()) {
				return Optional.empty();
			}
			String sentence = CueText.sentenceAt(text, matcher.start());
			return Optional.of(new Candidate(task, CueText.sharedBigrams(object, sentence)));
		}

	}

}
