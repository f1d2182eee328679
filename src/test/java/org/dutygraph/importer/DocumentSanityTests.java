package org.dutygraph.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.dutygraph.importer.ImportReport.Status;
import org.dutygraph.importer.load.GraphBatch;
import org.dutygraph.importer.load.ImportFinding;
import org.dutygraph.importer.load.NodeLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents that parse but are not what their reader meant are reported (WARNING) or, with
 * {@code --strict}, refused: mis-decoded text, no task, no header. A document with no jurisdiction never
 * writes a name or id with {@code null} in it. The seed documents raise none of these doubts.
 */
class DocumentSanityTests {

	static final Path SEED = Path.of("seed-data");

	static final String SEED_000 = "000_7e6f630d02834975.txt";

	final ImportService service = ImportComponents.dryRunService(ImportComponents.referenceData(null));

	@Test
	void theSeedDocumentsRaiseNoDoubt() throws IOException {
		for (String file : List.of(SEED_000, "001_bc15039033e882c0.txt", "002_2958428670c87bc9.txt",
				"003_4f158027f32d157e.txt", "004_882a60ef3097f202.txt")) {
			ImportService.Prepared prepared = prepare(file, Files.readAllBytes(SEED.resolve(file)), false);
			assertThat(prepared.rejected()).as(file).isNull();
			assertThat(prepared.result().findings()).as(file)
				.noneMatch((f) -> f.line() == 0 && f.severity().equals("WARNING"));
		}
	}

	@Test
	void gbkTextReadAsLatin1IsReportedAndRefusedWhenStrict() throws IOException {
		// what a GBK file becomes when a tool reads it as Latin-1 and saves it as UTF-8
		String text = Files.readString(SEED.resolve(SEED_000));
		byte[] mojibake = new String(text.getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1)
			.getBytes(StandardCharsets.UTF_8);
		ImportService.Prepared warned = prepare("gbk-as-latin1.txt", mojibake, false);
		assertThat(warned.result().findings()).anySatisfy((f) -> {
			assertThat(f.severity()).isEqualTo("WARNING");
			assertThat(f.message()).contains("mis-decoded").contains("GBK");
		});
		ImportService.Prepared refused = prepare("gbk-as-latin1.txt", mojibake, true);
		assertThat(refused.rejected().status()).isEqualTo(Status.REJECTED);
		assertThat(refused.rejected().findings()).anySatisfy((f) -> assertThat(f.message()).contains("mis-decoded")
			.contains("--strict"));
	}

	@Test
	void aHeaderWithoutTasksIsReportedAndRefusedWhenStrict() throws IOException {
		// 000 up to its first plan title: the notice alone
		List<String> lines = Files.readAllLines(SEED.resolve(SEED_000));
		byte[] header = String.join("\n", lines.subList(0, 18)).getBytes(StandardCharsets.UTF_8);
		ImportService.Prepared warned = prepare("header-only.txt", header, false);
		assertThat(warned.result().batch().nodes(NodeLabel.Task)).isEmpty();
		assertThat(messages(warned.result().findings())).anyMatch((m) -> m.startsWith("No task found"));
		assertThat(prepare("header-only.txt", header, true).rejected().findings())
			.anySatisfy((f) -> assertThat(f.message()).startsWith("No task found"));
	}

	@Test
	void oneMegabyteOnOneLineOrOfBracketsIsReportedAsNoTask() {
		for (String text : List.of("水".repeat(350_000), "〔".repeat(350_000))) {
			ImportService.Prepared prepared = prepare("one-line.txt", text.getBytes(StandardCharsets.UTF_8), false);
			assertThat(prepared.rejected()).isNull();
			assertThat(messages(prepared.result().findings())).anyMatch((m) -> m.startsWith("No task found"))
				.anyMatch((m) -> m.startsWith("No document header"));
		}
	}

	@Test
	void aFragmentWithoutHeaderIsReportedWithWhatItMeansForItsUnits() {
		byte[] fragment = ImportIT.V1.getBytes(StandardCharsets.UTF_8);
		ImportService.Prepared plain = prepare("fragment.txt", fragment, false);
		assertThat(plain.result().batch().nodes(NodeLabel.Task)).hasSize(2);
		assertThat(messages(plain.result().findings()))
			.anyMatch((m) -> m.startsWith("No document header") && m.contains("--jurisdiction"));
		ImportService.Prepared scoped = this.service.prepare("fragment.txt", fragment,
				new ImportService.Options(true, "沁水县"));
		assertThat(messages(scoped.result().findings()))
			.anyMatch((m) -> m.startsWith("No document header") && m.contains("units of 沁水县"));
	}

	@Test
	void aSeedDocumentWithItsLinesShuffledWritesNoNameOrIdWithNull() throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(SEED.resolve(SEED_000)));
		Collections.shuffle(lines, new Random(10));
		ImportService.Prepared prepared = prepare("shuffled.txt",
				String.join("\n", lines).getBytes(StandardCharsets.UTF_8), false);
		GraphBatch batch = prepared.result().batch();
		List<String> agencies = new ArrayList<>();
		for (NodeLabel label : NodeLabel.values()) {
			for (GraphBatch.NodeRow node : batch.nodes(label)) {
				assertThat(node.id()).as("%s id", label).doesNotContain("null");
				node.props().values().forEach((v) -> assertThat(String.valueOf(v)).as("%s %s", label, node.id())
					.doesNotContain("null"));
				if (label == NodeLabel.Agency) {
					agencies.add(String.valueOf(node.props().get("name")));
				}
			}
		}
		// the units written 市… stay as written when the document's city is unknown
		assertThat(agencies).contains("市水务局", "市自然资源局");
		assertThat(messages(prepared.result().findings())).anyMatch((m) -> m.startsWith("No jurisdiction")
				|| m.startsWith("No document header"));
	}

	private ImportService.Prepared prepare(String fileName, byte[] content, boolean strict) {
		return this.service.prepare(fileName, content, new ImportService.Options(true, null, null, null, strict));
	}

	private static List<String> messages(List<ImportFinding> findings) {
		return findings.stream().map(ImportFinding::message).toList();
	}

}
