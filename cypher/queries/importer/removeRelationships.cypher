// A document's replace or removal, first step: the relationships its import wrote on its nodes and on the
// Document node. User and curated edges, every relationship another document wrote, and the relationships
// the new version has staged (to a node still labelled ImportStaging) stay.
MATCH (n:Entity)
WHERE n.documentId = $documentId OR (n:Document AND n.id = $documentId)
MATCH (n)-[r]-(other)
WHERE r.documentId = $documentId AND NOT coalesce(r.basis, '') IN ['USER', 'CURATED']
  AND NOT other:ImportStaging
WITH DISTINCT r
DELETE r
