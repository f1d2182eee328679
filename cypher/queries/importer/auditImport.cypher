// The audit record of an import that wrote a document, about the document, in the import's own
// transaction: who imported it (the signed-in user, or the OS user of the import command), when, and the
// outcome. The same shape as the audit records of cypher/queries/change/writeAudit.cypher.
MATCH (s:Document {id: $subjectId})
CREATE (a:AuditRecord:Entity {id: randomUUID(), subjectId: $subjectId, who: $who,
        at: datetime.realtime($zone), action: 'IMPORT_DOCUMENT', field: 'document', oldValue: null,
        newValue: $newValue, reason: $reason})
CREATE (a)-[:ABOUT]->(s)
RETURN a {.*} AS node
