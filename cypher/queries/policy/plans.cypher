MATCH (d:Document)-[c:CONTAINS]->(p:Plan)
WHERE ($ids IS NULL OR p.id IN $ids) AND ($documentIds IS NULL OR d.id IN $documentIds)
RETURN p {.*, documentId: d.id} AS node
ORDER BY d.fileName, c.order
