package org.dutygraph.importer.read;

import java.io.IOException;
import java.io.InputStream;

import org.dutygraph.importer.parse.Block;
import org.dutygraph.importer.parse.ParsedDocument;
import org.dutygraph.importer.parse.ParsedPlan;
import org.dutygraph.importer.parse.ParsedTask;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.dutygraph.importer.parse.SourceDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real published page of another place's plan (潮州市, see fixtures/web/README.md): the reader
 * keeps the article and its headline, and leaves the site around it out.
 */
class WebPageFixtureTests {

	static byte[] page() throws IOException {
		try (InputStream in = WebPageFixtureTests.class.getResourceAsStream("/fixtures/web/chaozhou-lantian-2019.html")) {
			return in.readAllBytes();
		}
	}

	@Test
	void theArticleIsReadWithoutTheSiteAroundIt() throws IOException {
		SourceDocument page = new DocumentReaders().read("chaozhou.html", page()).document();

		assertThat(page.format()).isEqualTo("HTML");
		assertThat(page.encoding()).isEqualTo("UTF-8 (declared)");
		assertThat(page.blocks()).extracting(Block::text)
			.startsWith("日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:", "潮州市打赢蓝天保卫战实施方案(2019-2020年)")
			.contains("一、目标要求", "二、工作任务", "(一)升级产业结构,推动产业绿色转型。")
			.last()
			.isEqualTo("2.排查整治“散乱污”工业企业(场所)。全面落实《潮州市人民政府关于印发潮州市“散乱污”工业企业(场所)综合整治工作方案的通知》"
					+ "(潮府〔2018〕17号)要求,2019年9月底前,基本完成全市整治任务。");
		assertThat(page.text()).doesNotContain("登录", "搜索", "新闻资讯", "当前位置", "浏览", "分享到", "上一篇", "热门资讯", "版权所有",
				"_hmt");
		// the headline (h1) is not repeated: the article's first paragraph holds it
		assertThat(page.blocks()).noneMatch((b) -> b.location().equals("headline"));
		assertThat(page.blocks().get(0).location()).isEqualTo("paragraph 1");
	}

	@Test
	void itsTasksDeadlinesAndBracketsReachTheParser() throws IOException {
		SourceDocument page = new DocumentReaders().read("chaozhou.html", page()).document();
		ParsedDocument parsed = new PlanDocumentParser().parse("chaozhou.html", "0", page, null, null);

		ParsedPlan plan = parsed.plans().get(0);
		assertThat(plan.tasks()).extracting(ParsedTask::localId).contains("二/(一)/1", "二/(一)/2");
		ParsedTask first = plan.tasks().get(0);
		assertThat(first.title()).isEqualTo("制定实施准入清单");
		assertThat(first.rawBracket()).startsWith("〔市生态环境局牵头,市发展和改革局、工业和信息化局、自然资源局参与");
		ParsedTask second = plan.tasks().get(plan.tasks().size() - 1);
		assertThat(second.deadlines()).singleElement()
			.satisfies((d) -> assertThat(d.raw() + " " + d.date()).isEqualTo("2019年9月底前 2019-09-30"));
	}

}
