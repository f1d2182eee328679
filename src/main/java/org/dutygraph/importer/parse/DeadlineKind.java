package org.dutygraph.importer.parse;

/** Kinds of deadline expression; the same names as the GraphQL enum. */
public enum DeadlineKind {

	/** Due by a date: 2021年4月底前 (date = last day meant). */
	BY_DATE,
	/** Applies from a date on: 2021年5月1日起. */
	FROM_DATE,
	/** A window or period: 5-9月, 秋冬季, 2021-2025. */
	PERIOD,
	/** Repeats: 每月一次, 每季度. */
	RECURRING,
	/** No end: 长期坚持, 持续推进. */
	ONGOING,
	/** A deadline that cannot be dated from the text alone: 采暖季前, 汛前, 已完成. */
	UNRESOLVED

}
