// Before the previous version of a document goes: every link of its own nodes that its import did not
// write (user and curated dependencies, audit records, another document's edges) is copied onto the
// staged node with the same id; links to nodes that do not survive go with them.
MATCH (o:Entity)
WHERE (o.documentId = $documentId AND NOT any(l IN labels(o) WHERE l IN $shared))
   OR (o:Document AND o.id = $documentId)
MATCH (o)-[r]-()
WHERE NOT (type(r) IN $importedTypes AND NOT coalesce(r.basis, 'RULE') IN ['USER', 'CURATED']
           AND coalesce(r.documentId, $documentId) = $documentId)
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
WITH r, a, b,
     (a.documentId = $documentId AND NOT any(l IN labels(a) WHERE l IN $shared)) OR (a:Document AND a.id = $documentId) AS aOwn,
     (b.documentId = $documentId AND NOT any(l IN labels(b) WHERE l IN $shared)) OR (b:Document AND b.id = $documentId) AS bOwn
OPTIONAL MATCH (sa:ImportStaging {id: a.id})
WHERE aOwn AND sa.stagingId = $token
OPTIONAL MATCH (sb:ImportStaging {id: b.id})
WHERE bOwn AND sb.stagingId = $token
WITH r, CASE WHEN aOwn THEN sa ELSE a END AS source, CASE WHEN bOwn THEN sb ELSE b END AS target
WHERE source IS NOT NULL AND target IS NOT NULL
CREATE (source)-[moved:$(type(r))]->(target)
SET moved = properties(r)
