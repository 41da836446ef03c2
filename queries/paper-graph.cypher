// name: paper-graph
// description: Everything extracted from one paper (key or exact title, any case), with evidence sentences.
// @param paper: string = "UL2: Unifying Language Learning Paradigms"
// @param limit: integer = 200 default
// row: one relationship: from the paper to an entity it mentions or proposes, or between entities, stated in that paper.
// Neo4j Browser: run these first
// :param paper => 'UL2: Unifying Language Learning Paradigms'
// :param limit => 200
WITH toLower($paper) AS lower
WITH lower, head([i IN range(0, size(lower) - 1)
       WHERE NOT ('abcdefghijklmnopqrstuvwxyz0123456789' CONTAINS substring(lower, i, 1)
                  OR (i > 0 AND substring(lower, i - 1, 2) <> '  ' AND substring(lower, i, 1) = ' '))]
       + [size(lower)]) AS stop
WITH lower, trim(substring(lower, 0, stop)) AS title_start
OPTIONAL MATCH (k:Paper {key: $paper})
WITH lower, title_start, collect(k) AS by_key
OPTIONAL MATCH (t:Paper)
WHERE t.title_norm >= title_start AND t.title_norm < title_start + '{' AND toLower(t.title) = lower
WITH by_key, collect(t) AS by_title
UNWIND by_key + by_title AS p
WITH DISTINCT p
OPTIONAL MATCH (p)-[pr:MENTIONS|PROPOSES]->(e:Entity)
WITH p, collect(CASE WHEN e IS NULL THEN null ELSE
       {relation: type(pr), source: 'Paper', source_type: 'Paper', target: e.name, target_type: e.type,
        evidence: pr.sentence, rule: pr.rule, confidence: pr.confidence} END) AS own
OPTIONAL MATCH (p)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity)
WHERE r.paper = p.key
WITH p, own, collect(CASE WHEN r IS NULL THEN null ELSE
       {relation: type(r), source: a.name, source_type: a.type, target: b.name, target_type: b.type,
        evidence: r.sentence, rule: r.rule, confidence: r.confidence} END) AS between
UNWIND own + between AS row
RETURN p.key AS paper, row.relation AS relation, row.source AS source, row.source_type AS source_type,
       row.target AS target, row.target_type AS target_type, row.evidence AS evidence, row.rule AS rule,
       row.confidence AS confidence
ORDER BY paper ASC, relation ASC, source ASC, target ASC, source_type ASC, target_type ASC, evidence ASC,
         rule ASC, confidence DESC
LIMIT $limit
