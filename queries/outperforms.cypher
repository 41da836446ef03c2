// name: outperforms
// description: What a method or model is reported to outperform, and what is reported to outperform it.
// @param entity: string = "LoRA"
// @param limit: integer = 50 default
// row: one counterpart, the direction ('outperforms' or 'outperformed by'), how many papers say so and one such sentence.
// Neo4j Browser: run these first
// :param entity => 'LoRA'
// :param limit => 50
MATCH (e:Entity)
WHERE toLower($entity) IN e.aliases_lower
MATCH (e)-[r:OUTPERFORMS]-(o:Entity)
WHERE o <> e
WITH e, o, CASE WHEN startNode(r) = e THEN 'outperforms' ELSE 'outperformed by' END AS direction,
     count(DISTINCT r.paper) AS papers, min(r.paper) AS first_paper
MATCH (e)-[w:OUTPERFORMS {paper: first_paper}]-(o)
WHERE (direction = 'outperforms') = (startNode(w) = e)
RETURN e.name AS entity, direction, o.name AS counterpart, o.type AS type, papers, first_paper AS paper,
       w.sentence AS evidence
ORDER BY direction DESC, papers DESC, counterpart ASC, type ASC, entity ASC, paper ASC, evidence ASC
LIMIT $limit
