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
UNWIND [['2101', '~']] + [y IN range(2100, 1900, -1) | [toString(y), toString(y + 1)]] + [['0000', '1900']]
       AS year_range
MATCH (dated:Paper)
WHERE dated.date >= year_range[0] AND dated.date < year_range[1]
WITH year_range[0] AS year_start
LIMIT 1
UNWIND [m IN range(12, 1, -1) | year_start + '-' + right('0' + toString(m), 2)] + [year_start] AS month_start
MATCH (dated:Paper)
WHERE dated.date >= month_start
WITH month_start
LIMIT 1
MATCH (latest:Paper)
WHERE latest.date >= month_start
WITH max(latest.date) AS newest
WITH toInteger(substring(newest, 0, 4)) * 12 + coalesce(toInteger(substring(newest, 5, 2)), 12) - 1 AS last
WITH last - $months + 1 AS recent_index, last - 2 * $months + 1 AS previous_index
WITH toString(recent_index / 12) + '-' + right('0' + toString(recent_index % 12 + 1), 2) AS recent_start,
     toString(previous_index / 12) + '-' + right('0' + toString(previous_index % 12 + 1), 2) AS previous_start
MATCH (e:Entity)
WHERE e.last_month >= previous_start AND ($type = '' OR toLower(e.type) = toLower($type))
WITH e, recent_start, previous_start, size(e.paper_months) AS months_known,
     size([month IN e.paper_months WHERE month >= previous_start]) AS in_windows
WITH e, recent_start, previous_start, months_known - in_windows AS first,
     months_known - size([month IN e.paper_months[months_known - in_windows..] WHERE month >= recent_start]) AS first_recent
WITH e, recent_start, previous_start, reduce(n = 0, papers IN e.papers_per_month[first_recent..] | n + papers) AS recent,
     reduce(n = 0, papers IN e.papers_per_month[first..first_recent] | n + papers) AS previous
WHERE recent >= $min_papers
RETURN e.name AS entity, e.type AS type, recent, previous, recent - previous AS growth,
       recent_start, previous_start
ORDER BY growth DESC, recent DESC, entity ASC, type ASC
LIMIT $limit
