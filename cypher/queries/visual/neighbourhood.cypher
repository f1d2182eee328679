// Nodes within $depth hops of the start (optionally only over some relationship types and into some
// labels), capped at $limit nodes; then every edge among the nodes kept. A variable-length bound
// cannot be a parameter, so there is one branch per depth and only the one for $depth runs: paths
// are expanded to the depth asked, not to 4 and filtered (depth 2 from a task: 147 paths, not 14,000).
// Depths beyond 4 answer as 4, as before.
MATCH (start:Entity {id: $id})
CALL (start) {
  CALL (start) {
    WITH start WHERE $depth = 1
    MATCH path = (start)-[*1..1]-(n:Entity)
    WHERE ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
      AND ($labels IS NULL OR all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))
    RETURN n, length(path) AS hops
    UNION ALL
    WITH start WHERE $depth = 2
    MATCH path = (start)-[*1..2]-(n:Entity)
    WHERE ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
      AND ($labels IS NULL OR all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))
    RETURN n, length(path) AS hops
    UNION ALL
    WITH start WHERE $depth = 3
    MATCH path = (start)-[*1..3]-(n:Entity)
    WHERE ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
      AND ($labels IS NULL OR all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))
    RETURN n, length(path) AS hops
    UNION ALL
    WITH start WHERE $depth >= 4
    MATCH path = (start)-[*1..4]-(n:Entity)
    WHERE ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
      AND ($labels IS NULL OR all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))
    RETURN n, length(path) AS hops
  }
  WITH n, min(hops) AS distance
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
