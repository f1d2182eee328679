// A batch of relationships between two staged nodes of one import, each recording its document.
UNWIND $rows AS row
MATCH (a:ImportStaging {id: row.from})
WHERE a.stagingId = $token
MATCH (b:ImportStaging {id: row.to})
WHERE b.stagingId = $token
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.key = row.key, r.documentId = coalesce(row.props.documentId, $documentId)
