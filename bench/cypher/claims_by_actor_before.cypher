// Returns what cypher/read/claims_by_actor.cypher returned before it counted up to a cap (kept to time
// against it in one run, bench.queries --only): the same record without the cap's fields.
// Returns the actor with id $id (no row when there is none) and one page of the
// claims of its voices: the actor itself and, when $depth > 0, the actors that
// SPEAKS_FOR or are a MEMBER_OF it, to $depth steps (at most 3, the bound of the
// pattern; graph.voice.MAX_MEMBER_DEPTH). Each voice comes with its chain: the
// steps of its shortest way to the actor (ties: the smaller list of node ids,
// then of relationship types), each {actor reached, relation, role}.
// Rows, one per speaker and claim: the claim, its ASSERTED edge, the speaker,
// the chain, date = coalesce(ASSERTED date, claim first_seen), and mentions
// (REPORTED_IN edges with their article, ordered by article date nulls last,
// article id, start), and incidents (those the claim's figures COUNT, by id).
// voices: [{actor, matching}] with the actor's own first.
// Filters: $filters, one map (as figures.cypher: one plan whether a key is null
// or not), its key channel (ASSERTED channel); $low and $high bound voice_key after
// the speaker's id (graph.voice.key_range of since/until); $filtered says
// whether any filter is set (without one a voice's count is its ASSERTED degree).
// Unless $history, not the claims that only replaced article versions report (a filter:
// the caller sets $filtered).
// Order: date (nulls last), claim id, speaker id. $offset, $limit.
// Cost: one voice_key range per voice, cut at $offset + $limit rows.
MATCH (a:Actor {id: $id})
CALL (a) {
  OPTIONAL MATCH p = (m:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(a)
  WHERE m <> a AND length(p) <= $depth
  WITH m, p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]
  WITH m, collect(p)[0] AS p
  WHERE m IS NOT NULL
  WITH m, [r IN relationships(p) | {actor: properties(endNode(r)), relation: type(r), role: r.role}] AS chain
  ORDER BY m.id
  RETURN collect({actor: m, chain: chain}) AS members
}
CALL (a, members) {
  UNWIND [{actor: a, chain: []}] + members AS voice
  WITH voice.actor AS m, voice.chain AS chain,
       toString(voice.actor.id) + $low AS low, toString(voice.actor.id) + $high AS high
  CALL (m, low, high) {
    MATCH (s)-[r:ASSERTED]->(c:Claim)
    WHERE r.voice_key >= low AND r.voice_key < high AND ($filters.channel IS NULL OR r.channel = $filters.channel)
      AND s.id = m.id
      AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
           OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
    WITH r, c ORDER BY r.voice_key LIMIT $offset + $limit
    RETURN collect({asserted: r, claim: c}) AS first
  }
  CALL (m, low, high) {
    // unfiltered, the range is empty: the degree counts
    WITH m, CASE WHEN $filtered THEN low ELSE high END AS from, high
    MATCH (s)-[r:ASSERTED]->(c:Claim)
    WHERE r.voice_key >= from AND r.voice_key < high AND ($filters.channel IS NULL OR r.channel = $filters.channel)
      AND s.id = m.id
      AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
           OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
    RETURN count(r) AS filtered
  }
  WITH m, chain, first, CASE WHEN $filtered THEN filtered ELSE COUNT { (m)-[:ASSERTED]->() } END AS matching
  RETURN collect({actor: properties(m), chain: chain, first: first, matching: matching}) AS voices
}
CALL (voices) {
  UNWIND voices AS voice
  UNWIND voice.first AS row
  WITH voice, row, row.asserted AS r, row.claim AS c
  WITH voice, r, c, coalesce(r.date, c.first_seen) AS date
  ORDER BY date, c.id, voice.actor.id
  WITH collect({voice: voice, asserted: r, claim: c, date: date})[$offset..$offset + $limit] AS page
  UNWIND page AS row
  WITH row, row.claim AS c
  CALL (c) {
    MATCH (c)-[m:REPORTED_IN]->(art:Article)
    WITH m, art ORDER BY art.published, art.id, m.start
    RETURN collect({article: properties(art), start: m.start, end: m.end, sentence: m.sentence}) AS mentions
  }
  CALL (c) {
    MATCH (c)-[:STATES]->(:Figure)-[:COUNTS]->(i:Incident)
    WITH DISTINCT i ORDER BY i.id
    RETURN collect({id: i.id, label: i.label}) AS incidents
  }
  RETURN collect({claim: properties(c), asserted: properties(row.asserted), date: row.date,
                  speaker: row.voice.actor, chain: row.voice.chain, mentions: mentions,
                  incidents: incidents}) AS items
}
RETURN properties(a) AS actor, [v IN voices | {actor: v.actor, matching: v.matching}] AS voices, items
