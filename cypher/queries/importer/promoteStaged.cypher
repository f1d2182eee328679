// The switch: the staged nodes of one import become the document's nodes.
MATCH (n:ImportStaging)
WHERE n.stagingId = $token
WITH n, n.stagedLabel AS label
REMOVE n:ImportStaging
REMOVE n.stagedLabel, n.stagingId
SET n:Entity
SET n:$(label)
