// Sets the three order keys of graph.stated on the STATES edges of the claims
// $rows name. stated_key: the figure's metric, the claim's stated_on (its
// earliest ASSERTED date, else its first_seen; '~' for none), the figure id,
// the claim id, the order of the figures table. speaker_key: the claim's one
// speaker's id, the metric, that speaker's ASSERTED date (else first_seen), the
// claim id, the figure id, the order of one speaker's figures; a claim with no
// or several ASSERTED edges gets an empty speaker and its stated_on (the range
// figures_by_actor reads for every speaker). place_key: the figure's place
// lowered (empty without one), then stated_key, the order of the table at a
// place. Runs last in a write, after the
// claims, their ASSERTED and STATES edges: a new figure, a new speaker (its
// date earlier than the others, or the first date where only first_seen stood)
// and a first_seen moved back each change them. An edge whose keys are already
// right is not written (a claim read again stays as it was). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
CALL (c) {
  // Most claims state no figure: their STATES degree says so before their speakers are read.
  WITH c WHERE COUNT { (c)-[:STATES]->() } > 0
  OPTIONAL MATCH (a:Actor)-[r:ASSERTED]->(c)
  WITH c, min(r.date) AS asserted_on, collect({speaker: a.id, date: r.date}) AS said
  WITH c, coalesce(asserted_on, c.first_seen) AS stated_on,
       CASE WHEN size(said) = 1 AND said[0].speaker IS NOT NULL THEN said[0] END AS one
  WITH c, stated_on,
       CASE WHEN one IS NULL THEN '' ELSE one.speaker END AS speaker,
       CASE WHEN one IS NULL THEN stated_on ELSE coalesce(one.date, c.first_seen) END AS said_on
  MATCH (c)-[s:STATES]->(f:Figure)
  WITH s, f, f.metric + ' ' + coalesce(toString(stated_on), '~') + ' ' + f.id + ' ' + c.id AS key,
       speaker + ' ' + f.metric + ' ' + coalesce(toString(said_on), '~') + ' ' + c.id + ' ' + f.id AS by_speaker
  WITH s, key, by_speaker, toLower(coalesce(f.place, '')) + ' ' + key AS by_place
  WHERE s.stated_key IS NULL OR s.stated_key <> key OR s.speaker_key IS NULL OR s.speaker_key <> by_speaker
     OR s.place_key IS NULL OR s.place_key <> by_place
  SET s.stated_key = key, s.speaker_key = by_speaker, s.place_key = by_place
}
RETURN count(*) AS applied
