// A task's state at the end of a day (China time), from its audit records: the last status and
// expected-date changes and the last version written before the day ended. No record: NOT_STARTED, 0.
MATCH (t:Task {id: $id})
OPTIONAL MATCH (a:AuditRecord {subjectId: t.id})
WHERE a.at < datetime({date: $date + duration({days: 1}), timezone: $zone})
WITH t, a ORDER BY a.at DESC, coalesce(a.version, -1) DESC, a.field DESC
WITH t, collect(a) AS records
RETURN t.id AS taskId,
       head([a IN records WHERE a.field = 'status' | a.newValue]) AS status,
       head([a IN records WHERE a.field = 'expectedDate' | a.newValue]) AS expectedDate,
       head([a IN records WHERE a.version IS NOT NULL | a.version]) AS version,
       head([a IN records | a {.*}]) AS lastChange
