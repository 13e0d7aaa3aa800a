// (Actor)-[:ASSERTED]->(Claim) for a claim that held no relationship when this
// transaction began writing it (merge_claims gave it as new): one row per speaker and claim, the
// first article's (cue, channel, date, offsets), and the voice_key merge_asserted
// gives. The rows are gathered by speaker first, so a speaker of several claims is
// sought once. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
WITH row.actor_id AS actor_id, collect(row) AS said
MATCH (a:Actor {id: actor_id})
UNWIND said AS row
MATCH (c:Claim {id: row.claim_id})
CREATE (a)-[:ASSERTED {article: row.article_id, cue: row.cue, channel: row.channel, date: row.date,
                       anonymous: row.anonymous, source_start: row.source_start, source_end: row.source_end,
                       cue_start: row.cue_start, cue_end: row.cue_end,
                       voice_key: a.id + ' ' + coalesce(toString(coalesce(row.date, c.first_seen)), '~') + ' ' + c.id}]->(c)
RETURN count(*) AS applied
