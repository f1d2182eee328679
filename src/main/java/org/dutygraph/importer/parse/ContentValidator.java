package org.dutygraph.importer.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether uploaded bytes are a UTF-8 text document the parser can read, and decodes them.
 * Rejections carry a message a coordinator understands; nothing is thrown.
 */
final class ContentValidator {

	static final long MAX_BYTES = 50L * 1024 * 1024;

	/**
	 * @param text the decoded text, null when rejected
	 * @param error why the content was rejected, null when accepted
	 */
	record Result(String text, String error) {

		static Result rejected(String error) {
			return new Result(null, error);
		}

	}

	Result validate(byte[] content) {
		if (content == null || content.length == 0) {
			return Result.rejected("The file is empty.");
		}
		if (content.length > MAX_BYTES) {
			return Result.rejected("The file is " + content.length + " bytes; the limit is 50 MB.");
		}
		int nul = indexOfNul(content);
		if (nul >= 0) {
			return Result.rejected("The file is binary, not text: it contains a NUL byte at offset " + nul + ".");
		}
		return decode(content);
	}

	private static Result decode(byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out;
		try {
			out = decoder.decode(in);
		}
		catch (MalformedInputException ex) {
			return Result.rejected("The file is not valid UTF-8: bad byte sequence at offset " + in.position()
					+ ". Save it as UTF-8 text.");
		}
		catch (CharacterCodingException ex) {
			return Result.rejected("The file is not valid UTF-8 text: " + ex.getMessage());
		}
		String text = out.toString();
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		return checkCharacters(text);
	}

	static Result checkCharacters(String text) {
		if (text.isBlank()) {
			return Result.rejected("The file contains no text, only white space.");
		}
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
				controls++;
			}
		}
		if (controls > 32 || controls * 100L > text.length()) {
			return Result.rejected("The file looks binary: it contains " + controls + " control characters.");
		}
		return new Result(text, null);
	}

	private static int indexOfNul(byte[] content) {
		for (int i = 0; i < content.length; i++) {
			if (content[i] == 0) {
				return i;
			}
		}
		return -1;
	}

}
