// What the progress rule needs of every task: the overdue report asks the rule which are overdue.
MATCH (t:Task)
RETURN t {.id, .dueDate, .status, .doneOn} AS task
