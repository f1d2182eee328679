package org.dutygraph.importer.depend;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a task from a human-written reference, so that curated files name tasks the way a reader of
 * the document would and survive id changes. Two forms:
 * <ul>
 * <li>path: {@code 001_bc15039033e882c0:AIR:三/(三)/17}: document, plan key, heading numbers joined by
 * {@code /} (ASCII brackets); annex rows {@code 附件2/13}. An exact task id also matches.</li>
 * <li>line: {@code 004_882a60ef3097f202:ECO_5YR:@L356}: the task of that document that starts at or
 * contains line 356, i.e. the last task starting at or before it (for measures whose path a curator
 * cannot know).</li>
 * </ul>
 */
public final class TaskLocator {

	/** document : PLAN_KEY : path or @L&lt;line&gt;. */
	static final Pattern REFERENCE = Pattern.compile("([^:\\s]+):([A-Z][A-Z0-9_]*):(@L(\\d+)|\\S+)");

	private final List<TaskRef> tasks;

	public TaskLocator(List<TaskRef> tasks) {
		this.tasks = tasks.stream().sorted(Comparator.comparingInt(TaskRef::line).thenComparing(TaskRef::id)).toList();
	}

	/** Whether a reference has one of the two forms (it may still name no task). */
	public static boolean isWellFormed(String reference) {
		return reference != null && REFERENCE.matcher(reference).matches();
	}

	/** The task a reference names, empty when it is malformed or names no task. */
	public Optional<TaskRef> locate(String reference) {
		if (!isWellFormed(reference)) {
			return Optional.empty();
		}
		Optional<TaskRef> exact = this.tasks.stream().filter((t) -> t.id().equals(reference)).findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		Matcher m = REFERENCE.matcher(reference);
		m.matches();
		String document = documentId(m.group(1));
		String planKey = m.group(2);
		return (m.group(4) != null) ? byLine(document, planKey, Integer.parseInt(m.group(4)))
				: byPath(document, planKey, normalise(m.group(3)));
	}

	private Optional<TaskRef> byPath(String document, String planKey, String path) {
		return this.tasks.stream()
			.filter((t) -> inPlan(t, document, planKey))
			.filter((t) -> normalise(String.join("/", t.path())).equals(path))
			.findFirst();
	}

	private Optional<TaskRef> byLine(String document, String planKey, int line) {
		TaskRef found = null;
		for (TaskRef task : this.tasks) {
			if (!documentId(task.documentId()).equals(document) || task.line() > line) {
				continue;
			}
			found = task;
		}
		return Optional.ofNullable(found).filter((t) -> inPlan(t, document, planKey));
	}

	private static boolean inPlan(TaskRef task, String document, String planKey) {
		if (!documentId(task.documentId()).equals(document)) {
			return false;
		}
		String planId = task.planId();
		return planId.equals(planKey) || planId.endsWith(":" + planKey) || planId.endsWith("#" + planKey);
	}

	/** {@code 001_bc15039033e882c0.txt} and {@code 001_bc15039033e882c0} name the same document. */
	private static String documentId(String document) {
		return document.endsWith(".txt") ? document.substring(0, document.length() - 4) : document;
	}

	/** ASCII brackets, no spaces: {@code 三/（一）/1} and {@code 三/(一)/1} are the same path. */
	private static String normalise(String path) {
		return path.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
	}

}
