// One-character queries: the cjk analyzer indexes bigrams only, so fall back to a substring scan.
MATCH (n)
WHERE (n:Task OR n:Agency OR n:KeyProject OR n:MonitoringSection OR n:Enterprise OR n:Township)
  AND (n.name CONTAINS $text OR n.text CONTAINS $text OR n.aliasText CONTAINS $text)
RETURN n {.*} AS node, labels(n) AS labels, 1.0 AS score
ORDER BY CASE WHEN n:Task THEN 1 ELSE 0 END, n.id
LIMIT $limit
