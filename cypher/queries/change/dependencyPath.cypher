// The shortest DEPENDS_ON path from one task to another, as ids; no row when there is none.
MATCH (from:Task {id: $fromId}), (to:Task {id: $toId})
MATCH path = shortestPath((from)-[:DEPENDS_ON*1..]->(to))
RETURN [n IN nodes(path) | n.id] AS ids
