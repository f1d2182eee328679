// A seed folder counts as imported when its marker says so and the graph still holds documents.
OPTIONAL MATCH (s:SeedImport {dir: $dir})
WITH coalesce(s.complete, false) AS marked
RETURN marked AND EXISTS { MATCH (:Document) } AS complete
