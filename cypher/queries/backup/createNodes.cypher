// Marked _Restore with the id they had in the backup, until the relationships are in place
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props, n:_Restore, n._backupId = row.id
RETURN count(n) AS created
