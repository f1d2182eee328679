package org.dutygraph.importer.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands out task ids unique inside a plan ("三/(二)/5", "三/(二)/5#2", "五/(一)", "第三章/第一节#4")
 * and warns about repeated ids and gaps in the task numbering.
 */
final class TaskIds {

	private final Set<String> used = new HashSet<>();

	private final Map<String, Integer> uses = new HashMap<>();

	private final List<ParseProblem> problems;

	private int lastNumber;

	TaskIds(List<ParseProblem> problems) {
		this.problems = problems;
	}

	/** How many times the base has been used, this use included. */
	int nextUse(String base) {
		return this.uses.merge(base, 1, Integer::sum);
	}

	String unique(String id, int line) {
		if (this.used.add(id)) {
			return id;
		}
		String candidate = id;
		for (int i = 2; !this.used.add(candidate); i++) {
			candidate = id + "~" + i;
		}
		this.problems.add(new ParseProblem("WARNING", line,
				"Task id " + id + " is used twice in this plan (a repeated number?); this one is " + candidate + "."));
		return candidate;
	}

	void checkSequence(int number, int line) {
		if (this.lastNumber > 0 && number != 1 && number != this.lastNumber + 1) {
			this.problems.add(new ParseProblem("WARNING", line,
					"Task number " + number + " follows " + this.lastNumber + "; a task may be missing or misread."));
		}
		this.lastNumber = number;
	}

}
