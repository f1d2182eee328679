package org.dutygraph.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ledgers (台账) as downloads: {@code /export/plans/{id}}, {@code /export/agencies/{id}},
 * {@code /export/townships/{id}} and {@code /export/overdue}, each as {@code .xlsx} or {@code .csv}, with
 * the ids the GraphQL API serves (URL-encoded where needed) and an optional {@code asOf} day for the
 * deadline states (default today). Anonymous, like every read; an unknown id is a 404 and a malformed
 * one a 400, each with a message.
 */
@RestController
@RequestMapping("/export")
class LedgerController {

	/** A plan id: document id and plan key, e.g. 001_bc15039033e882c0:WATER. */
	private static final Pattern PLAN_ID = Pattern.compile("[^:]+:[A-Z0-9_]+");

	/** An agency id: jurisdiction and canonical name, e.g. 沁水县:沁水县住房和城乡建设局. */
	private static final Pattern AGENCY_ID = Pattern.compile("[^:]+:.+");

	/** A township id: the NBS 12-digit 统计用区划代码. */
	private static final Pattern TOWNSHIP_ID = Pattern.compile("\\d{12}");

	private final LedgerQueries queries;

	private final ApiLimits limits;

	private final Clock clock;

	LedgerController(LedgerQueries queries, ApiLimits limits, Clock clock) {
		this.queries = queries;
		this.limits = limits;
		this.clock = clock;
	}

	@GetMapping("/plans/{file}")
	ResponseEntity<StreamingResponseBody> plan(@PathVariable String file, @RequestParam(required = false) String asOf) {
		return export(file, "plan", PLAN_ID, "<document id>:<plan key>, e.g. 001_bc15039033e882c0:WATER",
				(id) -> this.queries.planLedger(id, day(asOf)));
	}

	@GetMapping("/agencies/{file}")
	ResponseEntity<StreamingResponseBody> agency(@PathVariable String file,
			@RequestParam(required = false) String asOf) {
		return export(file, "agency", AGENCY_ID, "<jurisdiction>:<canonical name>, e.g. 沁水县:沁水县住房和城乡建设局",
				(id) -> this.queries.agencyLedger(id, day(asOf)));
	}

	@GetMapping("/townships/{file}")
	ResponseEntity<StreamingResponseBody> township(@PathVariable String file,
			@RequestParam(required = false) String asOf) {
		return export(file, "township", TOWNSHIP_ID, "the 12-digit 统计用区划代码, e.g. 140521100000",
				(id) -> this.queries.townshipLedger(id, day(asOf)));
	}

	@GetMapping("/overdue.{format}")
	ResponseEntity<StreamingResponseBody> overdue(@PathVariable String format,
			@RequestParam(required = false) String asOf) {
		return download(this.queries.overdueLedger(day(asOf)), format);
	}

	private ResponseEntity<StreamingResponseBody> export(String file, String kind, Pattern idPattern, String idForm,
			Function<String, Optional<Ledger>> read) {
		int dot = file.lastIndexOf('.');
		String format = (dot < 0) ? "" : file.substring(dot + 1);
		String id = this.limits.id((dot < 0) ? file : file.substring(0, dot));
		Format.of(format);
		if (!idPattern.matcher(id).matches()) {
			throw new InvalidInputException("'" + id + "' is not a " + kind + " id: a " + kind + " id is " + idForm);
		}
		Ledger ledger = read.apply(id).orElseThrow(() -> new NotFoundException("no " + kind + " has id '" + id + "'"));
		return download(ledger, format);
	}

	/**
	 * Streams the ledger into the response on the request's own thread (no asynchronous request, so no
	 * async timeout however long a large workbook takes).
	 */
	private ResponseEntity<StreamingResponseBody> download(Ledger ledger, String format) {
		Format f = Format.of(format);
		String name = ledger.fileStem().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "." + f.extension;
		HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getResponse();
		response.setContentType(f.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		try {
			if (f == Format.XLSX) {
				XlsxLedgerWriter.write(ledger, response.getOutputStream());
			}
			else {
				CsvLedgerWriter.write(ledger, response.getOutputStream());
			}
			response.flushBuffer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return null;
	}

	private LocalDate day(String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return LocalDate.now(this.clock);
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("asOf must be a date yyyy-MM-dd, was '" + asOf + "'");
		}
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, message));
	}

	/** The two formats of a ledger. */
	private enum Format {

		XLSX("xlsx", XlsxLedgerWriter.CONTENT_TYPE), CSV("csv", CsvLedgerWriter.CONTENT_TYPE);

		final String extension;

		final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		static Format of(String extension) {
			for (Format format : values()) {
				if (format.extension.equals(extension)) {
					return format;
				}
			}
			throw new NotFoundException("a ledger is exported as .xlsx or .csv, not '" + extension + "'");
		}

	}

}
