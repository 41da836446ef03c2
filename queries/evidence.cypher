// name: evidence
// description: Why the graph says SOURCE -RELATION-> TARGET: every sentence that states it.
// @param source: string = "GPT-2"
// @param target: string = "ImageNet"
// row: one paper's sentence for the relationship, with the rule that read it and its confidence.
// :param source => 'GPT-2'
// :param target => 'ImageNet'
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (toLower(a.name) = toLower($source) OR toLower($source) IN a.aliases_lower)
  AND (toLower(b.name) = toLower($target) OR toLower($target) IN b.aliases_lower)
MATCH (p:Paper {key: r.paper})
RETURN type(r) AS relation, a.name AS source, b.name AS target, p.title AS paper, r.sentence AS sentence,
       r.rule AS rule, r.confidence AS confidence
ORDER BY relation ASC, paper ASC
