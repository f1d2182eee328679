// The tasks overdue on the day (the ids the progress rule chose, $ids), by LEAD unit and by township
// (its government's tasks and those of collectives covering it); counts computed here.
MATCH (t:Task)
WHERE t.id IN $ids
WITH collect(t) AS overdue
CALL (overdue) {
  UNWIND overdue AS t
  MATCH (a:Agency)-[:RESPONSIBLE_FOR {role: 'LEAD'}]->(t)
  WITH a, t ORDER BY t.dueDate, t.sortKey
  WITH a, collect(DISTINCT t {.*}) AS tasks
  ORDER BY size(tasks) DESC, a.name
  RETURN collect({agency: a {.*}, count: size(tasks), tasks: tasks}) AS byAgency
}
CALL (overdue) {
  UNWIND overdue AS t
  MATCH (tw:Township)<-[:GOVERNS|COVERS]-(:Agency)-[:RESPONSIBLE_FOR]->(t)
  WITH tw, t ORDER BY t.dueDate, t.sortKey
  WITH tw, collect(DISTINCT t {.*}) AS tasks
  ORDER BY size(tasks) DESC, tw.name
  RETURN collect({township: tw {.*}, count: size(tasks), tasks: tasks}) AS byTownship
}
RETURN size(overdue) AS total, byAgency, byTownship
