// What falls to one township: the tasks of its own government (direct) and of every collective that
// covers it (inherited, with the collective), plan by plan in document order; direct wins over
// inherited, as in policy/townshipTasks. No row when no township has that id.
MATCH (tw:Township {id: $townshipId})
CALL (tw) {
  MATCH (tw)<-[g:GOVERNS|COVERS]-(a:Agency)-[r:RESPONSIBLE_FOR]->(t:Task)<-[:HAS_TASK]-(p:Plan)<-[c:CONTAINS]-(d:Document)
  WITH t, d.fileName AS file, c.order AS planOrder, a, r, type(g) = 'COVERS' AS inherited
  ORDER BY inherited, r.order
  WITH t, file, planOrder, head(collect({agency: a.name, inherited: inherited})) AS via
  ORDER BY file, planOrder, t.sortKey
  RETURN collect({taskId: t.id, via: via.agency, inherited: via.inherited}) AS tasks
}
RETURN tw.name + CASE WHEN tw.county IS NULL THEN '' ELSE '（' + tw.county + '）' END AS subject, tasks
