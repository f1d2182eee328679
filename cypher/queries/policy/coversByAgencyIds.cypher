UNWIND $ids AS owner
MATCH (:Agency {id: owner})-[:COVERS]->(tw:Township)
RETURN owner, tw {.*} AS node
ORDER BY owner, tw.id
