// Relationships between nodes several documents share, merged. A template: the type placeholder is
// replaced by a relationship type from the RelType enum (never input text), because MERGE with a dynamic type
// cannot use the type to narrow its search.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:%s {key: row.key}]->(b)
SET r += row.props
