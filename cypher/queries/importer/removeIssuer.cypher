MATCH (:Document {id: $documentId})-[r:ISSUED_BY]->() DELETE r
