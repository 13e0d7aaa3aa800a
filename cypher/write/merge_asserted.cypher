// (Actor)-[:ASSERTED]->(Claim), one edge per speaker and claim; cue, channel,
// date and the source/cue offsets of the first article that carried it stay.
// voice_key orders a speaker's claims for claims_by_actor (graph.voice.voice_key):
// speaker id, date (the edge's, else the claim's first_seen; '~' for none), claim id.
// Returns rows applied: fewer than sent means an endpoint was missing.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor_id})
MATCH (c:Claim {id: row.claim_id})
MERGE (a)-[r:ASSERTED]->(c)
  ON CREATE SET r.article = row.article_id, r.cue = row.cue, r.channel = row.channel,
                r.date = row.date, r.anonymous = row.anonymous,
                r.source_start = row.source_start, r.source_end = row.source_end,
                r.cue_start = row.cue_start, r.cue_end = row.cue_end
SET r.voice_key = a.id + ' ' + coalesce(toString(coalesce(r.date, c.first_seen)), '~') + ' ' + c.id
RETURN count(*) AS applied
