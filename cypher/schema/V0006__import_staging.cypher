// A document is written in committed batches as ImportStaging nodes, found again by id while its
// relationships are staged and at the switch that makes them the document's nodes.
CREATE INDEX import_staging_id IF NOT EXISTS FOR (n:ImportStaging) ON (n.id);
// After the switch the staging marks are cleared in batches; only nodes still marked are in this index.
CREATE INDEX import_staging_mark IF NOT EXISTS FOR (n:Entity) ON (n.stagingId);
