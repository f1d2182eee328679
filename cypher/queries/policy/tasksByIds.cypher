UNWIND $ids AS owner
MATCH (t:Task {id: owner})
RETURN owner, t {.*} AS node
