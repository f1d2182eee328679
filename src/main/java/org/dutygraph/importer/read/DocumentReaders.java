package org.dutygraph.importer.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.dutygraph.importer.parse.SourceDocument;

/**
 * Turns the bytes of a file into a {@link SourceDocument} the parser reads, whatever the format an
 * office published it in: a web page, a Word .docx, a PDF with a text layer, or text in UTF-8,
 * UTF-16 (with byte order mark), GBK or GB18030. The format is told by the content (magic bytes)
 * first and the file name's extension second; a file of another kind is refused with a message
 * that says what it is and what to do. Documents in traditional characters are read as simplified
 * for matching; {@link Read#asWritten()} gives the text as written back.
 */
public final class DocumentReaders {

	/** Largest file read. */
	public static final long MAX_BYTES = 50L * 1024 * 1024;

	private final HtmlReader html = new HtmlReader();

	private final DocxReader docx = new DocxReader();

	private final PdfReader pdf = new PdfReader();

	/**
	 * A document read.
	 *
	 * @param document the blocks the parser reads (simplified characters)
	 * @param asWritten the way back to the text as the document wrote it
	 */
	public record Read(SourceDocument document, AsWritten asWritten) {
	}

	/**
	 * @throws UnreadableDocumentException when the file is empty, too large, of a kind no reader
	 * knows, or broken
	 */
	public Read read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new UnreadableDocumentException("The file is empty.");
		}
		if (content.length > MAX_BYTES) {
			throw new UnreadableDocumentException("The file is " + content.length + " bytes; the limit is 50 MB.");
		}
		SourceDocument document = switch (detect(fileName, content)) {
			case PDF -> this.pdf.read(content);
			case DOCX -> this.docx.read(content);
			case HTML -> this.html.read(content);
			case TEXT -> {
				TextDecoder.Decoded decoded = TextDecoder.decode(content);
				yield SourceDocument.ofText(decoded.text(), decoded.encoding());
			}
		};
		TraditionalChinese.Converted converted = TraditionalChinese.convert(document);
		return new Read(converted.document(), converted.asWritten());
	}

	/** The formats read. */
	public enum Format {

		TEXT, HTML, DOCX, PDF

	}

	/** The format of a file: its content decides, its name only tells web pages from text. */
	public static Format detect(String fileName, byte[] content) {
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT);
		if (indexOf(content, "%PDF-", 1024) >= 0) {
			return Format.PDF;
		}
		if (TextDecoder.startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			if (name.endsWith(".docx") || indexOf(content, "word/", content.length) >= 0) {
				return Format.DOCX;
			}
			throw new UnreadableDocumentException("The file is a ZIP archive but not a Word .docx"
					+ (name.endsWith(".zip") ? "" : " (whatever its name says)") + ": unpack it and import its "
					+ "documents.");
		}
		if (TextDecoder.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new UnreadableDocumentException("The file is a Word 97-2003 .doc (or another OLE2 Office file), "
					+ "which is not read: save it as .docx or PDF and import that.");
		}
		String image = image(content);
		if (image != null) {
			throw new UnreadableDocumentException("The file is a " + image + " image, not a document: a scan needs "
					+ "OCR first; import the .docx, PDF or text of the plan instead.");
		}
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".xhtml")
				|| looksLikeHtml(content)) {
			return Format.HTML;
		}
		return Format.TEXT;
	}

	private static boolean looksLikeHtml(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		String start = head.replaceFirst("^(\\xef\\xbb\\xbf)?\\s*", "");
		return start.startsWith("<!doctype html") || start.startsWith("<html") || head.contains("<body");
	}

	private static String image(byte[] content) {
		if (TextDecoder.startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
			return "PNG";
		}
		if (TextDecoder.startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return "JPEG";
		}
		if (TextDecoder.startsWith(content, 0x47, 0x49, 0x46, 0x38)) {
			return "GIF";
		}
		if (TextDecoder.startsWith(content, 0x49, 0x49, 0x2A, 0x00) || TextDecoder.startsWith(content, 0x4D, 0x4D, 0x00, 0x2A)) {
			return "TIFF";
		}
		return null;
	}

	private static int indexOf(byte[] content, String ascii, int limit) {
		byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
		int end = Math.min(content.length, limit) - needle.length;
		outer: for (int i = 0; i <= end; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
