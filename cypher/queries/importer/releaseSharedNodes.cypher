// The document gives up its share of shared nodes; a node no document, no reference data and no
// document's relationship holds any more goes.
MATCH (n:Entity)
WHERE $documentId IN n.documentIds
SET n.documentIds = [d IN n.documentIds WHERE d <> $documentId]
WITH n
WHERE n.documentIds = [] AND NOT coalesce(n.referenceData, false)
  AND NOT EXISTS { (n)-[r]-() WHERE r.documentId IS NOT NULL }
DETACH DELETE n
