MATCH (a:Agency)-[:COVERS]->(tw:Township)
WHERE a.id IN $ids
RETURN a.id AS owner, tw {.*} AS node
ORDER BY owner, tw.id
