// name: methods-evaluated-on
// description: Methods and models evaluated on a dataset (name or alias, any case), most papers first.
// @param dataset: string = "ImageNet"
// @param limit: integer = 50 default
// row: one method or model, how many papers evaluate it on the dataset, and one evidence sentence.
// Neo4j Browser: run these first
// :param dataset => 'ImageNet'
// :param limit => 50
MATCH (d:Entity:Dataset)
WHERE toLower($dataset) IN d.aliases_lower
MATCH (m:Entity)-[r:EVALUATED_ON]->(d)
WITH m, d, count(DISTINCT r.paper) AS papers, min(r.paper) AS first_paper
MATCH (m)-[e:EVALUATED_ON {paper: first_paper}]->(d)
RETURN m.name AS method, m.type AS type, d.name AS dataset, papers, e.sentence AS evidence
ORDER BY papers DESC, method ASC, type ASC, dataset ASC, evidence ASC
LIMIT $limit
