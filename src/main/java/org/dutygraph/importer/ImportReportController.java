package org.dutygraph.importer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.CountByKey;
import org.dutygraph.model.InvalidInputException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * {@code importDocument} (ADMIN only, authorised before anything is read) and the fields of
 * {@code ImportReport}. The upload takes the importer's one path: the document, its curated
 * dependencies and the audit record naming the signed-in user are written in one transaction; nothing
 * is recorded when nothing was written.
 */
@Controller
class ImportReportController {

	private final ImportService importService;

	private final ApiLimits limits;

	ImportReportController(ImportService importService, ApiLimits limits) {
		this.importService = importService;
		this.limits = limits;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportDocumentPayload importDocument(@Argument ImportDocumentInput input, Authentication user) {
		String fileName = (input.fileName() != null) ? input.fileName().strip() : "";
		if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.length() > 200) {
			throw new InvalidInputException("fileName must be a plain file name of 1 to 200 characters");
		}
		boolean dryRun = Boolean.TRUE.equals(input.dryRun());
		byte[] content = content(input);
		ImportReport report = this.importService.importDocument(fileName, content,
				new ImportService.Options(dryRun, input.jurisdiction(), user.getName()));
		return new ImportDocumentPayload(report, report.audit());
	}

	/** The bytes of the upload: the text in UTF-8, or the file's bytes decoded from base64 (line breaks allowed). */
	private static byte[] content(ImportDocumentInput input) {
		String content = (input.content() != null) ? input.content() : "";
		if (!"BASE64".equals(input.encoding())) {
			return content.getBytes(StandardCharsets.UTF_8);
		}
		try {
			return Base64.getDecoder().decode(content.replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("content is not valid base64 (encoding BASE64): " + ex.getMessage());
		}
	}

	@SchemaMapping(typeName = "ImportReport")
	List<CountByKey> nodes(ImportReport report) {
		return counts(report.nodes());
	}

	@SchemaMapping(typeName = "ImportReport")
	List<CountByKey> relationships(ImportReport report) {
		return counts(report.relationships());
	}

	private static List<CountByKey> counts(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map((e) -> new CountByKey(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(CountByKey::key))
			.toList();
	}

}
