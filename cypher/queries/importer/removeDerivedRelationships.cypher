// The derived relationships of surviving tasks go (they are written again); CURATED and USER edges stay.
MATCH (t:Task {documentId: $documentId})-[r]-()
WHERE coalesce(r.basis, 'RULE') IN ['RULE', 'GAZETTEER']
   OR type(r) IN ['HAS_TASK', 'UNDER', 'HAS_DEADLINE']
DELETE r
