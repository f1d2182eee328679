// Removes the USER and CURATED edges between the pair; RULE edges stay (the caller refused them).
MATCH (:Task {id: $dependentId})-[r:DEPENDS_ON]->(:Task {id: $prerequisiteId})
WHERE r.basis IN ['USER', 'CURATED']
DELETE r
RETURN count(r) AS removed
