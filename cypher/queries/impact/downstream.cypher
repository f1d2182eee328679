// What a delay of one task (or key project) can reach, and nothing else: from the node, every task
// downstream of it (a dependent waits for its prerequisite: DEPENDS_ON as stored, a body task for the
// annex rows that detail it, a task for the key projects that implement it), found breadth-first with
// each node visited once, then the dates of those nodes and the edges out of them. The reached set is
// closed under these edges, so the analysis answers as it would over the whole graph.
MATCH (start:Entity {id: $taskId})
WHERE start:Task OR start:KeyProject
CALL (start) {
  OPTIONAL MATCH (start) ((a)-[r:DEPENDS_ON|DETAILS|IMPLEMENTS]-(b)
      WHERE (r:DEPENDS_ON AND startNode(r) = b AND a:Task AND b:Task)
         OR (r:DETAILS AND startNode(r) = a AND a:Task AND b:Task)
         OR (r:IMPLEMENTS AND startNode(r) = a AND a:KeyProject AND b:Task))+ (n)
  RETURN collect(DISTINCT n) AS reached
}
UNWIND [start] + reached AS x
WITH DISTINCT x
WITH x,
     [(dependent:Task)-[:DEPENDS_ON]->(x) WHERE x:Task | {dependent: dependent.id, prerequisite: x.id, type: 'DEPENDS_ON'}]
     + [(x)-[:DETAILS]->(body:Task) WHERE x:Task | {dependent: body.id, prerequisite: x.id, type: 'DETAILS'}]
     + [(x)-[:IMPLEMENTS]->(t:Task) WHERE x:KeyProject | {dependent: t.id, prerequisite: x.id, type: 'IMPLEMENTS'}] AS out
RETURN collect({id: x.id, dueDate: x.dueDate, expectedDate: x.expectedDate}) AS nodes,
       reduce(all = [], e IN collect(out) | all + e) AS edges
