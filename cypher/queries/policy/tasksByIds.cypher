MATCH (t:Task) WHERE t.id IN $ids
RETURN t.id AS owner, t {.*} AS node
