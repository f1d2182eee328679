// A batch of the shared nodes a staged document names (townships, enterprises, sections, agencies...):
// those the graph does not hold yet are created owned by nobody (documentIds []) and marked with the
// import's token; the switch claims them (writeSharedNodes, writeAgencies). Existing ones are not touched.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.label), n += row.props, n.documentIds = [], n.stagingId = $token
