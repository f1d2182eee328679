// Serialises dependency changes: the cycle check and the write must see the same DEPENDS_ON edges, or
// two concurrent additions could close a cycle that neither saw. Then reads both tasks and the edges
// already between them.
MERGE (l:ChangeLock {id: 'DEPENDS_ON'})
SET l.lockedAt = datetime.realtime()
WITH l
OPTIONAL MATCH (d:Task {id: $dependentId})
OPTIONAL MATCH (p:Task {id: $prerequisiteId})
OPTIONAL MATCH (d)-[r:DEPENDS_ON]->(p)
RETURN d {.*} AS dependent, p {.*} AS prerequisite,
       collect(r {.*, basis: coalesce(r.basis, 'RULE')}) AS edges
