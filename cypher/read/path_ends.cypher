// Returns source and target (the actors with ids $source and $target, null when absent),
// source_ref and target_ref (their element ids) and ends: when they are two actors, for
// each {name: 'source' or 'target', ref: its element id, degree: its relationships of the
// attribution types, exits}, source first. exits is null but for an end of more than
// $end_cap of them (graph.results.PATH_END_CAP), which a path leaves or enters only by one
// of its exits: the element ids of its last $end_claims ASSERTED edges in voice_key order
// (graph.results.PATH_END_CLAIMS; undated first, then the newest; to claims current
// unless $history), read from the voice_key index in its order ($low and $high bound the
// keys after the end's id, graph.voice.key_range), and of its SPEAKS_FOR and MEMBER_OF
// edges. Nothing else of such an end is read (its degree is a count the store keeps).
// graph.path_reads runs this first, then path_steps a level.
OPTIONAL MATCH (a:Actor {id: $source})
OPTIONAL MATCH (b:Actor {id: $target})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  UNWIND [[a, 'source'], [b, 'target']] AS pair
  WITH pair[0] AS x, pair[1] AS name
  WITH x, name, COUNT { (x)-[:ASSERTED|REPORTED_IN|PUBLISHED_BY|SYNDICATED_FROM|SPEAKS_FOR|MEMBER_OF]-() } AS degree
  OPTIONAL CALL (x, degree) {
    WITH x WHERE degree > $end_cap
    CALL (x) {
      WITH x, toString(x.id) + $low AS low, toString(x.id) + $high AS high
      MATCH (s)-[r:ASSERTED]->(c:Claim)
      WHERE r.voice_key >= low AND r.voice_key < high AND s.id = x.id
        AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
             OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
      WITH r ORDER BY r.voice_key DESC LIMIT $end_claims
      RETURN collect(elementId(r)) AS said
    }
    CALL (x) {
      MATCH (x)-[r:SPEAKS_FOR|MEMBER_OF]->(:Actor)
      RETURN collect(elementId(r)) AS groups
    }
    RETURN said + groups AS exits
  }
  WITH name, x, degree, exits ORDER BY name
  RETURN collect({name: name, ref: elementId(x), degree: degree, exits: exits}) AS ends
}
CALL () {
  MATCH ()-[r:ASSERTED]->(:Claim)
  RETURN count(r) AS asserted
}
CALL () {
  MATCH (:Claim)-[r:REPORTED_IN]->()
  RETURN count(r) AS reported
}
CALL () {
  MATCH (:Article)-[r:PUBLISHED_BY]->()
  RETURN count(r) AS published
}
CALL () {
  MATCH (:Article)-[r:SYNDICATED_FROM]->()
  RETURN count(r) AS syndicated
}
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims
}
CALL () {
  MATCH (n:Article)
  RETURN count(n) AS articles
}
RETURN properties(a) AS source, properties(b) AS target, elementId(a) AS source_ref, elementId(b) AS target_ref,
       coalesce(ends, []) AS ends,
       {claim: toFloat(asserted + reported) / CASE claims WHEN 0 THEN 1 ELSE claims END,
        article: toFloat(reported + published + syndicated) / CASE articles WHEN 0 THEN 1 ELSE articles END} AS mean
