// Audit records about one node, newest first; the version breaks ties between records of one change.
MATCH (a:AuditRecord {subjectId: $id})
RETURN a {.*} AS node
ORDER BY a.at DESC, coalesce(a.version, -1) DESC, a.field DESC
