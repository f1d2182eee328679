// An agency named by several documents keeps every alias any of them wrote.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Agency
WITH n, row, coalesce(n.aliases, []) AS before
SET n += row.props
SET n.aliases = reduce(acc = before, a IN coalesce(row.props.aliases, []) |
    CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)
