// Staged nodes of one import ($token), or of every import that did not finish ($token null).
MATCH (n:ImportStaging)
WHERE $token IS NULL OR n.stagingId = $token
RETURN count(n) AS n
