// name: entity-aliases
// description: Every surface form an entity was seen as, looked up by its name or any alias (any case).
// @param entity: string = "BERT"
// row: one alias of the matched entity, with the entity's display name, type and key.
// Neo4j Browser: run these first
// :param entity => 'BERT'
MATCH (e:Entity)
WHERE toLower($entity) IN e.aliases_lower
UNWIND e.aliases AS alias
RETURN e.name AS name, e.type AS type, e.key AS key, alias
ORDER BY name ASC, type ASC, key ASC, alias ASC
