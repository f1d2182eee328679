MATCH (a)-[r]->(b)
WHERE NOT a:SchemaMigration AND NOT b:SchemaMigration
RETURN type(r) AS type, count(*) AS count
ORDER BY type
