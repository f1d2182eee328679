// A document's own nodes (plans, headings, tasks, deadlines, projects, targets), except tasks whose id
// survives in the new version; shared nodes are never deleted here.
MATCH (n:Entity {documentId: $documentId})
WHERE NOT any(l IN labels(n) WHERE l IN $shared) AND NOT (n:Task AND n.id IN $surviving)
DETACH DELETE n
