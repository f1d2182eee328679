// Things a task names or touches, by relationship type; $type is checked against a fixed list in Java.
MATCH (t:Task)-[r]-(n)
WHERE t.id IN $ids AND type(r) = $type AND $label IN labels(n)
  AND (($direction = 'OUT' AND startNode(r) = t) OR ($direction = 'IN' AND endNode(r) = t))
WITH t, n, min(coalesce(r.order, 0)) AS ord
RETURN t.id AS owner, n {.*} AS node
ORDER BY owner, ord, n.id
