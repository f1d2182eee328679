// A new version of a document: remove the nodes the previous version wrote, except tasks whose id survives.
MATCH (n:Entity {documentId: $documentId})
WHERE NOT (n:Task AND n.id IN $surviving)
DETACH DELETE n
