// Properties of a surviving node that the new version does not set (status, version, expected date
// of a task) are kept: copied onto its staged successor.
MATCH (o:Entity)
WHERE (o.documentId = $documentId AND NOT any(l IN labels(o) WHERE l IN $shared))
   OR (o:Document AND o.id = $documentId)
MATCH (s:ImportStaging {id: o.id})
WHERE s.stagingId = $token
FOREACH (k IN [k IN keys(o) WHERE s[k] IS NULL] | SET s[k] = o[k])
