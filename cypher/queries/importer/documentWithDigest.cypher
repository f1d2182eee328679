// The document imported with these bytes, if any.
MATCH (d:Document {sha256: $sha256})
RETURN d.id AS id
ORDER BY d.id
LIMIT 1
