// Merges Claim nodes by id. first_seen keeps the earliest date any article
// gave, whatever order articles arrive in; the voice_key of an undated
// ASSERTED edge (which holds first_seen, see merge_asserted) follows it, read
// again only when first_seen moved (a claim seen again on no earlier date
// keeps its keys). Returns rows applied, and new: the ids of the claims that
// hold no relationship at all. The SETs above hold each claim's write lock
// until the transaction ends, so no other writer can add an edge to such a
// claim meanwhile: the edges this batch gives it (its speakers, figures,
// subjects) are new, and are CREATEd (create_*), not MERGEd.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
  ON CREATE SET c.text = row.text, c.quote = row.quote, c.confidence = row.confidence
WITH c, row, c.first_seen AS seen, NOT EXISTS { (c)--() } AS fresh
SET c.first_seen = CASE
  WHEN c.first_seen IS NULL OR (row.first_seen IS NOT NULL AND row.first_seen < c.first_seen)
  THEN row.first_seen ELSE c.first_seen END
WITH c, seen, fresh, row.id AS id
CALL (c, seen, fresh) {
  // A claim that holds no relationship has no ASSERTED edge to key again.
  WITH c WHERE NOT fresh AND (seen IS NULL OR seen <> c.first_seen)
  MATCH (a:Actor)-[r:ASSERTED]->(c)
  WHERE r.date IS NULL
  SET r.voice_key = a.id + ' ' + coalesce(toString(c.first_seen), '~') + ' ' + c.id
}
RETURN count(*) AS applied, collect(DISTINCT CASE WHEN fresh THEN id END) AS new
