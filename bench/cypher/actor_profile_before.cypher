// Returns what cypher/read/actor_profile.cypher returned before it counted up to a cap (kept to time
// against it in one run, bench.queries --only): the same record without the cap's fields.
// Returns the actor with id $id (no row when there is none): its labels and
// properties; organizations it SPEAKS_FOR or is a MEMBER_OF, and members (the
// same edges inward), each {actor, relation, role}, ordered by actor id, then
// relation; the number of claims it asserted, and of those asserted by the
// actors that speak for or belong to it to 3 steps (graph.voice); articles published by it and
// syndicated from it; and carried_by: the outlets (publishers and agencies) of
// the articles reporting its last $carried_claims claims in voice_key order
// (graph.results.CARRIED_BY_CLAIMS; $low and $high bound the keys after the
// actor's id, graph.voice.key_range), with distinct claims and articles,
// ordered by claims (most first), then outlet id.
// Unless $history, the claims are those not only replaced article versions
// report, and the articles (published, syndicated, carrying) the versions not
// replaced (latest true, or no flag).
// Cost: with $history the counts are relationship degrees; without it each
// claim counted reads its REPORTED_IN edges and each article its flag (the
// degree cannot tell versions apart). carried_by reads at most
// $carried_claims claims, however many the actor made.
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
  WITH o, r ORDER BY o.id, type(r)
  RETURN collect({actor: properties(o), relation: type(r), role: r.role}) AS organizations
}
CALL (a) {
  MATCH (m:Actor)-[r:SPEAKS_FOR|MEMBER_OF]->(a)
  WITH m, r ORDER BY m.id, type(r)
  RETURN collect({actor: properties(m), relation: type(r), role: r.role}) AS members
}
CALL (a) {
  MATCH (m:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(a)
  WHERE m <> a
  WITH DISTINCT m
  RETURN collect(m) AS voices
}
OPTIONAL CALL (a, voices) {
  WITH a, voices WHERE $history
  RETURN COUNT { (a)-[:ASSERTED]->() } AS all_claims,
         reduce(n = 0, m IN voices | n + COUNT { (m)-[:ASSERTED]->() }) AS all_through_others,
         COUNT { (:Article)-[:PUBLISHED_BY]->(a) } AS all_published,
         COUNT { (:Article)-[:SYNDICATED_FROM]->(a) } AS all_syndicated
}
CALL (a, voices) {
  WITH a, voices WHERE NOT $history
  UNWIND [a] + voices AS m
  MATCH (m)-[:ASSERTED]->(c:Claim)
  WHERE NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
     OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }
  RETURN count(CASE WHEN m = a THEN 1 END) AS latest_claims,
         count(CASE WHEN m <> a THEN 1 END) AS latest_through_others
}
CALL (a) {
  WITH a WHERE NOT $history
  OPTIONAL MATCH (art:Article)-[r:PUBLISHED_BY|SYNDICATED_FROM]->(a)
  WHERE coalesce(art.latest, true)
  RETURN count(CASE type(r) WHEN 'PUBLISHED_BY' THEN 1 END) AS latest_published,
         count(CASE type(r) WHEN 'SYNDICATED_FROM' THEN 1 END) AS latest_syndicated
}
CALL (a) {
  WITH a, toString(a.id) + $low AS low, toString(a.id) + $high AS high
  MATCH (s)-[r:ASSERTED]->(c:Claim)
  WHERE r.voice_key >= low AND r.voice_key < high AND s.id = a.id
    AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
         OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
  WITH c ORDER BY r.voice_key DESC LIMIT $carried_claims
  MATCH (c)-[:REPORTED_IN]->(art:Article)-[:PUBLISHED_BY|SYNDICATED_FROM]->(o:Actor)
  WHERE $history OR coalesce(art.latest, true)
  WITH o, count(DISTINCT c) AS claims, count(DISTINCT art) AS articles
  ORDER BY claims DESC, o.id
  RETURN collect({outlet: properties(o), claims: claims, articles: articles}) AS carried_by
}
RETURN labels(a) AS labels, properties(a) AS actor, organizations, members,
       coalesce(all_claims, latest_claims) AS claims,
       coalesce(all_through_others, latest_through_others) AS claims_through_others,
       coalesce(all_published, latest_published) AS articles_published,
       coalesce(all_syndicated, latest_syndicated) AS articles_syndicated,
       carried_by
