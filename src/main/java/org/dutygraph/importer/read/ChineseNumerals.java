package org.dutygraph.importer.read;

/** Numbers as list labels: 一, 十二, 二十一; 壹; XIV. */
final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";

	private ChineseNumerals() {
	}

	/** 1..99 as written in headings: 一, 十, 十一, 二十, 二十一; larger numbers as digits. */
	static String of(int n) {
		return write(n, DIGITS, '十');
	}

	static String legal(int n) {
		return write(n, LEGAL, '拾');
	}

	private static String write(int n, String digits, char ten) {
		if (n < 1 || n > 99) {
			return String.valueOf(n);
		}
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		int tens = n / 10;
		int ones = n % 10;
		String prefix = (tens == 1) ? "" : String.valueOf(digits.charAt(tens));
		return prefix + ten + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
	}

	static String roman(int n) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = n;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				out.append(symbols[i]);
				rest -= values[i];
			}
		}
		return out.toString();
	}

}
