// A batch of a document's own nodes, staged: label ImportStaging only, so no query of the service sees
// them until the switch; the real label waits in stagedLabel, the import in stagingId.
UNWIND $rows AS row
CREATE (n:ImportStaging)
SET n = row.props, n.id = row.id, n.stagedLabel = row.label, n.stagingId = $token
