MATCH (tw:Township)
WHERE ($name IS NULL OR tw.name = $name OR $name IN coalesce(tw.aliases, []))
  AND ($county IS NULL OR tw.county = $county)
RETURN tw {.*} AS node
ORDER BY tw.id
