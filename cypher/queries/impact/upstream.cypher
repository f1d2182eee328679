// What blocks one task, and nothing else: from the task, every prerequisite upstream of it (the task
// it DEPENDS_ON, the annex rows that detail it, the key projects that implement it), found
// breadth-first with each node visited once, then the dates of those nodes and the edges out of them
// towards their own prerequisites.
MATCH (start:Entity {id: $taskId})
WHERE start:Task OR start:KeyProject
CALL (start) {
  OPTIONAL MATCH (start) ((a)-[r:DEPENDS_ON|DETAILS|IMPLEMENTS]-(b)
      WHERE (r:DEPENDS_ON AND startNode(r) = a AND a:Task AND b:Task)
         OR (r:DETAILS AND startNode(r) = b AND a:Task AND b:Task)
         OR (r:IMPLEMENTS AND startNode(r) = b AND a:Task AND b:KeyProject))+ (n)
  RETURN collect(DISTINCT n) AS reached
}
UNWIND [start] + reached AS x
WITH DISTINCT x
WITH x,
     [(x)-[:DEPENDS_ON]->(prerequisite:Task) WHERE x:Task | {dependent: x.id, prerequisite: prerequisite.id, type: 'DEPENDS_ON'}]
     + [(row:Task)-[:DETAILS]->(x) WHERE x:Task | {dependent: x.id, prerequisite: row.id, type: 'DETAILS'}]
     + [(p:KeyProject)-[:IMPLEMENTS]->(x) WHERE x:Task | {dependent: x.id, prerequisite: p.id, type: 'IMPLEMENTS'}] AS out
RETURN collect({id: x.id, dueDate: x.dueDate, expectedDate: x.expectedDate}) AS nodes,
       reduce(all = [], e IN collect(out) | all + e) AS edges
