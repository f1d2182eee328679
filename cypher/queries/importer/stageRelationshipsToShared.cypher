// A batch of relationships from a staged node of one import to a shared node, each recording its document.
UNWIND $rows AS row
MATCH (a:ImportStaging {id: row.from})
WHERE a.stagingId = $token
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.key = row.key, r.documentId = coalesce(row.props.documentId, $documentId)
