MERGE (r:ReferenceImport {id: 'reference'}) SET r.fingerprint = $fp, r.writtenAt = datetime()
