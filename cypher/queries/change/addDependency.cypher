// A dependency entered by a user; key USER keeps it apart from the importer's edges between the pair.
MATCH (d:Task {id: $dependentId}), (p:Task {id: $prerequisiteId})
CREATE (d)-[r:DEPENDS_ON {basis: 'USER', key: 'USER', reason: $reason, createdBy: $who,
        createdAt: datetime.realtime($zone)}]->(p)
RETURN r {.*} AS edge
