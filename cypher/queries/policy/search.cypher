// $query is already escaped and quoted for Lucene by the caller.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $limit})
YIELD node, score
RETURN node {.*} AS node, labels(node) AS labels, score
