// The tasks one unit is responsible for in any role, plan by plan in document order; no row when no
// unit has that id.
MATCH (a:Agency {id: $agencyId})
CALL (a) {
  MATCH (a)-[:RESPONSIBLE_FOR]->(t:Task)<-[:HAS_TASK]-(p:Plan)<-[c:CONTAINS]-(d:Document)
  WITH DISTINCT t, d.fileName AS file, c.order AS planOrder
  ORDER BY file, planOrder, t.sortKey
  RETURN collect(t.id) AS taskIds
}
RETURN a.name + CASE WHEN a.jurisdiction IS NULL OR a.name STARTS WITH a.jurisdiction THEN ''
                     ELSE '（' + a.jurisdiction + '）' END AS subject, taskIds
