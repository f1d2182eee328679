package org.dutygraph.importer.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the bytes of a text file in the encodings Chinese offices save text in, and says which:
 * UTF-8 (with or without byte order mark), UTF-16 with a byte order mark, GBK and GB18030. Nothing is
 * guessed silently: a byte order mark decides; otherwise the bytes must decode strictly as UTF-8, or
 * as GBK/GB18030 and then read as Chinese (most non-ASCII characters among the common characters of
 * GB 2312). Anything else is refused with the offset of the first bad byte.
 */
public final class TextDecoder {

	private static final Charset GBK = Charset.forName("GBK");

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Charset GB2312 = Charset.forName("GB2312");

	/** The share of non-ASCII characters that must be common characters for GBK text to be believed. */
	private static final double MIN_COMMON_SHARE = 0.8;

	private TextDecoder() {
	}

	/**
	 * Decoded text and the encoding it was read in.
	 *
	 * @param text the text, byte order mark removed
	 * @param encoding UTF-8, UTF-8 (BOM), UTF-16LE (BOM), UTF-16BE (BOM), GBK or GB18030
	 */
	public record Decoded(String text, String encoding) {
	}

	public static Decoded decode(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(strict(content, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
		}
		if (startsWith(content, 0xFF, 0xFE)) {
			return new Decoded(strict(content, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE (BOM)");
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return new Decoded(strict(content, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE (BOM)");
		}
		int nul = indexOf(content, (byte) 0);
		if (nul >= 0) {
			throw new UnreadableDocumentException("The file is binary, or UTF-16 without a byte order mark: it "
					+ "contains a NUL byte at offset " + nul + ". Save it as UTF-8 text (or UTF-16 with a byte "
					+ "order mark).");
		}
		Attempt utf8 = attempt(content, StandardCharsets.UTF_8);
		if (utf8.text() != null) {
			return new Decoded(utf8.text(), "UTF-8");
		}
		for (Charset charset : new Charset[] { GBK, GB18030 }) {
			Attempt gb = attempt(content, charset);
			if (gb.text() != null) {
				double common = commonShare(gb.text());
				if (common >= MIN_COMMON_SHARE) {
					return new Decoded(gb.text(), charset.name());
				}
				throw new UnreadableDocumentException("The file is not UTF-8 (bad byte sequence at offset "
						+ utf8.badOffset() + "), and read as " + charset.name() + " only "
						+ Math.round(common * 100) + "% of its Chinese characters are common ones: it is in "
						+ "another encoding. Save it as UTF-8 text.");
			}
		}
		throw new UnreadableDocumentException("The file is not text in UTF-8, UTF-16 (with byte order mark), GBK "
				+ "or GB18030: the byte sequence at offset " + utf8.badOffset() + " ("
				+ hex(content, utf8.badOffset()) + ") is invalid in each. Save it as UTF-8 text.");
	}

	private record Attempt(String text, int badOffset) {
	}

	private static Attempt attempt(byte[] content, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		try {
			CharBuffer out = decoder.decode(in);
			return new Attempt(out.toString(), -1);
		}
		catch (CharacterCodingException ex) {
			return new Attempt(null, in.position());
		}
	}

	private static String strict(byte[] content, int offset, Charset charset, String name) {
		byte[] body = Arrays.copyOfRange(content, offset, content.length);
		Attempt attempt = attempt(body, charset);
		if (attempt.text() == null) {
			throw new UnreadableDocumentException("The file starts with the byte order mark of " + name
					+ " but is not valid " + name + ": bad byte sequence at offset " + (attempt.badOffset() + offset)
					+ ". Save it again as UTF-8 text.");
		}
		return attempt.text();
	}

	/** The share of non-ASCII letters of the text that GB 2312 (the common characters) holds. */
	private static double commonShare(String text) {
		CharsetEncoder common = GB2312.newEncoder();
		int nonAscii = 0;
		int inCommon = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80 || Character.isWhitespace(c)) {
				continue;
			}
			nonAscii++;
			if (common.canEncode(c)) {
				inCommon++;
			}
		}
		return nonAscii == 0 ? 1.0 : (double) inCommon / nonAscii;
	}

	/** Whether the bytes begin with these unsigned byte values (a byte order mark, a file signature). */
	static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] content, byte value) {
		for (int i = 0; i < content.length; i++) {
			if (content[i] == value) {
				return i;
			}
		}
		return -1;
	}

	private static String hex(byte[] content, int offset) {
		StringBuilder out = new StringBuilder();
		for (int i = Math.max(0, offset); i < Math.min(content.length, offset + 4); i++) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(String.format("%02X", content[i] & 0xFF));
		}
		return out.toString();
	}

}
