// name: papers-mentioning
// description: Papers that mention an entity, those that propose it first, then newest first.
// @param entity: string = "BERT"
// @param limit: integer = 50 default
// row: one paper, whether it proposes the entity, its date ('' when unknown) and the sentence of the mention.
// Neo4j Browser: run these first
// :param entity => 'BERT'
// :param limit => 50
MATCH (e:Entity)
WHERE toLower($entity) IN e.aliases_lower
OPTIONAL MATCH (q:Paper)-[:PROPOSES]->(e)
WITH e, collect(q.key) AS proposers
MATCH (p:Paper)-[r:MENTIONS]->(e)
WITH e, p, r, p.key IN proposers AS proposes
RETURN e.name AS entity, p.key AS paper, p.title AS title, coalesce(p.date, '') AS date, proposes,
       r.sentence AS evidence
ORDER BY proposes DESC, date DESC, title ASC, paper ASC, entity ASC, evidence ASC
LIMIT $limit
