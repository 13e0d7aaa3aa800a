// The naive baseline of cypher/write/merge_asserted.cypher: one statement per row
// ($row, a map), the same MERGE and SET rules. Returns 1 when applied.
WITH $row AS row
MATCH (a:Actor {id: row.actor_id})
MATCH (c:Claim {id: row.claim_id})
MERGE (a)-[r:ASSERTED]->(c)
  ON CREATE SET r.article = row.article_id, r.cue = row.cue, r.channel = row.channel,
                r.date = row.date, r.anonymous = row.anonymous,
                r.source_start = row.source_start, r.source_end = row.source_end,
                r.cue_start = row.cue_start, r.cue_end = row.cue_end
RETURN count(*) AS applied
