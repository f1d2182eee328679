// Nodes within $depth hops of the start (optionally only over some relationship types and into some
// labels), capped at $limit nodes; then every edge among the nodes kept.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH path = (start)-[*1..4]-(n:Entity)
  WHERE length(path) <= $depth
    AND ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
    AND ($labels IS NULL OR all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))
  WITH n, min(length(path)) AS distance
  ORDER BY distance, n.id
  RETURN collect(n) AS found
}
WITH start, [start] + found[0..($limit - 1)] AS kept, size(found) + 1 > $limit AS truncated
UNWIND kept AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b IN kept AND ($types IS NULL OR type(r) IN $types)
WITH kept, truncated,
     collect(DISTINCT CASE WHEN r IS NOT NULL THEN {id: elementId(r), source: a.id, target: b.id, type: type(r), role: r.role} END) AS edges
RETURN [n IN kept | {id: n.id, label: head([l IN labels(n) WHERE l <> 'Entity']),
        name: coalesce(n.name, n.title, n.text, n.raw, n.id)}] AS nodes,
       edges, truncated
