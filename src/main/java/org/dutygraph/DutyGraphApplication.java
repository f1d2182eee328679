package org.dutygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The DutyGraph service: a responsibility graph of government action plans, served over GraphQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DutyGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(DutyGraphApplication.class, args);
	}

}
