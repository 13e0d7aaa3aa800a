// Sets voice_key (as merge_asserted.cypher does) on the ASSERTED edges that
// have none, in transactions of 10,000; idempotent. Returns nothing.
MATCH (a:Actor)-[r:ASSERTED]->(c:Claim)
WHERE r.voice_key IS NULL
CALL (a, r, c) {
  SET r.voice_key = a.id + ' ' + coalesce(toString(coalesce(r.date, c.first_seen)), '~') + ' ' + c.id
} IN TRANSACTIONS OF 10000 ROWS
