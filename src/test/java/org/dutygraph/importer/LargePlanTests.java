package org.dutygraph.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dutygraph.importer.ImportReport.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated large plan is a valid plan: its dry run finds every task, each with its units. */
class LargePlanTests {

	@Test
	void aGeneratedPlanOfTwoThousandTasksReadsAsTwoThousandTasks() throws Exception {
		String text = LargePlan.generate(Files.readString(Path.of("seed-data/001_bc15039033e882c0.txt")), 2000);
		ImportService service = ImportComponents.dryRunService(ImportComponents.referenceData(null));
		ImportReport report = service.importDocument("900_large.txt", text.getBytes(StandardCharsets.UTF_8),
				new ImportService.Options(true, null, null, null, true));
		assertThat(report.status()).as(report.render()).isEqualTo(Status.DRY_RUN);
		assertThat(report.nodes()).containsEntry("Task", 2000).containsEntry("Plan", 1);
		assertThat(report.relationships().get("RESPONSIBLE_FOR")).isGreaterThanOrEqualTo(2000);
	}

	@Test
	void chineseNumeralsUpToNinetyNine() {
		assertThat(LargePlan.chinese(3)).isEqualTo("三");
		assertThat(LargePlan.chinese(10)).isEqualTo("十");
		assertThat(LargePlan.chinese(12)).isEqualTo("十二");
		assertThat(LargePlan.chinese(20)).isEqualTo("二十");
		assertThat(LargePlan.chinese(57)).isEqualTo("五十七");
	}

}
