MATCH (t:Task)
RETURN t.id AS id, t.planId AS planId, t.documentId AS documentId, t.kind AS kind, t.path AS path,
       t.title AS title, t.text AS text, t.line AS line
