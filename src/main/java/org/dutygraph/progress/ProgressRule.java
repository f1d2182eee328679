package org.dutygraph.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dutygraph.model.CountByKey;
import org.dutygraph.model.Task;

/**
 * The one rule for progress: where a task stands against its deadline ({@link DeadlineStates}), on the
 * service's clock ({@code dutygraph.today} fixes it) and with the due-soon window of
 * {@code dutygraph.progress.due-soon-days}. {@code Task.deadlineState}, an agency's
 * {@code portfolio.byDeadlineState} and {@code overdueTasks} all ask it, so they agree on every task.
 *
 * @param clock the service's clock
 * @param dueSoonDays how many days before its deadline an open task is DUE_SOON
 */
public record ProgressRule(Clock clock, int dueSoonDays) {

	public ProgressRule {
		if (dueSoonDays < 0) {
			throw new IllegalArgumentException("dutygraph.progress.due-soon-days must be zero or more, was "
					+ dueSoonDays);
		}
	}

	/** What a task's state is computed from, as the graph stores it. */
	public record Facts(String taskId, LocalDate dueDate, String status, LocalDate doneOn) {

		public static Facts of(Task task) {
			return new Facts(task.id(), task.dueDate(), task.status(), task.doneOn());
		}

	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The task's state today. */
	public DeadlineState state(Facts task) {
		return stateOn(task, today());
	}

	/** The task's state on {@code day}. */
	public DeadlineState stateOn(Facts task, LocalDate day) {
		return DeadlineStates.of(task.dueDate(), task.status(), task.doneOn(), day, this.dueSoonDays);
	}

	/** The ids of the tasks overdue on {@code day}, in the order given. */
	public List<String> overdueOn(Collection<Facts> tasks, LocalDate day) {
		return tasks.stream().filter((t) -> stateOn(t, day) == DeadlineState.OVERDUE).map(Facts::taskId).toList();
	}

	/** How many tasks are in each state today, by state name; states no task is in are left out. */
	public List<CountByKey> countByState(Collection<Facts> tasks) {
		LocalDate today = today();
		Map<String, Integer> counts = new TreeMap<>();
		tasks.forEach((t) -> counts.merge(stateOn(t, today).name(), 1, Integer::sum));
		return counts.entrySet().stream().map((e) -> new CountByKey(e.getKey(), e.getValue())).toList();
	}

}
