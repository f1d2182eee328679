package org.dutygraph.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupCheckException} into Spring Boot's start-up failure report. */
class StartupCheckFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckException cause) {
		return new FailureAnalysis(cause.getMessage(), "Set " + cause.property() + " and start again.", cause);
	}

}
