MERGE (s:SeedImport {dir: $dir}) SET s.complete = true, s.completedAt = datetime()
