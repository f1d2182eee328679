MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(p:KeyProject)
WHERE p.id IN $ids
RETURN p.id AS owner, a {.*, parentId: COLLECT { MATCH (a)-[:PART_OF]->(x) RETURN x.id }[0]} AS node
ORDER BY owner, r.order
