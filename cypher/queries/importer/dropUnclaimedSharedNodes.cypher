// Shared nodes an unfinished import created that no switch claimed and no document links to
// ($token null: of every unfinished import).
MATCH (n:Entity)
WHERE n.stagingId IS NOT NULL AND ($token IS NULL OR n.stagingId = $token)
  AND n.documentIds = [] AND NOT coalesce(n.referenceData, false)
  AND NOT EXISTS { (n)-[r]-() WHERE r.documentId IS NOT NULL }
DETACH DELETE n
