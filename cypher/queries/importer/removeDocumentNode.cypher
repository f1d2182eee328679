MATCH (d:Document {id: $documentId}) DETACH DELETE d
