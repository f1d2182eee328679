UNWIND $ids AS owner
MATCH (t:Entity {id: owner})-[h:HAS_DEADLINE]->(d:Deadline)
RETURN owner, d {.*} AS node
ORDER BY owner, h.order
