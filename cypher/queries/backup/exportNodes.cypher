// Every node but the schema's own records, which each store keeps for itself
MATCH (n)
WHERE NOT n:SchemaMigration
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
