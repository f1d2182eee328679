package org.dutygraph.graph;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code DOWN} while the service may not write its data folder (see {@link StorageGuard#unwritable()}),
 * with the reason as its detail; the service log says it in one line when it turns DOWN and when it is
 * writable again, since {@code /actuator/health} shows the status only. Reads are still served: Neo4j
 * reads what it holds, and every import is refused before it writes. Spring Boot's disk-space health
 * covers free space on the same folder.
 */
class StorageHealthIndicator implements HealthIndicator {

	private static final Log logger = LogFactory.getLog(StorageHealthIndicator.class);

	private final StorageGuard guard;

	private volatile String reported;

	StorageHealthIndicator(StorageGuard guard) {
		this.guard = guard;
	}

	@Override
	public Health health() {
		if (this.guard.folder() == null) {
			return Health.up().build();
		}
		String problem = this.guard.unwritable();
		String before = this.reported;
		this.reported = problem;
		if (problem == null) {
			if (before != null) {
				logger.info("Storage health UP: the data folder " + this.guard.folder() + " is writable again");
			}
			return Health.up().withDetail("folder", this.guard.folder().toString()).build();
		}
		if (!problem.equals(before)) {
			logger.warn("Storage health DOWN: " + problem);
		}
		return Health.down().withDetail("folder", this.guard.folder().toString()).withDetail("reason", problem).build();
	}

}
