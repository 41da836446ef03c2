// Indexes, and one backfill, for the embedded FalkorDB store. Each statement runs once at setup;
// "already indexed" answers are expected on an existing graph. Unique constraints
// on the same keys are created through FalkorDB's GRAPH.CONSTRAINT command
// (kg/store/falkordb_store.py), which needs these indexes first.
CREATE INDEX FOR (p:Paper) ON (p.key);
CREATE INDEX FOR (p:Paper) ON (p.title_norm);
CREATE INDEX FOR (p:Paper) ON (p.date);
CREATE INDEX FOR (e:Entity) ON (e.key);
CREATE INDEX FOR (e:Entity) ON (e.name);
CREATE INDEX FOR (e:Entity) ON (e.aliases_lower);
CREATE INDEX FOR (e:Entity) ON (e.last_month);
CREATE INDEX FOR (e:Method) ON (e.key);
CREATE INDEX FOR (e:Model) ON (e.key);
CREATE INDEX FOR (e:Dataset) ON (e.key);
CREATE INDEX FOR (e:Metric) ON (e.key);
CREATE INDEX FOR (e:Task) ON (e.key);
CREATE INDEX FOR (x:Result) ON (x.key);
CREATE INDEX FOR (a:Author) ON (a.key);
CREATE INDEX FOR (a:Author) ON (a.name_lower);
// Authors written before name_lower existed get it here, so name lookups find them.
MATCH (a:Author) WHERE a.name_lower IS NULL SET a.name_lower = toLower(a.name);
