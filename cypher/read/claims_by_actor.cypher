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
// own and through_others: the rows of the actor's own claims, and of the other voices' together,
// each counted up to $cap + 1 (graph.results.SEARCH_TOTAL_CAP; the caller says which passed $cap).
// Filters: $filters, one map (as figures.cypher: one plan whether a key is null
// or not), its key channel (ASSERTED channel); $low and $high bound voice_key after
// the speaker's id (graph.voice.key_range of since/until); $filtered says
// whether any filter is set (without one a voice's count is its ASSERTED degree).
// Unless $history, not the claims that only replaced article versions report (a filter:
// the caller sets $filtered).
// Order: date (nulls last), claim id, speaker id. $offset, $limit.
// Cost: one voice_key range per voice, cut at $offset + $limit rows; each count stops at $cap + 1.
// Actors, articles and claims come as map projections of the fields their answer models keep
// (graph.results ActorRef, ArticleRef, ClaimRef; a speaker also its role, which graph.voice.via
// reads; tests/unit/test_page_projections.py holds them to the models): whole property maps
// carried aliases, search names, hashes and ingest times that the answer drops.
MATCH (a:Actor {id: $id})
CALL (a) {
  OPTIONAL MATCH p = (m:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(a)
  WHERE m <> a AND length(p) <= $depth
  WITH m, p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]
  WITH m, collect(p)[0] AS p
  WHERE m IS NOT NULL
  WITH m, [n IN nodes(p)[1..] | n {.id, .name, .kind, .anonymous}] AS ends, relationships(p) AS steps
  WITH m, [i IN range(0, size(steps) - 1) | {actor: ends[i], relation: type(steps[i]), role: steps[i].role}] AS chain
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
  RETURN collect({actor: m {.id, .name, .kind, .anonymous, .role}, chain: chain, first: first}) AS voices
}
CALL (a, members) {
  // unfiltered, the ranges are empty: the degrees count
  UNWIND [{own: true, voices: [a]}, {own: false, voices: [v IN members | v.actor]}] AS group
  CALL (group) {
    UNWIND group.voices AS m
    WITH m, toString(m.id) + CASE WHEN $filtered THEN $low ELSE $high END AS from, toString(m.id) + $high AS high
    CALL (m, from, high) {
      MATCH (s)-[r:ASSERTED]->(c:Claim)
      WHERE r.voice_key >= from AND r.voice_key < high AND ($filters.channel IS NULL OR r.channel = $filters.channel)
        AND s.id = m.id
        AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
             OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
      RETURN r
    }
    WITH r LIMIT $cap + 1
    RETURN count(r) AS filtered
  }
  CALL (group) {
    UNWIND group.voices AS m
    RETURN sum(COUNT { (m)-[:ASSERTED]->() }) AS degrees
  }
  WITH group.own AS own, CASE WHEN $filtered THEN filtered ELSE degrees END AS counted
  RETURN sum(CASE WHEN own THEN counted END) AS own, sum(CASE WHEN NOT own THEN counted END) AS through_others
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
    RETURN collect({article: art {.id, .title, .url, .published}, start: m.start, end: m.end, sentence: m.sentence}) AS mentions
  }
  CALL (c) {
    MATCH (c)-[:STATES]->(:Figure)-[:COUNTS]->(i:Incident)
    WITH DISTINCT i ORDER BY i.id
    RETURN collect({id: i.id, label: i.label}) AS incidents
  }
  RETURN collect({claim: c {.id, .text, .quote, .first_seen}, asserted: properties(row.asserted), date: row.date,
                  speaker: row.voice.actor, chain: row.voice.chain, mentions: mentions,
                  incidents: incidents}) AS items
}
RETURN a {.id, .name, .kind, .anonymous} AS actor, own, through_others, items
