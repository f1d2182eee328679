MATCH (p:Plan {id: $planId})-[:HAS_TASK]->(t:Task)
WITH p, collect(t) AS tasks
CALL (tasks) {
  UNWIND tasks AS t
  WITH t.kind AS key, count(*) AS n ORDER BY key
  RETURN collect({key: key, count: n}) AS byKind
}
CALL (tasks) {
  UNWIND tasks AS t
  MATCH (a:Agency)-[:RESPONSIBLE_FOR {role: 'LEAD'}]->(t)
  WITH a.name AS key, count(DISTINCT t) AS n ORDER BY n DESC, key
  RETURN collect({key: key, count: n}) AS leads
}
RETURN byKind, leads, size([t IN tasks WHERE t.dueDate IS NOT NULL]) AS dated
