// An agency named by several documents keeps every alias any of them wrote; its owner set is kept as for
// other shared nodes, and its properties are set by the first writer or by its only owner.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:Agency
WITH n, row, coalesce(n.aliases, []) AS before, coalesce(n.documentIds, []) AS owned
WITH n, row, before, CASE WHEN $documentId IS NULL OR $documentId IN owned THEN owned
    ELSE COLLECT { UNWIND owned + $documentId AS d RETURN d ORDER BY d } END AS owners
SET n.documentIds = owners
SET n.referenceData = CASE WHEN $documentId IS NULL THEN true ELSE n.referenceData END
FOREACH (_ IN CASE WHEN owners = [] OR owners = [$documentId] OR n.name IS NULL THEN [1] ELSE [] END |
    SET n += row.props)
SET n.aliases = reduce(acc = before, a IN coalesce(row.props.aliases, []) |
    CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)
