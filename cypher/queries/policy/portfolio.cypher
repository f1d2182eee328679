// Counts of one agency's tasks by role, plan, due month and deadline state, all in one statement.
MATCH (:Agency {id: $agencyId})-[r:RESPONSIBLE_FOR]->(t:Task)
WITH t, collect(r.role) AS roles
WITH t,
     CASE WHEN 'LEAD' IN roles THEN 'LEAD' WHEN 'SUPPORT' IN roles THEN 'SUPPORT' ELSE 'TERRITORIAL' END AS role,
     CASE WHEN t.dueDate IS NULL THEN 'NONE' ELSE substring(toString(t.dueDate), 0, 7) END AS month,
     CASE
       WHEN t.dueDate IS NULL THEN 'NO_DEADLINE'
       WHEN coalesce(t.status, 'NOT_STARTED') = 'DONE' THEN 'DONE'
       WHEN t.dueDate < $today THEN 'OVERDUE'
       WHEN t.dueDate <= $today + duration({days: $dueSoonDays}) THEN 'DUE_SOON'
       ELSE 'ON_TRACK'
     END AS state
UNWIND [['role', role], ['plan', t.planId], ['month', month], ['state', state]] AS pair
WITH pair[0] AS dimension, pair[1] AS key, count(*) AS n
ORDER BY dimension, key
RETURN dimension, collect({key: key, count: n}) AS counts
