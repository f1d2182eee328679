package org.dutygraph.importer.parse;

import java.time.LocalDate;

/**
 * A deadline as written and as understood.
 *
 * @param raw the expression as written, wraps removed (2021 年 4 月底前)
 * @param kind its kind
 * @param date BY_DATE: the last day meant; FROM_DATE/PERIOD: the first day; else null
 * @param endDate PERIOD: the last day; else null
 * @param line the line where it is written
 */
public record DeadlineExpr(String raw, DeadlineKind kind, LocalDate date, LocalDate endDate, int line) {
}
