MATCH (t:Task|KeyProject)-[h:HAS_DEADLINE]->(d:Deadline)
WHERE t.id IN $ids
RETURN t.id AS owner, d {.*} AS node
ORDER BY owner, h.order
