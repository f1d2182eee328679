UNWIND $ids AS owner
MATCH (t:Entity {id: owner})
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
RETURN owner, t.documentId AS ownerDocument, properties(r) AS rel, properties(a) AS agency,
       head([(a)-[:PART_OF]->(p) | p.id]) AS parentId
ORDER BY owner, r.order
