UNWIND $ids AS owner
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(:KeyProject {id: owner})
RETURN owner, a {.*, parentId: head([(a)-[:PART_OF]->(x) | x.id])} AS node
ORDER BY owner, r.order
