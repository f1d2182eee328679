// One statement per page: the filtered, ordered tasks, their total, and the requested slice.
MATCH (t:Task)
WHERE ($planId IS NULL OR t.planId = $planId)
  AND ($kind IS NULL OR t.kind = $kind)
  AND ($dueBefore IS NULL OR any(d IN coalesce(t.dueDates, []) WHERE d <= $dueBefore))
  AND ($dueAfter IS NULL OR any(d IN coalesce(t.dueDates, []) WHERE d >= $dueAfter))
  AND ($text IS NULL OR t.text CONTAINS $text)
  AND ($agencyId IS NULL OR EXISTS {
        MATCH (:Agency {id: $agencyId})-[r:RESPONSIBLE_FOR]->(t)
        WHERE $role IS NULL OR r.role = $role })
  AND ($agency IS NULL OR EXISTS {
        MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
        WHERE ($role IS NULL OR r.role = $role)
          AND (($jurisdiction IS NULL OR a.jurisdiction = $jurisdiction) AND a.name = $agency
               OR EXISTS { MATCH (al:Alias {text: $agency})-[:NAMES]->(a)
                           WHERE $jurisdiction IS NULL OR al.jurisdiction = $jurisdiction OR a.jurisdiction = $jurisdiction }) })
  AND ($township IS NULL OR EXISTS {
        MATCH (tw:Township {name: $township})<-[:GOVERNS|COVERS]-(:Agency)-[:RESPONSIBLE_FOR]->(t) })
WITH t
ORDER BY
  CASE WHEN $order = 'DOCUMENT_ORDER' THEN 0 WHEN t.dueDate IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $order = 'DUE_DATE_ASC' THEN t.dueDate END ASC,
  CASE WHEN $order = 'DUE_DATE_DESC' THEN t.dueDate END DESC,
  t.sortKey
WITH collect(t) AS tasks
RETURN size(tasks) AS total, [x IN tasks[$offset..($offset + $limit)] | x {.*}] AS page
