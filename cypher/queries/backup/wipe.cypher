// Everything but the schema's records; constraints and indexes stay
MATCH (n)
WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
