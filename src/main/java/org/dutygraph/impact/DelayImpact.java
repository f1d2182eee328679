package org.dutygraph.impact;

import java.time.LocalDate;
import java.util.List;

import org.dutygraph.model.Agency;
import org.dutygraph.model.Enterprise;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;

/** The answer of {@code delayImpact}: what a slip of one task reaches. */
record DelayImpact(Task task, int delayDays, LocalDate projectedDate, boolean missesDeadline,
		List<ImpactedTaskView> affectedTasks, List<MonitoringSection> monitoringSections, List<Township> townships,
		List<Enterprise> enterprises, List<KeyProject> keyProjects, List<Agency> agenciesToNotify,
		List<Notification> notifications, List<List<String>> cycles) {

	/** A downstream task, the path the delay takes to it, and its dates. */
	record ImpactedTaskView(Task task, List<String> via, LocalDate plannedDate, LocalDate projectedDate,
			boolean missesDeadline) {
	}

	/** A unit to tell, in which role, about which task. */
	record Notification(Agency agency, String role, String taskId) {
	}

}
