// What the delayed and affected tasks and projects concern, and who must be told.
UNWIND $ids AS id
MATCH (x:Task|KeyProject {id: id})
CALL (x) {
  OPTIONAL MATCH (x)-[:AFFECTS]->(s:MonitoringSection)
  RETURN collect(DISTINCT s {.*}) AS sections
}
CALL (x) {
  OPTIONAL MATCH (x)-[:LOCATED_IN]->(tw:Township)
  RETURN collect(DISTINCT tw {.*}) AS townships
}
CALL (x) {
  OPTIONAL MATCH (x)-[:CONCERNS]->(e:Enterprise)
  RETURN collect(DISTINCT e {.*}) AS enterprises
}
CALL (x) {
  OPTIONAL MATCH (p:KeyProject)-[:IMPLEMENTS]->(x)
  RETURN collect(DISTINCT p {.*}) AS projects
}
CALL (x) {
  OPTIONAL MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(x)
  WITH a, r ORDER BY r.order
  RETURN collect(CASE WHEN a IS NOT NULL THEN {agency: a {.*}, role: r.role, order: r.order} END) AS units
}
RETURN x.id AS id, x:KeyProject AS isProject, x {.*} AS node, sections, townships, enterprises, projects, units
