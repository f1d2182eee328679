// A township's tasks: those of its own government (direct) and, when asked, those of every collective
// that covers it (inherited). One row per task, direct winning over inherited.
MATCH (tw:Township {id: $townshipId})<-[g:GOVERNS|COVERS]-(a:Agency)-[r:RESPONSIBLE_FOR]->(t:Task)
WHERE $includeInherited OR type(g) = 'GOVERNS'
WITH t, a, r, type(g) = 'COVERS' AS inherited
ORDER BY t.sortKey, inherited, r.order
WITH t, head(collect({agency: a {.*}, role: r.role, inherited: inherited})) AS via
WITH collect({task: t {.*}, via: via}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page
