MATCH (d:Document {sha256: $sha256}) RETURN count(d) > 0 AS found
