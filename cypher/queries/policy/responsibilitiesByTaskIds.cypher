MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t:Task|KeyProject)
WHERE t.id IN $ids
RETURN t.id AS owner, r {.*, documentId: coalesce(r.documentId, t.documentId)} AS rel, a {.*, parentId: COLLECT { MATCH (a)-[:PART_OF]->(p) RETURN p.id }[0]} AS agency
ORDER BY owner, r.order
