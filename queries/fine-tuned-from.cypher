// name: fine-tuned-from
// description: Base models a model is fine-tuned from, and the models fine-tuned from it, with the papers that say so.
// @param model: string = "Llama 2"
// @param limit: integer = 50 default
// row: one base or derived model, the direction ('fine-tuned from' or 'base of'), how many papers state it and one sentence.
// Neo4j Browser: run these first
// :param model => 'Llama 2'
// :param limit => 50
MATCH (m:Entity)
WHERE toLower($model) IN m.aliases_lower
MATCH (m)-[r:FINE_TUNED_FROM]-(o:Entity)
WHERE o <> m
WITH m, o, CASE WHEN startNode(r) = m THEN 'fine-tuned from' ELSE 'base of' END AS direction,
     count(DISTINCT r.paper) AS papers, min(r.paper) AS first_paper
MATCH (m)-[w:FINE_TUNED_FROM {paper: first_paper}]-(o)
WHERE (direction = 'fine-tuned from') = (startNode(w) = m)
RETURN m.name AS model, direction, o.name AS other, o.type AS type, papers, first_paper AS paper,
       w.sentence AS evidence
ORDER BY direction DESC, papers DESC, other ASC, type ASC, model ASC, paper ASC, evidence ASC
LIMIT $limit
