package org.dutygraph.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a ledger as one CSV table (RFC 4180: comma, CRLF, quotes where needed), UTF-8 with a byte
 * order mark so that Excel opens it in Chinese. The plan of each row is in 来源; 序号 runs through
 * the whole file.
 */
final class CsvLedgerWriter {

	static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

	private CsvLedgerWriter() {
	}

	static void write(Ledger ledger, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader(LedgerColumns.of(ledger).stream().map(LedgerColumns.Column::header).toArray(String[]::new))
			.get();
		CSVPrinter printer = new CSVPrinter(writer, format);
		int number = 1;
		for (Ledger.Row row : ledger.rows()) {
			List<String> cells = LedgerColumns.cells(ledger, row, number++);
			printer.printRecord(cells);
		}
		printer.flush();
	}

}
