// Indexes for the lookups the API makes.
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX document_file_name IF NOT EXISTS FOR (n:Document) ON (n.fileName);
CREATE INDEX task_due_date IF NOT EXISTS FOR (n:Task) ON (n.dueDate);
CREATE INDEX task_kind IF NOT EXISTS FOR (n:Task) ON (n.kind);
CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.documentId);
CREATE INDEX task_sort IF NOT EXISTS FOR (n:Task) ON (n.sortKey);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX alias_text IF NOT EXISTS FOR (n:Alias) ON (n.text);
CREATE INDEX township_name IF NOT EXISTS FOR (n:Township) ON (n.name);
CREATE INDEX section_name IF NOT EXISTS FOR (n:MonitoringSection) ON (n.name);
CREATE INDEX audit_subject IF NOT EXISTS FOR (n:AuditRecord) ON (n.subjectId);
