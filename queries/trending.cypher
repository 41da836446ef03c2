// name: trending
// description: Entities whose paper count grows: papers mentioning them in the last N months (up to the newest dated paper) against the N months before; optionally of one type.
// @param type: string = "" default
// @param months: integer = 6 default
// @param min_papers: integer = 2 default
// @param limit: integer = 25 default
// row: one entity with its papers in the recent window, in the previous window, the growth (recent - previous) and the window start months (YYYY-MM); type '' = any type.
// Neo4j Browser: run these first
// :param type => ''
// :param months => 6
// :param min_papers => 2
// :param limit => 25
MATCH (latest:Paper)
WHERE latest.date >= '0000'
WITH latest.date AS newest
ORDER BY newest DESC
LIMIT 1
WITH toInteger(substring(newest, 0, 4)) * 12 + coalesce(toInteger(substring(newest, 5, 2)), 12) - 1 AS last
WITH last - $months + 1 AS recent_index, last - 2 * $months + 1 AS previous_index
WITH toString(recent_index / 12) + '-' + right('0' + toString(recent_index % 12 + 1), 2) AS recent_start,
     toString(previous_index / 12) + '-' + right('0' + toString(previous_index % 12 + 1), 2) AS previous_start
MATCH (p:Paper)-[:MENTIONS]->(e:Entity)
WHERE p.date >= previous_start AND ($type = '' OR toLower(e.type) = toLower($type))
WITH e, recent_start, previous_start,
     count(DISTINCT CASE WHEN p.date >= recent_start THEN p.key END) AS recent,
     count(DISTINCT CASE WHEN p.date < recent_start THEN p.key END) AS previous
WHERE recent >= $min_papers
RETURN e.name AS entity, e.type AS type, recent, previous, recent - previous AS growth,
       recent_start, previous_start
ORDER BY growth DESC, recent DESC, entity ASC, type ASC
LIMIT $limit
