// A batch of relationships from a shared node to a staged node of one import (an agency responsible for a
// task), each recording its document.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:ImportStaging {id: row.to})
WHERE b.stagingId = $token
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.key = row.key, r.documentId = coalesce(row.props.documentId, $documentId)
