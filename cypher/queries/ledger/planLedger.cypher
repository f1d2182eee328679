// The tasks of one plan in document order; no row when no plan has that id.
MATCH (d:Document)-[:CONTAINS]->(p:Plan {id: $planId})
CALL (p) {
  MATCH (p)-[:HAS_TASK]->(t:Task)
  WITH t ORDER BY t.sortKey
  RETURN collect(t.id) AS taskIds
}
RETURN p.title + '（' + coalesce(d.docNumber, d.title, d.fileName) + '）' AS subject, taskIds
