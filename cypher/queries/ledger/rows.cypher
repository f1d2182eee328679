// The ledger columns of the given tasks, in the order given: the task, its plan and document, its
// units in bracket order with the line that assigns each, and its deadlines as written.
UNWIND range(0, size($ids) - 1) AS i
MATCH (t:Task {id: $ids[i]})<-[:HAS_TASK]-(p:Plan)<-[:CONTAINS]-(d:Document)
CALL (t) {
  MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
  WITH a, r ORDER BY r.order
  RETURN collect({role: r.role, asWritten: r.asWritten, name: a.name, line: r.line}) AS units
}
CALL (t) {
  MATCH (t)-[h:HAS_DEADLINE]->(dl:Deadline)
  WITH dl, h ORDER BY h.order
  RETURN collect(dl.raw) AS deadlines
}
RETURN t {.*} AS task, p.id AS planId, p.title AS planTitle, coalesce(d.docNumber, d.title, d.fileName) AS document,
       units, deadlines
ORDER BY i
