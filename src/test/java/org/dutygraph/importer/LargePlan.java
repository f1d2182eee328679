package org.dutygraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid plan of any number of tasks, built from the real shapes of seed document 001 (沁水县): its
 * header and the preamble of its air plan, then chapters {@code 三、} onwards of twenty {@code （一）}
 * sections of twenty numbered tasks each, every task the first sentence of one of 001's air tasks with
 * its own 〔责任单位：…〕 bracket, in turn.
 */
public final class LargePlan {

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.．]");

	private static final Pattern SECTION = Pattern.compile("^（[一二三四五六七八九十]+）(.*)$");

	static final int PER_SECTION = 20;

	static final int SECTIONS_PER_CHAPTER = 20;

	private LargePlan() {
	}

	/** @param seed001 the text of seed document 001 */
	public static String generate(String seed001, int tasks) {
		List<String> lines = seed001.lines().toList();
		int start = indexOf(lines, "三、重点任务", 0);
		int end = indexOf(lines, "四、保障措施", start);
		List<String> titles = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		StringBuilder block = null;
		for (String line : lines.subList(start + 1, end)) {
			String text = line.strip();
			Matcher section = SECTION.matcher(text);
			if (section.matches()) {
				titles.add(section.group(1));
				add(bodies, block);
				block = null;
				continue;
			}
			Matcher numbered = NUMBERED.matcher(text);
			if (numbered.find()) {
				add(bodies, block);
				block = new StringBuilder(text.substring(numbered.end()));
			}
			else if (block != null) {
				block.append(text);
			}
		}
		add(bodies, block);
		StringBuilder out = new StringBuilder();
		lines.subList(0, start).forEach((l) -> out.append(l).append('\n'));
		int written = 0;
		for (int chapter = 3; written < tasks; chapter++) {
			out.append('\n').append(chinese(chapter)).append("、重点任务\n");
			for (int section = 1; section <= SECTIONS_PER_CHAPTER && written < tasks; section++) {
				out.append('\n')
					.append('（')
					.append(chinese(section))
					.append('）')
					.append(titles.get((chapter * SECTIONS_PER_CHAPTER + section) % titles.size()))
					.append('\n');
				for (int n = 1; n <= PER_SECTION && written < tasks; n++) {
					out.append('\n').append(n).append('.').append(bodies.get(written % bodies.size())).append('\n');
					written++;
				}
			}
		}
		return out.toString();
	}

	/** A task's first sentence and its bracket of units. */
	private static void add(List<String> bodies, StringBuilder block) {
		if (block == null) {
			return;
		}
		String text = block.toString();
		int open = text.lastIndexOf('〔');
		int close = text.lastIndexOf('〕');
		int stop = text.indexOf('。');
		if (open < 0 || close < open || stop < 0 || stop > open) {
			return;
		}
		bodies.add(text.substring(0, stop + 1) + text.substring(open, close + 1));
	}

	private static int indexOf(List<String> lines, String text, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(text)) {
				return i;
			}
		}
		throw new IllegalStateException("no line '" + text + "' in the seed document");
	}

	/** 1 to 99 in Chinese numerals: 三, 十二, 二十. */
	static String chinese(int n) {
		String digits = "一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n - 1));
		}
		String tens = (n / 10 == 1) ? "十" : digits.charAt(n / 10 - 1) + "十";
		return (n % 10 == 0) ? tens : tens + digits.charAt(n % 10 - 1);
	}

}
