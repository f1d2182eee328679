package org.dutygraph.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.dutygraph.model.CountByKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The one progress rule on a fixed clock (2022-09-01, as the seed tests use). */
class ProgressRuleTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final ProgressRule RULE = new ProgressRule(
			Clock.fixed(LocalDate.of(2022, 9, 1).atStartOfDay(CHINA).toInstant(), CHINA), 30);

	/** 沁水县 water tasks 8 (due 2022-12-31) and 9 (due 2022-08-31), an undated task, and finished ones. */
	static final List<ProgressRule.Facts> TASKS = List.of(
			new ProgressRule.Facts("water-8", LocalDate.of(2022, 12, 31), null, null),
			new ProgressRule.Facts("water-9", LocalDate.of(2022, 8, 31), "IN_PROGRESS", null),
			new ProgressRule.Facts("due-soon", LocalDate.of(2022, 10, 1), "NOT_STARTED", null),
			new ProgressRule.Facts("undated", null, "DONE", LocalDate.of(2022, 8, 1)),
			new ProgressRule.Facts("done-late", LocalDate.of(2022, 8, 31), "DONE", LocalDate.of(2022, 9, 1)),
			new ProgressRule.Facts("done-on-time", LocalDate.of(2022, 8, 31), "DONE", LocalDate.of(2022, 8, 31)));

	@Test
	void countsEveryTaskInTheStateTheRuleGivesIt() {
		assertThat(RULE.countByState(TASKS)).containsExactly(new CountByKey("DONE_LATE", 1),
				new CountByKey("DUE_SOON", 1), new CountByKey("NO_DEADLINE", 1), new CountByKey("ON_TRACK", 2),
				new CountByKey("OVERDUE", 1));
	}

	@Test
	void aFinishedTaskIsNeverOverdue() {
		assertThat(RULE.overdueOn(TASKS, RULE.today())).containsExactly("water-9");
		assertThat(RULE.overdueOn(TASKS, LocalDate.of(2023, 1, 1))).containsExactly("water-8", "water-9", "due-soon");
	}

	@Test
	void theWindowComesFromTheSetting() {
		ProgressRule week = new ProgressRule(RULE.clock(), 7);
		assertThat(week.state(TASKS.get(2))).isEqualTo(DeadlineState.ON_TRACK);
		assertThat(RULE.state(TASKS.get(2))).isEqualTo(DeadlineState.DUE_SOON);
		assertThatIllegalArgumentException().isThrownBy(() -> new ProgressRule(RULE.clock(), -1))
			.withMessageContaining("dutygraph.progress.due-soon-days");
	}

}
