package org.dutygraph.importer.parse;

import java.util.List;

/**
 * A row of a key-project table (重点工程).
 *
 * @param localId unique inside the plan, e.g. "附件2/3" or "表3/L630"
 * @param name the project name (for column-shifted rows the real project from the content)
 * @param content 主要内容 / 工作任务 text, null if none
 * @param category 类别 / 项目别, null if none
 * @param periodRaw 实施时间 / 完成时限 as written
 * @param deadline the period or deadline understood, null if none
 * @param investment 投资估算 in 亿元, null if none
 * @param tier 省重点 / 市重点 from 备注, null if none
 * @param lead the 牵头单位 / 责任主体 units in order
 * @param line the row's first line
 */
public record ParsedProject(String localId, String name, String content, String category, String periodRaw,
		DeadlineExpr deadline, Double investment, String tier, List<UnitMention> lead, int line) {
}
