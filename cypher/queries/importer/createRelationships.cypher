// Relationships that touch a node of this document (cleared by the replace step), so created, not merged;
// each records the document that wrote it.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.key = row.key, r.documentId = coalesce(row.props.documentId, $documentId)
