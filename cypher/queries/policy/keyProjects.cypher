MATCH (p:KeyProject)
RETURN p {.*} AS node
ORDER BY p.id
