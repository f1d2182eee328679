// A node several documents share (township, enterprise, monitoring section, cited document): merged, its
// owner set extended and kept sorted (so it reads the same whatever the order of imports), its
// properties set by the first writer or by its only owner. $documentId null: the curated reference data.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.label), n += row.props
WITH n, row, coalesce(n.documentIds, []) AS before
WITH n, row, CASE WHEN $documentId IS NULL OR $documentId IN before THEN before
    ELSE COLLECT { UNWIND before + $documentId AS d RETURN d ORDER BY d } END AS owners
SET n.documentIds = owners
SET n.referenceData = CASE WHEN $documentId IS NULL THEN true ELSE n.referenceData END
WITH n, row, owners
WHERE owners = [] OR owners = [$documentId]
SET n += row.props
