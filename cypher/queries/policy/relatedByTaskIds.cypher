// Things a task names or touches, by relationship type; $type is checked against a fixed list in Java.
UNWIND $ids AS owner
MATCH (t:Task {id: owner})-[r]-(n)
WHERE type(r) = $type AND $label IN labels(n)
  AND (($direction = 'OUT' AND startNode(r) = t) OR ($direction = 'IN' AND endNode(r) = t))
WITH owner, n, min(coalesce(r.order, 0)) AS ord
RETURN owner, n {.*} AS node
ORDER BY owner, ord, n.id
