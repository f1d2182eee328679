// Counts of one agency's tasks by role, plan and due month, all in one statement. The counts by
// deadline state come from the one progress rule in Java, over portfolioProgress.cypher.
MATCH (:Agency {id: $agencyId})-[r:RESPONSIBLE_FOR]->(t:Task)
WITH t, collect(r.role) AS roles
WITH t,
     CASE WHEN 'LEAD' IN roles THEN 'LEAD' WHEN 'SUPPORT' IN roles THEN 'SUPPORT' ELSE 'TERRITORIAL' END AS role,
     CASE WHEN t.dueDate IS NULL THEN 'NONE' ELSE substring(toString(t.dueDate), 0, 7) END AS month
UNWIND [['role', role], ['plan', t.planId], ['month', month]] AS pair
WITH pair[0] AS dimension, pair[1] AS key, count(*) AS n
ORDER BY dimension, key
RETURN dimension, collect({key: key, count: n}) AS counts
