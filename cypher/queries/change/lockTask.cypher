// Takes the task's write lock before reading it, so that the version read cannot change until the
// transaction ends: a plain read followed by a conditional write would let two editors both pass the
// version check (a lost update). The marker property is set and removed in the same statement.
MATCH (t:Task {id: $id})
SET t.changeLock = true
REMOVE t.changeLock
RETURN t {.*} AS node
