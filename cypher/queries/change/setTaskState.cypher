// Sets a locked task's status (and, for a delay, its expected date) and moves its version on by one.
// doneOn is the day a task became DONE; it is kept while the task stays DONE and cleared otherwise.
MATCH (t:Task {id: $id})
WITH t, coalesce(t.status, 'NOT_STARTED') AS before
SET t.status = $status,
    t.expectedDate = CASE WHEN $setExpectedDate THEN $expectedDate ELSE t.expectedDate END,
    t.doneOn = CASE
      WHEN $status <> 'DONE' THEN null
      WHEN before = 'DONE' THEN t.doneOn
      ELSE $today
    END,
    t.version = coalesce(t.version, 0) + 1
RETURN t {.*} AS node
