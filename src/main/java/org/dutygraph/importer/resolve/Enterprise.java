package org.dutygraph.importer.resolve;

import java.util.List;

/**
 * An enterprise named in the corpus, from {@code enterprises.tsv}. Aliases hold short names and curated
 * identities (陵川金隅水泥有限公司 = 陵川金隅冀东环保科技有限公司), each with its reason in the source.
 *
 * @param name canonical name
 * @param aliases short names and other names of the same enterprise
 * @param county the county-level unit, 晋城市 when the corpus does not say
 * @param source file, line and the reason for a curated identity
 */
public record Enterprise(String name, List<String> aliases, String county, String source) {
}
