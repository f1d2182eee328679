MATCH (a:Agency)
WHERE ($nameContains IS NULL OR a.name CONTAINS $nameContains
       OR any(x IN coalesce(a.aliases, []) WHERE x CONTAINS $nameContains))
  AND ($jurisdiction IS NULL OR a.jurisdiction = $jurisdiction)
  AND ($collective IS NULL OR a.collective = $collective)
  AND ($role IS NULL OR EXISTS { MATCH (a)-[r:RESPONSIBLE_FOR]->() WHERE r.role = $role })
WITH a ORDER BY a.jurisdiction, a.name
WITH collect(a) AS agencies
RETURN size(agencies) AS total,
       [x IN agencies[$offset..($offset + $limit)] | x {.*, parentId: head([(x)-[:PART_OF]->(p) | p.id])}] AS page
