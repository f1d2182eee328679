MATCH (a:Agency) WHERE a.id IN $ids
RETURN a.id AS owner, a {.*, parentId: COLLECT { MATCH (a)-[:PART_OF]->(p) RETURN p.id }[0]} AS node
