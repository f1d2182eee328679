// Candidates for the overdue ledger: every task with a BY_DATE deadline before $asOf, plan by plan,
// earliest due first. Whether each is overdue (a done task is not) is decided by DeadlineStates.
MATCH (t:Task)<-[:HAS_TASK]-(p:Plan)<-[c:CONTAINS]-(d:Document)
WHERE t.dueDate < $asOf
WITH t, d.fileName AS file, c.order AS planOrder
ORDER BY file, planOrder, t.dueDate, t.sortKey
RETURN collect(t.id) AS taskIds
