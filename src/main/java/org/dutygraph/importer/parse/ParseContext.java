package org.dutygraph.importer.parse;

/**
 * What a part of the parser needs to know about the plan it reads.
 *
 * @param fileName the document's file name, for problems
 * @param jurisdiction the issuer's area (高平市)
 * @param planKey AIR, WATER, SOIL, ECO_5YR or PLAN
 * @param planYear the plan year, used for dates written without a year
 */
public record ParseContext(String fileName, String jurisdiction, String planKey, int planYear) {
}
