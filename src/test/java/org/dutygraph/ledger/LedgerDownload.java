package org.dutygraph.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/** A ledger fetched over real HTTP, opened as Excel does (POI) or as a CSV reader does. */
record LedgerDownload(int status, HttpResponse<byte[]> response) {

	/** The byte order mark Excel needs to read a CSV file as UTF-8. */
	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	static LedgerDownload get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		return new LedgerDownload(response.statusCode(), response);
	}

	/** An id as a path segment, percent-encoded as a browser encodes it. */
	static String encode(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

	String header(String name) {
		return this.response.headers().firstValue(name).orElse("");
	}

	String text() {
		return new String(this.response.body(), StandardCharsets.UTF_8);
	}

	XSSFWorkbook workbook() throws IOException {
		assertThat(this.status).as(text()).isEqualTo(200);
		assertThat(header("Content-Type")).isEqualTo(XlsxLedgerWriter.CONTENT_TYPE);
		return new XSSFWorkbook(new ByteArrayInputStream(this.response.body()));
	}

	/** The rows below the title and header rows of a sheet, each as header → cell text. */
	static List<Map<String, String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		Row header = sheet.getRow(1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int r = 2; r <= sheet.getLastRowNum(); r++) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < header.getLastCellNum(); c++) {
				row.put(header.getCell(c).getStringCellValue(), formatter.formatCellValue(sheet.getRow(r).getCell(c)));
			}
			rows.add(row);
		}
		return rows;
	}

	static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(1).forEach((cell) -> headers.add(cell.getStringCellValue()));
		return headers;
	}

	/** Every row of every sheet, sheet by sheet. */
	static List<Map<String, String>> rows(XSSFWorkbook workbook) {
		List<Map<String, String>> rows = new ArrayList<>();
		workbook.forEach((sheet) -> rows.addAll(rows(sheet)));
		return rows;
	}

	/** The CSV file's records as header → cell, after checking its byte order mark and content type. */
	List<Map<String, String>> csv() throws IOException {
		assertThat(this.status).as(text()).isEqualTo(200);
		assertThat(header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		byte[] body = this.response.body();
		assertThat(body).startsWith(BOM);
		Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8);
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
			return rows;
		}
	}

	List<String> csvHeaders() throws IOException {
		byte[] body = this.response.body();
		Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8);
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
			return parser.getHeaderNames();
		}
	}

}
