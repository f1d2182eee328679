// The switch: the staged nodes of one import become the document's nodes. Only labels change here (node
// records); the staging marks are cleared after the switch, in batches (clearStagingMarks), so that the
// switch does not rewrite every property record of the document.
MATCH (n:ImportStaging)
WHERE n.stagingId = $token
WITH n, n.stagedLabel AS label
REMOVE n:ImportStaging
SET n:Entity
SET n:$(label)
