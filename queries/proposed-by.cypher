// name: proposed-by
// description: What a paper (key or exact title, any case) proposes: its new methods, models, datasets, metrics or tasks.
// @param paper: string = "UL2: Unifying Language Learning Paradigms"
// row: one proposed entity with its type and the sentence that introduces it.
// Neo4j Browser: run these first
// :param paper => 'UL2: Unifying Language Learning Paradigms'
MATCH (p:Paper)
WHERE p.key = $paper OR toLower(p.title) = toLower($paper)
MATCH (p)-[r:PROPOSES]->(e:Entity)
RETURN p.key AS paper, e.name AS entity, e.type AS type, r.sentence AS evidence, r.confidence AS confidence
ORDER BY paper ASC, type ASC, entity ASC, evidence ASC, confidence DESC
