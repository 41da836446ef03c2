// Constraints, indexes and one backfill for Neo4j 5. Idempotent (IF NOT EXISTS): run on every build.
CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (p:Paper) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT result_key IF NOT EXISTS FOR (x:Result) REQUIRE x.key IS UNIQUE;
CREATE CONSTRAINT author_key IF NOT EXISTS FOR (a:Author) REQUIRE a.key IS UNIQUE;
CREATE INDEX paper_title_norm IF NOT EXISTS FOR (p:Paper) ON (p.title_norm);
CREATE INDEX paper_date IF NOT EXISTS FOR (p:Paper) ON (p.date);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX author_name_lower IF NOT EXISTS FOR (a:Author) ON (a.name_lower);
CREATE INDEX entity_last_month IF NOT EXISTS FOR (e:Entity) ON (e.last_month);
CREATE INDEX method_key IF NOT EXISTS FOR (e:Method) ON (e.key);
CREATE INDEX model_key IF NOT EXISTS FOR (e:Model) ON (e.key);
CREATE INDEX dataset_key IF NOT EXISTS FOR (e:Dataset) ON (e.key);
CREATE INDEX metric_key IF NOT EXISTS FOR (e:Metric) ON (e.key);
CREATE INDEX task_key IF NOT EXISTS FOR (e:Task) ON (e.key);
CREATE INDEX rel_paper_evaluated_on IF NOT EXISTS FOR ()-[r:EVALUATED_ON]-() ON (r.paper);
// Authors written before name_lower existed get it here, so name lookups find them.
MATCH (a:Author) WHERE a.name_lower IS NULL SET a.name_lower = toLower(a.name);
