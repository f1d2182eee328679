// Canonical name first, then any alias as written; jurisdiction narrows both.
CALL () {
  MATCH (a:Agency {name: $name})
  WHERE $jurisdiction IS NULL OR a.jurisdiction = $jurisdiction
  RETURN a, 0 AS rank
  UNION
  MATCH (al:Alias {text: $name})-[:NAMES]->(a:Agency)
  WHERE $jurisdiction IS NULL OR al.jurisdiction = $jurisdiction OR a.jurisdiction = $jurisdiction
  RETURN a, 1 AS rank
}
WITH a, min(rank) AS rank
RETURN a {.*, parentId: head([(a)-[:PART_OF]->(p) | p.id])} AS node, rank
ORDER BY rank, a.id
