package org.dutygraph.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseDateParserTests {

	private final ChineseDateParser parser = new ChineseDateParser();

	@ParameterizedTest(name = "cell {0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2021 年 4 月底前          | 2021 | BY_DATE    | 2021-04-30 | -
			2021年4月底前             | 2021 | BY_DATE    | 2021-04-30 | -
			2021年底前                | 2021 | BY_DATE    | 2021-12-31 | -
			2021 年底前               | 2021 | BY_DATE    | 2021-12-31 | -
			2021年年底前              | 2021 | BY_DATE    | 2021-12-31 | -
			年底前                    | 2022 | BY_DATE    | 2022-12-31 | -
			6月底前                   | 2021 | BY_DATE    | 2021-06-30 | -
			2022 年 10 月             | 2022 | BY_DATE    | 2022-10-31 | -
			2022 年 12 月             | 2022 | BY_DATE    | 2022-12-31 | -
			2023 年 8 月              | 2023 | BY_DATE    | 2023-08-31 | -
			2021 年 6 月底 投入运行   | 2021 | BY_DATE    | 2021-06-30 | -
			2022 年 6 月底            | 2021 | BY_DATE    | 2022-06-30 | -
			2023 年 7 月 1 日前       | 2023 | BY_DATE    | 2023-07-01 | -
			2025年底前                | 2021 | BY_DATE    | 2025-12-31 | -
			2021年5月1日起            | 2021 | FROM_DATE  | 2021-05-01 | -
			2021 年 4 月起            | 2021 | FROM_DATE  | 2021-04-01 | -
			2021年10月1日起           | 2021 | FROM_DATE  | 2021-10-01 | -
			2021年5-9月               | 2021 | PERIOD     | 2021-05-01 | 2021-09-30
			2022 年 5-9 月份          | 2022 | PERIOD     | 2022-05-01 | 2022-09-30
			2023年5-9月               | 2023 | PERIOD     | 2023-05-01 | 2023-09-30
			秋冬季                    | 2022 | PERIOD     | 2022-10-01 | 2023-03-31
			2021-2025                 | 2022 | PERIOD     | 2021-01-01 | 2025-12-31
			2022-2024                 | 2022 | PERIOD     | 2022-01-01 | 2024-12-31
			每月一次                  | 2022 | RECURRING  | -          | -
			长期坚持                  | 2021 | ONGOING    | -          | -
			已完成                    | 2021 | UNRESOLVED | -          | -
			""")
	void readsCellsFromTheCorpus(String cell, int planYear, DeadlineKind kind, LocalDate date, LocalDate endDate) {
		DeadlineExpr expr = this.parser.parseCell(cell, 7, planYear);

		assertThat(expr.raw()).isEqualTo(cell.strip());
		assertThat(expr.kind()).isEqualTo(kind);
		assertThat(expr.date()).isEqualTo(date);
		assertThat(expr.endDate()).isEqualTo(endDate);
		assertThat(expr.line()).isEqualTo(7);
	}

	@ParameterizedTest(name = "text {0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			8月底前完成动态调整                         | 2021 | 8月底前           | BY_DATE    | 2021-08-31 | -
			10 月底，投运第二生活污水处理厂              | 2022 | 10 月底           | BY_DATE    | 2022-10-31 | -
			2022 年12 月 15 日前，完成首批排查任务       | 2022 | 2022 年12 月 15 日前 | BY_DATE | 2022-12-15 | -
			2021年6月底完成                             | 2021 | 2021年6月底       | BY_DATE    | 2021-06-30 | -
			2021 年 5 月 1 日起必须达到国五及以上标准    | 2021 | 2021 年 5 月 1 日起 | FROM_DATE | 2021-05-01 | -
			2022年起达到国六标准                         | 2021 | 2022年起          | FROM_DATE  | 2022-01-01 | -
			2022 年 8 月份起开展                         | 2022 | 2022 年 8 月份起  | FROM_DATE  | 2022-08-01 | -
			5 月-9 月每日 10 时-16 时错时生产            | 2022 | 5 月-9 月         | PERIOD     | 2022-05-01 | 2022-09-30
			避开7-9月O3污染高发季节                      | 2021 | 7-9月             | PERIOD     | 2021-07-01 | 2021-09-30
			实施2021—2022年秋冬季大气污染治理综合攻坚    | 2021 | 2021—2022年秋冬季  | PERIOD     | 2021-10-01 | 2022-03-31
			每季度开展一次非道路移动机械专项检查         | 2021 | 每季度            | RECURRING  | -          | -
			并按月公开监测结果                           | 2022 | 按月              | RECURRING  | -          | -
			每年 8 月底前报送项目                         | 2022 | 每年 8 月底前     | RECURRING  | -          | -
			2023 年采暖季前完成供热替代工程               | 2023 | 2023 年采暖季前   | UNRESOLVED | -          | -
			汛前完成清淤                                 | 2021 | 汛前              | UNRESOLVED | -          | -
			在纳入名录一年内开展                         | 2021 | 一年内            | UNRESOLVED | -          | -
			第二阶段目标（已完成）                       | 2021 | 已完成            | UNRESOLVED | -          | -
			力争到2025年实现                             | 2022 | 到2025年          | BY_DATE    | 2025-12-31 | -
			""")
	void findsExpressionsInTaskTexts(String text, int planYear, String raw, DeadlineKind kind, LocalDate date,
			LocalDate endDate) {
		List<DeadlineExpr> found = this.parser.findAll(text, 3, planYear);

		assertThat(found).hasSize(1);
		assertThat(found.get(0).raw()).isEqualTo(raw);
		assertThat(found.get(0).kind()).isEqualTo(kind);
		assertThat(found.get(0).date()).isEqualTo(date);
		assertThat(found.get(0).endDate()).isEqualTo(endDate);
	}

	@ParameterizedTest(name = "not a deadline: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			PM2.5年均浓度较2020年下降10%
			高政办发〔2021〕17号
			完成 2020 年度清洁生产审核评估工作
			确保1.5 公里范围内 0.588 以上
			做到路面见底色、不起尘
			清洁取暖改造已完成的区域
			防止已完成清洁取暖改造的用户散煤复烧
			2021年市区主城区出租车运用占比大幅提高
			""")
	void ignoresYearsThatAreNotDeadlines(String text) {
		assertThat(this.parser.findAll(text, 1, 2021)).isEmpty();
	}

	@Test
	void yearlessDatesTakeTheLastExplicitYearOfTheText() {
		String text = "2021 年 3 月底前，完成辖区内工业余热供热情况的摸底调查；9 月底前热源企业达到 B 级";

		List<DeadlineExpr> found = this.parser.findAll(text, 58, 2020);

		assertThat(found).extracting(DeadlineExpr::raw).containsExactly("2021 年 3 月底前", "9 月底前");
		assertThat(found).extracting(DeadlineExpr::date)
			.containsExactly(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 9, 30));
	}

	@Test
	void aChainOfDeadlinesKeepsItsOrder() {
		String text = "2021年4月底前完成排查,建立台账;6月底前制定整改方案;年底前完成整治。";

		List<DeadlineExpr> found = this.parser.findAll(text, 264, 2021);

		assertThat(found).extracting(DeadlineExpr::date)
			.containsExactly(LocalDate.of(2021, 4, 30), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 12, 31));
	}

	@Test
	void anEmptyCellHasNoDeadline() {
		assertThat(this.parser.parseCell("  ", 186, 2021)).isNull();
		assertThat(this.parser.parseCell(null, 186, 2021)).isNull();
	}

	@Test
	void aWrappedCellIsJoined() {
		DeadlineExpr expr = this.parser.parseCell("2022 年 12 月\n\n开工", 1192, 2022);

		assertThat(expr.raw()).isEqualTo("2022 年 12 月开工");
		assertThat(expr.date()).isEqualTo(LocalDate.of(2022, 12, 31));
	}

}
