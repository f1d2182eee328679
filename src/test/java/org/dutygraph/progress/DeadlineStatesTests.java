package org.dutygraph.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeadlineStatesTests {

	/** 2021-04-20 in Beijing: 000 air 1 (2021 年 4 月底前) is ten days from due. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-04-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@ParameterizedTest(name = "{0} {1} done {2} -> {3}")
	@CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
			2021-04-30 | NOT_STARTED | null       | DUE_SOON
			2021-04-30 | IN_PROGRESS | null       | DUE_SOON
			2021-04-20 | IN_PROGRESS | null       | DUE_SOON
			2021-05-31 | NOT_STARTED | null       | ON_TRACK
			2021-05-01 | DELAYED     | null       | ON_TRACK
			2021-03-31 | IN_PROGRESS | null       | OVERDUE
			2021-04-19 | DELAYED     | null       | OVERDUE
			2021-03-31 | DONE        | 2021-03-31 | ON_TRACK
			2021-03-31 | DONE        | 2021-04-02 | DONE_LATE
			2021-03-31 | DONE        | null       | ON_TRACK
			null       | IN_PROGRESS | null       | NO_DEADLINE
			null       | DONE        | 2021-04-02 | NO_DEADLINE
			2021-04-30 | null        | null       | DUE_SOON
			""")
	void classifiesAgainstTheDeadlineOnAFixedDay(LocalDate due, String status, LocalDate doneOn,
			DeadlineState expected) {
		assertThat(DeadlineStates.of(due, status, doneOn, LocalDate.now(CLOCK), 10)).isEqualTo(expected);
	}

	@Test
	void zeroDayWindowWarnsOnlyOnTheDueDay() {
		LocalDate today = LocalDate.now(CLOCK);

		assertThat(DeadlineStates.of(today, "IN_PROGRESS", null, today, 0)).isEqualTo(DeadlineState.DUE_SOON);
		assertThat(DeadlineStates.of(today.plusDays(1), "IN_PROGRESS", null, today, 0))
			.isEqualTo(DeadlineState.ON_TRACK);
	}

	@Test
	void unknownStatusIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineStates.of(null, "FINISHED", null, LocalDate.now(CLOCK), 10))
			.withMessageStartingWith("unknown status: FINISHED");
	}

	@Test
	void negativeWindowIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineStates.of(null, "DONE", null, LocalDate.now(CLOCK), -1))
			.withMessage("dueSoonDays must be zero or more, was -1");
	}

}
