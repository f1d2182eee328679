// After the switch: the staging marks of the promoted and claimed nodes go, in committed batches
// ($token null: marks a crash left between a switch and this clearing).
MATCH (n:Entity)
WHERE n.stagingId IS NOT NULL AND ($token IS NULL OR n.stagingId = $token)
CALL (n) {
  REMOVE n.stagingId, n.stagedLabel
} IN TRANSACTIONS OF 2000 ROWS
