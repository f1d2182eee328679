// What the progress rule needs of each of one agency's tasks (each task once).
MATCH (:Agency {id: $agencyId})-[:RESPONSIBLE_FOR]->(t:Task)
WITH DISTINCT t
RETURN t {.id, .dueDate, .status, .doneOn} AS task
