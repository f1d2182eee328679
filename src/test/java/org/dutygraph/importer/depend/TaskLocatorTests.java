package org.dutygraph.importer.depend;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TaskLocatorTests {

	private static final List<TaskRef> TASKS = List.of(
			task("000_7e6f630d02834975:WATER:三/(二)/5", "000_7e6f630d02834975:WATER", List.of("三", "(二)", "5"), 266),
			task("000_7e6f630d02834975:WATER:三/(二)/5#2", "000_7e6f630d02834975:WATER", List.of("三", "(二)", "5"),
					268),
			task("001_bc15039033e882c0:AIR:附件/2", "001_bc15039033e882c0:AIR", List.of("附件", "2"), 528),
			task("004_882a60ef3097f202:ECO_5YR:M1", "004_882a60ef3097f202:ECO_5YR", List.of("第五章", "第二节", "1"),
					352),
			task("004_882a60ef3097f202:ECO_5YR:M2", "004_882a60ef3097f202:ECO_5YR", List.of("第五章", "第二节", "2"),
					356));

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "none", textBlock = """
			000_7e6f630d02834975:WATER:三/(二)/5,        000_7e6f630d02834975:WATER:三/(二)/5
			000_7e6f630d02834975.txt:WATER:三/（二）/5,  000_7e6f630d02834975:WATER:三/(二)/5
			000_7e6f630d02834975:WATER:三/(二)/5#2,      000_7e6f630d02834975:WATER:三/(二)/5#2
			000_7e6f630d02834975:SOIL:三/(二)/5,         none
			001_bc15039033e882c0:AIR:附件/2,             001_bc15039033e882c0:AIR:附件/2
			004_882a60ef3097f202:ECO_5YR:@L356,          004_882a60ef3097f202:ECO_5YR:M2
			004_882a60ef3097f202:ECO_5YR:@L355,          004_882a60ef3097f202:ECO_5YR:M1
			004_882a60ef3097f202:ECO_5YR:@L400,          004_882a60ef3097f202:ECO_5YR:M2
			004_882a60ef3097f202:ECO_5YR:@L300,          none
			004_882a60ef3097f202:AIR:@L356,              none
			not a reference,                             none
			""")
	void locatesByPathOrByLine(String reference, String expectedId) {
		assertThat(new TaskLocator(TASKS).locate(reference).map(TaskRef::id).orElse(null)).isEqualTo(expectedId);
	}

	private static TaskRef task(String id, String planId, List<String> path, int line) {
		return new TaskRef(id, planId, planId.substring(0, planId.indexOf(':')), "NUMBERED", path, null, "", line,
				List.of());
	}

}
