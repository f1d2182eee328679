UNWIND $rows AS row
MATCH (a:_Restore {_backupId: row.start})
MATCH (b:_Restore {_backupId: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
