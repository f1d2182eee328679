package org.dutygraph.importer.parse;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the entry point does with bad bytes and with fragments. It never throws. */
class PlanDocumentParserTests {

	private final PlanDocumentParser parser = new PlanDocumentParser();

	@Test
	void emptyInputIsRejected() {
		assertRejected(this.parser.parse("empty.txt", new byte[0]), "empty");
	}

	@Test
	void binaryInputIsRejected() {
		assertRejected(this.parser.parse("image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 }), "NUL");
	}

	@Test
	void controlCharactersAreRejected() {
		byte[] content = "〔责任单位：县住建局〕\u0001\u0002\u0003\u0004\u0005".repeat(10).getBytes(StandardCharsets.UTF_8);
		assertRejected(this.parser.parse("noise.txt", content), "control");
	}

	@Test
	void invalidUtf8IsRejected() {
		byte[] gbk = { (byte) 0xD4, (byte) 0xF0, (byte) 0xC8, (byte) 0xCE, (byte) 0xB5, (byte) 0xA5 };
		assertRejected(this.parser.parse("gbk.txt", gbk), "UTF-8");
	}

	@Test
	void inputOverFiftyMegabytesIsRejected() {
		byte[] big = new byte[50 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		assertRejected(this.parser.parse("big.txt", big), "50 MB");
	}

	@Test
	void digestIsOfTheRawBytes() {
		ParsedDocument document = this.parser.parse("a.txt", "1.任务。〔责任单位：县住建局〕".getBytes(StandardCharsets.UTF_8));
		assertThat(document.sha256()).hasSize(64).isEqualTo(PlanDocumentParser.sha256(
				"1.任务。〔责任单位：县住建局〕".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void fragmentWithoutHeaderIsOnePlanInTheCallersJurisdiction() {
		byte[] fragment = """
				（三）强化扬尘综合管控
				12.全面治理裸地扬尘。开展专项行动。〔责任单位：县住建局，各乡（镇）人民政府〕
				13.全面管控堆场扬尘。禁止露天堆放。〔责任单位：县住建局〕
				""".getBytes(StandardCharsets.UTF_8);
		ParsedDocument document = this.parser.parse("fragment.txt", fragment, "沁水县", 2022);
		assertThat(document.title()).isNull();
		assertThat(document.jurisdiction()).isEqualTo("沁水县");
		assertThat(document.plans()).singleElement().satisfies(plan -> {
			assertThat(plan.key()).isEqualTo("PLAN");
			assertThat(plan.year()).isEqualTo(2022);
			assertThat(plan.tasks()).extracting(ParsedTask::localId).containsExactly("(三)/12", "(三)/13");
		});
		assertThat(document.problems()).isEmpty();
	}

	@Test
	void fragmentWithoutDefaultsHasNoJurisdiction() {
		ParsedDocument document = this.parser.parse("f.txt", "1.任务。〔责任单位：县住建局〕".getBytes(StandardCharsets.UTF_8));
		assertThat(document.jurisdiction()).isNull();
		assertThat(document.plans()).singleElement().extracting(ParsedPlan::key).isEqualTo("PLAN");
	}

	@Test
	void crLfLineEndsKeepLineNumbers() {
		ParsedDocument document = this.parser.parse("crlf.txt",
				"说明\r\n\r\n1.任务。〔责任单位：县住建局〕\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(document.plans().get(0).tasks()).singleElement().extracting(ParsedTask::line).isEqualTo(3);
	}

	private static void assertRejected(ParsedDocument document, String reason) {
		assertThat(document.plans()).isEmpty();
		assertThat(document.problems()).singleElement().satisfies(p -> {
			assertThat(p.severity()).isEqualTo("ERROR");
			assertThat(p.message()).contains(reason);
		});
	}

}
