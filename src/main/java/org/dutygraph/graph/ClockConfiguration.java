package org.dutygraph.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock deadline states are computed against. {@code dutygraph.today=2022-09-01} fixes it, for
 * tests and for reviewing a past plan year as it stood on a given day.
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

}
