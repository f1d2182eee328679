package org.dutygraph.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.dutygraph.progress.ProgressRule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock deadline states are computed against, and the one progress rule that uses it.
 * {@code dutygraph.today=2022-09-01} fixes the clock, for tests and for reviewing a past plan year as it
 * stood on a given day; {@code dutygraph.progress.due-soon-days} sets the DUE_SOON window.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock(@Value("${dutygraph.today:}") String today) {
		if (today.isBlank()) {
			return Clock.system(ZONE);
		}
		return Clock.fixed(LocalDate.parse(today).atStartOfDay(ZONE).toInstant(), ZONE);
	}

	@Bean
	ProgressRule progressRule(Clock clock, DutyGraphProperties properties) {
		return new ProgressRule(clock, properties.progress().dueSoonDays());
	}

}
