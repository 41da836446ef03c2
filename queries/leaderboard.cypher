// name: leaderboard
// description: Methods and models ranked by their best reported score on a dataset in a metric, in the metric's direction (higher_is_better; higher when unknown).
// @param dataset: string = "ImageNet"
// @param metric: string = "accuracy"
// @param limit: integer = 25 default
// row: one method or model with its best score (kind 'score', not gains nor bounds such as 'over 95%'), the paper and sentence reporting it, and how many papers report a score for it.
// Neo4j Browser: run these first
// :param dataset => 'ImageNet'
// :param metric => 'accuracy'
// :param limit => 25
MATCH (d:Entity:Dataset)
WHERE toLower($dataset) IN d.aliases_lower
MATCH (d)<-[:ON_DATASET]-(x:Result)-[:IN_METRIC]->(m:Metric)
WHERE toLower($metric) IN m.aliases_lower AND x.kind = 'score' AND coalesce(x.bound, '') = ''
MATCH (x)-[:ACHIEVED_BY]->(s:Entity)
WITH d, m, s, x, coalesce(m.higher_is_better, true) AS higher
WITH d, m, s, higher, collect(x) AS results, max(CASE WHEN higher THEN x.value ELSE -x.value END) AS signed,
     count(DISTINCT x.paper) AS papers
WITH d, m, s, higher, papers, results, CASE WHEN higher THEN signed ELSE -signed END AS best
UNWIND [y IN results WHERE y.value = best] AS b
WITH d, m, s, higher, papers, best, min(b.key) AS best_key
MATCH (b:Result {key: best_key})
WITH d, m, s, higher, papers, best, b, b.paper AS paper_key
MATCH (p:Paper {key: paper_key})
RETURN s.name AS entity, s.type AS type, best AS value, b.unit AS unit, m.name AS metric, d.name AS dataset,
       higher AS higher_is_better, papers, p.key AS paper, p.title AS title, b.sentence AS evidence
ORDER BY CASE WHEN higher_is_better THEN -value ELSE value END ASC, entity ASC, type ASC, metric ASC,
         dataset ASC, paper ASC, papers DESC, unit ASC, title ASC, evidence ASC
LIMIT $limit
