package org.dutygraph.change;

import java.time.LocalDate;
import java.util.List;

import org.dutygraph.model.Agency;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;

/** Open tasks past their deadline on a day, by lead unit and by township. */
public record OverdueReport(LocalDate asOf, int total, List<OverdueByAgency> byAgency,
		List<OverdueByTownship> byTownship) {

	/** A lead unit's overdue tasks. */
	public record OverdueByAgency(Agency agency, int count, List<Task> tasks) {
	}

	/** A township's overdue tasks. */
	public record OverdueByTownship(Township township, int count, List<Task> tasks) {
	}

}
