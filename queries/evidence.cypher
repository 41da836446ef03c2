// name: evidence
// description: Why the graph says SOURCE -RELATION-> TARGET: every paper sentence that states it.
// @param source: string = "FixMatch"
// @param target: string = "CIFAR-10"
// @param limit: integer = 100 default
// row: one paper's sentence for the relationship, with the rule that read it and its confidence.
// Neo4j Browser: run these first
// :param source => 'FixMatch'
// :param target => 'CIFAR-10'
// :param limit => 100
MATCH (a:Entity)-[r]->(b:Entity)
WHERE toLower($source) IN a.aliases_lower
  AND toLower($target) IN b.aliases_lower
  AND r.paper IS NOT NULL
MATCH (p:Paper {key: r.paper})
RETURN type(r) AS relation, a.name AS source, b.name AS target, p.key AS paper, p.title AS title,
       r.sentence AS sentence, r.rule AS rule, r.confidence AS confidence
ORDER BY relation ASC, confidence DESC, paper ASC, source ASC, target ASC, sentence ASC, rule ASC
LIMIT $limit
