// Chinese full-text search. The cjk analyzer indexes character bigrams, so the API quotes a
// multi-character query to match it as a phrase and falls back to CONTAINS for one character.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Task|Agency|KeyProject|MonitoringSection|Enterprise|Township)
ON EACH [n.name, n.text, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
