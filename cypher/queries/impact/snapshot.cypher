// Everything the delay analysis walks: tasks and key projects with their dates, and the edges between
// them as "dependent waits for prerequisite": DEPENDS_ON as stored, a body task waits for the annex rows
// that detail it, a task waits for the key projects that implement it.
CALL () {
  MATCH (t:Task)
  RETURN collect({id: t.id, dueDate: t.dueDate, expectedDate: t.expectedDate}) AS tasks
}
CALL () {
  MATCH (p:KeyProject)
  RETURN collect({id: p.id, dueDate: p.dueDate}) AS projects
}
CALL () {
  MATCH (a:Task)-[:DEPENDS_ON]->(b:Task)
  RETURN collect(DISTINCT {dependent: a.id, prerequisite: b.id, type: 'DEPENDS_ON'}) AS dependsOn
}
CALL () {
  MATCH (row:Task)-[:DETAILS]->(body:Task)
  RETURN collect({dependent: body.id, prerequisite: row.id, type: 'DETAILS'}) AS details
}
CALL () {
  MATCH (p:KeyProject)-[:IMPLEMENTS]->(t:Task)
  RETURN collect({dependent: t.id, prerequisite: p.id, type: 'IMPLEMENTS'}) AS implementsEdges
}
RETURN tasks + projects AS nodes, dependsOn + details + implementsEdges AS edges
