// Indexes that let every task filter of the API start from an index instead of testing every task.
// A plan's tasks in document order: one ordered seek (planId, then sortKey), so a page needs no sort.
CREATE INDEX task_plan_sort IF NOT EXISTS FOR (n:Task) ON (n.planId, n.sortKey);
// "due before": any BY_DATE deadline of a task on or before the day, found from the Deadline nodes.
CREATE INDEX deadline_date IF NOT EXISTS FOR (n:Deadline) ON (n.date);
// "text contains": a substring of the task's text.
CREATE TEXT INDEX task_text IF NOT EXISTS FOR (n:Task) ON (n.text);
