UNWIND $rows AS row
MATCH (dependent:Task {id: row.dependentId})
MATCH (prerequisite:Task {id: row.prerequisiteId})
MERGE (dependent)-[r:DEPENDS_ON {key: row.basis}]->(prerequisite)
SET r.basis = row.basis, r.rule = row.rule, r.reason = row.reason, r.evidence = row.evidence,
    r.documentId = row.documentId, r.line = row.line
