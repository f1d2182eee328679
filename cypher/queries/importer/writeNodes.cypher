// Every node but agencies; the label comes from the NodeLabel enum, never from input text.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.props
