// Removes the staged nodes of imports that did not finish ($token null: all of them), in batches.
MATCH (n:ImportStaging)
WHERE $token IS NULL OR n.stagingId = $token
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
