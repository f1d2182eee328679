MATCH (r:ReferenceImport {fingerprint: $fp}) RETURN count(r) > 0 AS current
