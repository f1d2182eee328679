MATCH (n)
WHERE NOT n:SchemaMigration
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
