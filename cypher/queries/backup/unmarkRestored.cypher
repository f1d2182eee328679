MATCH (n:_Restore)
CALL (n) {
  REMOVE n:_Restore, n._backupId
} IN TRANSACTIONS OF 5000 ROWS
