MATCH (d:Document)
WHERE $ids IS NULL OR d.id IN $ids
RETURN d {.*} AS node
ORDER BY d.fileName
