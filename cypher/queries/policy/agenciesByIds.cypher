UNWIND $ids AS owner
MATCH (a:Agency {id: owner})
RETURN owner, a {.*, parentId: head([(a)-[:PART_OF]->(p) | p.id])} AS node
