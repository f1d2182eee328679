MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS existed
