MATCH (tw:Township) WHERE tw.id IN $ids
RETURN tw.id AS owner,
       COUNT { MATCH (tw)<-[:GOVERNS]-(:Agency)-[:RESPONSIBLE_FOR]->(t:Task) RETURN DISTINCT t } AS direct,
       COUNT { MATCH (tw)<-[:COVERS]-(:Agency)-[:RESPONSIBLE_FOR]->(t:Task)
               WHERE NOT EXISTS { (tw)<-[:GOVERNS]-(:Agency)-[:RESPONSIBLE_FOR]->(t) } RETURN DISTINCT t } AS inherited
