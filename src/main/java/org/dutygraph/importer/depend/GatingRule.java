package org.dutygraph.importer.depend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GATING: sequencing without a date (在…前, …完成前不得, …完成后再). The task holding the statement depends on
 * the other task of the same plan that does the gating work; a statement about the task's own work makes
 * no edge.
 */
final class GatingRule {

	/** 在铁路专用线建设投运前，… (but not 在 2021 年 3 月底前, nor 在其土地使用权收回、转让前). */
	private static final Pattern BEFORE = Pattern
		.compile("在([^。；;，,\\d年月日]{0,28}(?:建设|建成|投运|投产|完成|运行))(?:之前|前)[，,]");

	/** 对未达标排放的各类锅炉实施限期整改，整改完成前不得投入运行: the remedy waits for the survey. */
	private static final Pattern UNTIL_REMEDIED = Pattern.compile("整改完成前不得");

	/** …在毗邻地块土壤污染风险管控和修复完成后再投入使用. */
	private static final Pattern AFTER = Pattern
		.compile("在?([^。；;，,]{2,30}?)(?:完成|得到全面管控|得到管控|通过)后再");

	private static final Pattern SURVEY = Pattern.compile("排查|摸底|调查");

	/** The work a gate waits for; a work gate's prerequisite names the same work in its topic. */
	private static final Pattern WORK = Pattern.compile("修复|管控|整治|治理|建设|投运");

	private static final Set<String> GENERIC = Set.of("实施", "完成", "整改", "开展", "推进", "加强", "限期", "投入", "运行",
			"使用", "各类");

	/** A survey gate matches anywhere in the candidate: the survey is rarely its topic. */
	private static final int MIN_SHARED_BODY = 3;

	/** A work gate matches the candidate's topic sentence, which names its work. */
	private static final int MIN_SHARED_TOPIC = 2;

	List<Dependency> derive(TaskRef dependent, List<TaskRef> planTasks) {
		List<Dependency> result = new ArrayList<>();
		String text = dependent.text();
		Matcher before = BEFORE.matcher(text);
		while (before.find()) {
			gate(dependent, planTasks, before.group(1), workIn(before.group()), true, before.start())
				.ifPresent(result::add);
		}
		Matcher remedied = UNTIL_REMEDIED.matcher(text);
		while (remedied.find()) {
			String object = clauseBefore(text, remedied.start());
			gate(dependent, planTasks, object, SURVEY, false, remedied.start()).ifPresent(result::add);
		}
		Matcher after = AFTER.matcher(text);
		while (after.find()) {
			gate(dependent, planTasks, after.group(1), workIn(after.group()), true, after.start())
				.ifPresent(result::add);
		}
		return result;
	}

	private static Optional<Dependency> gate(TaskRef dependent, List<TaskRef> planTasks, String object, Pattern verb,
			boolean topicOnly, int cueIndex) {
		Set<String> wanted = CueText.bigrams(object)
			.stream()
			.filter((b) -> !GENERIC.contains(b))
			.collect(Collectors.toSet());
		return planTasks.stream()
			.filter((t) -> !t.id().equals(dependent.id()) && !t.isTableRow())
			.map((t) -> score(t, wanted, verb, topicOnly))
			.filter((c) -> c.score() >= (topicOnly ? MIN_SHARED_TOPIC : MIN_SHARED_BODY))
			.max(Comparator.comparingInt(Scored::score).thenComparing((c) -> -c.task().line()))
			.map((c) -> edge(dependent, c.task(), cueIndex));
	}

	private static Scored score(TaskRef candidate, Set<String> wanted, Pattern verb, boolean topicOnly) {
		List<String> sentences = CueText.sentences(candidate.text());
		if (topicOnly) {
			sentences = List.of(topicSentence(candidate));
		}
		int best = 0;
		for (String sentence : sentences) {
			if (verb.matcher(sentence).find()) {
				int shared = (int) CueText.bigrams(sentence).stream().filter(wanted::contains).count();
				best = Math.max(best, shared);
			}
		}
		return new Scored(candidate, best);
	}

	private static Dependency edge(TaskRef dependent, TaskRef prerequisite, int cueIndex) {
		String reason = "may not go ahead before the work of the prerequisite is done";
		return new Dependency(dependent.id(), prerequisite.id(), Dependency.RULE, Dependency.GATING, reason,
				CueText.sentenceAt(dependent.text(), cueIndex), dependent.documentId(), dependent.line());
	}

	/** A pattern of the kinds of work named in a gate, or one that never matches when none is named. */
	private static Pattern workIn(String gate) {
		List<String> works = WORK.matcher(gate).results().map(MatchResult::group).distinct().toList();
		return works.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(String.join("|", works));
	}

	/** The title when the parser found one, else the text up to the first 。. */
	private static String topicSentence(TaskRef task) {
		if (task.title() != null && !task.title().isBlank()) {
			return task.title();
		}
		int end = task.text().indexOf('。');
		return (end < 0) ? task.text() : task.text().substring(0, end);
	}

	/** The sentence text before {@code index}, i.e. what the gate is about. */
	private static String clauseBefore(String text, int index) {
		String sentence = CueText.sentenceAt(text, index);
		int start = text.indexOf(sentence);
		return (start >= 0 && index > start) ? text.substring(start, index) : sentence;
	}

	private record Scored(TaskRef task, int score) {
	}

}
