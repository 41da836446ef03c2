// name: model-lineage
// description: What a model (or method) is fine-tuned from, based on or a size variant of, and what builds on it, up to a depth (1 to 5).
// @param model: string = "Llama 2"
// @param depth: integer = 3 default
// @param limit: integer = 100 default
// row: one chain: direction ('builds on' = ancestors, 'built on by' = descendants), the entity at its end, the distance and the chain of relationships.
// Neo4j Browser: run these first
// :param model => 'Llama 2'
// :param depth => 3
// :param limit => 100
MATCH (m:Entity)
WHERE toLower($model) IN m.aliases_lower
OPTIONAL MATCH up = (m)-[:FINE_TUNED_FROM|BASED_ON|VARIANT_OF*1..5]->(a:Entity)
WHERE length(up) <= $depth AND a <> m
WITH m, collect(CASE WHEN up IS NULL THEN null ELSE
       {direction: 'builds on', name: a.name, type: a.type, distance: length(up),
        chain: reduce(s = m.name, i IN range(0, coalesce(length(up), 0) - 1) |
               s + ' -' + type(relationships(up)[i]) + '-> ' + nodes(up)[i + 1].name)} END) AS ups
OPTIONAL MATCH down = (m)<-[:FINE_TUNED_FROM|BASED_ON|VARIANT_OF*1..5]-(b:Entity)
WHERE length(down) <= $depth AND b <> m
WITH m, ups, collect(CASE WHEN down IS NULL THEN null ELSE
       {direction: 'built on by', name: b.name, type: b.type, distance: length(down),
        chain: reduce(s = m.name, i IN range(0, coalesce(length(down), 0) - 1) |
               s + ' <-' + type(relationships(down)[i]) + '- ' + nodes(down)[i + 1].name)} END) AS downs
UNWIND ups + downs AS row
WITH DISTINCT m.name AS model, row.direction AS direction, row.name AS entity, row.type AS type,
     row.distance AS distance, row.chain AS chain
RETURN model, direction, entity, type, distance, chain
ORDER BY direction DESC, distance ASC, entity ASC, type ASC, chain ASC, model ASC
LIMIT $limit
