// One audit record per changed field, linked to its subject, in the caller's transaction. The time is
// read from the real-time clock after the subject's lock was taken, so records of one subject are in
// the order their changes committed.
MATCH (s:Entity {id: $subjectId})
UNWIND $changes AS c
CREATE (a:AuditRecord:Entity {id: randomUUID(), subjectId: $subjectId, who: $who,
        at: datetime.realtime($zone), action: $action, field: c.field, oldValue: c.oldValue,
        newValue: c.newValue, reason: $reason, version: $version})
CREATE (a)-[:ABOUT]->(s)
RETURN a {.*} AS node
