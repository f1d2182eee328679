UNWIND $ids AS owner
MATCH (tw:Township {id: owner})
RETURN owner,
       COUNT { MATCH (tw)<-[:GOVERNS]-(:Agency)-[:RESPONSIBLE_FOR]->(t:Task) RETURN DISTINCT t } AS direct,
       COUNT { MATCH (tw)<-[:COVERS]-(:Agency)-[:RESPONSIBLE_FOR]->(t:Task)
               WHERE NOT EXISTS { (tw)<-[:GOVERNS]-(:Agency)-[:RESPONSIBLE_FOR]->(t) } RETURN DISTINCT t } AS inherited
