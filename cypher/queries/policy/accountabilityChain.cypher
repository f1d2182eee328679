// The chain of a task: up to its plan, document and issuing government, and from each responsible
// unit up its PART_OF hierarchy. Each row is one link.
MATCH (t:Task {id: $taskId})
CALL (t) {
  MATCH (p:Plan)-[:HAS_TASK]->(t)
  MATCH (d:Document)-[:CONTAINS]->(p)
  RETURN [
    {from: t {.id, label: 'Task', name: coalesce(t.title, left(t.text, 40))}, to: p {.id, label: 'Plan', name: p.title},
     relation: 'IN_PLAN', depth: 0, basis: 'RULE', documentId: d.id, line: t.line, excerpt: t.excerpt},
    {from: p {.id, label: 'Plan', name: p.title}, to: d {.id, label: 'Document', name: coalesce(d.title, d.fileName)},
     relation: 'IN_DOCUMENT', depth: 1, basis: 'RULE', documentId: d.id, line: p.lineStart, excerpt: p.title}
  ] AS links, d
}
CALL (d) {
  OPTIONAL MATCH (d)-[i:ISSUED_BY]->(issuer:Agency)
  OPTIONAL MATCH path = (issuer)-[:PART_OF*0..4]->(top:Agency)
  WHERE NOT (top)-[:PART_OF]->()
  WITH d, i, issuer, path
  RETURN collect(DISTINCT {from: d {.id, label: 'Document', name: coalesce(d.title, d.fileName)},
                 to: issuer {.id, label: 'Agency', name: issuer.name}, relation: 'ISSUED_BY', depth: 2,
                 basis: 'RULE', documentId: d.id, line: 1, excerpt: i.asWritten}) AS issued,
         collect(path) AS issuerPaths
}
CALL (t) {
  MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
  RETURN collect({from: t {.id, label: 'Task', name: coalesce(t.title, left(t.text, 40))},
                  to: a {.id, label: 'Agency', name: a.name}, relation: 'RESPONSIBLE_FOR', role: r.role, depth: 0,
                  basis: r.basis, documentId: r.documentId, line: r.line, excerpt: r.excerpt}) AS responsible,
         collect(a) AS units
}
CALL (units, issuerPaths) {
  WITH COLLECT { UNWIND units AS u MATCH path = (u)-[:PART_OF*1..5]->(:Agency) RETURN path } + issuerPaths AS paths
  UNWIND paths AS path
  UNWIND range(0, length(path) - 1) AS i
  WITH nodes(path)[i] AS a, nodes(path)[i + 1] AS b, relationships(path)[i] AS rel, i
  WITH a, b, head(collect(rel)) AS rel, min(i) AS i
  ORDER BY i, a.id
  RETURN collect({from: a {.id, label: 'Agency', name: a.name}, to: b {.id, label: 'Agency', name: b.name},
                  relation: 'PART_OF', depth: i + 1, basis: rel.basis, reference: rel.source}) AS hierarchy
}
RETURN links + [x IN issued WHERE x.to IS NOT NULL] + responsible + hierarchy AS links
