// Returns the three clocks of the claim with id $id, kept apart: its text and
// first_seen; published: each article version reporting it (article, key,
// version, published, ingested_at: when claimgraph stored it, latest);
// happened: each incident its figures count (incident, label, date,
// window_start, window_end). No row when there is no such claim. Lists are
// put in order by graph/history.py.
MATCH (c:Claim {id: $id})
RETURN c.id AS id, c.text AS text, c.first_seen AS first_seen,
  COLLECT {
    MATCH (c)-[:REPORTED_IN]->(a:Article)
    WITH DISTINCT a
    RETURN {article: a.id, key: coalesce(a.key, a.id), version: coalesce(a.version, 1), published: a.published,
            ingested_at: a.ingested_at, latest: NOT EXISTS { (:Article)-[:PREVIOUS_VERSION]->(a) }}
  } AS published,
  COLLECT {
    MATCH (c)-[:STATES]->(:Figure)-[:COUNTS]->(i:Incident)
    WITH DISTINCT i
    RETURN {incident: i.id, label: i.label, date: i.date, window_start: i.window_start, window_end: i.window_end}
  } AS happened
