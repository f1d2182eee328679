package org.dutygraph.importer.parse;

/**
 * One responsible unit as the document wrote it.
 *
 * @param asWritten the unit exactly as written, line wraps removed, shared suffix applied
 * (寺庄镇、…石末乡人民政府 gives 寺庄镇人民政府), qualifier removed
 * @param order 0-based position in the bracket or cell
 * @param commaGroup 0-based index of the comma group (，/,) the unit sits in
 * @param qualifier a trailing qualifier such as 按职责分工负责, else null
 * @param explicitRole LEAD or SUPPORT when the text says so (…牵头, 配合单位：…), else null
 * @param inferred true when the unit was not written on this row (inherited from a merged cell)
 * @param line the line where the unit starts
 */
public record UnitMention(String asWritten, int order, int commaGroup, String qualifier, String explicitRole,
		boolean inferred, int line) {
}
