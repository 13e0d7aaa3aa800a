// Returns what cypher/read/figures_by_actor.cypher returns, as it read it before the twenty-fifth
// round (kept to time against it in one run, bench.queries --only): the rows sorted on their claims',
// figures' and speakers' ids read from the nodes, and each page row's claim and linked claims
// expanded once for each kind of edge read (speakers, articles, links; version rule, figures, speakers).
// Returns the actor with id $id (no row when there is none) and one page of the
// figures of metric $metric stated in the claims of its voices: the actor and,
// when $depth > 0, the actors that SPEAKS_FOR or are a MEMBER_OF it to $depth
// steps (at most 3; chains as in claims_by_actor). One row per speaker, claim
// and figure: the figure row of figures.cypher (stated_on, speakers, their
// organizations, articles, links, relations) plus the speaker and its chain.
// Filters: $filters, one map (as figures.cypher: one plan whether a key is null
// or not), its key place (as figures.cypher); $low/$high (graph.voice.key_range
// of since/until: the date that speaker said it) bound the date part of the
// STATES edges' speaker_key after 'speaker metric' (graph.stated), and of
// voice_key after the speaker's id for claims keyed with no speaker. Order:
// that date (nulls last), claim id, figure id, speaker id. $offset, $limit.
// Unless $history, not the claims that only replaced article versions report,
// nor links to them. total: the rows, counted up to $cap + 1
// (graph.results.FIGURE_TOTAL_CAP; the caller says whether they passed $cap).
// Cost: one read per voice of its speaker_key range in index order, cut at
// $offset + $limit or $cap + 1 rows, whichever is more (the page and the count
// are its rows), and one of the metric's claims keyed with no speaker (none from
// ingest), uncut: each voice's first rows in order are among what was read. Then
// each of the page's rows reads its claim's edges, its articles' and its links'
// (about 115 db hits a row on the benchmark's graph, whatever its size).
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
  WITH [{actor: a, chain: []}] + members AS voices
  CALL (voices) {
    UNWIND voices AS voice
    WITH voice, voice.actor AS m
    CALL (m) {
      // The voice's own figures of the metric: its speaker_key range, read in index order.
      MATCH (c)-[s:STATES]->(f)
      USING INDEX s:STATES(speaker_key)
      WHERE s.speaker_key >= m.id + ' ' + $metric + $low AND s.speaker_key < m.id + ' ' + $metric + $high
        AND ($filters.place IS NULL
             OR toLower(f.place) = toLower($filters.place)
             OR EXISTS { (c)-[:ABOUT]->(p:Place) WHERE toLower(p.name) = toLower($filters.place) OR p.id = $filters.place })
        AND ($history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                          OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }))
      WITH s, c, f ORDER BY s.speaker_key
      LIMIT CASE WHEN $offset + $limit > $cap + 1 THEN $offset + $limit ELSE $cap + 1 END
      RETURN collect({claim: c, figure: f, day: split(s.speaker_key, ' ')[2]}) AS first
    }
    UNWIND first AS row
    RETURN voice, row
    UNION ALL
    // The figures of claims keyed with no speaker (none or several ASSERTED edges, which
    // ingest never writes), read once: each voice's ASSERTED edge says whether and when it
    // said them. ' ' + metric + '!' is the first string after every key that starts
    // ' ' + metric + ' '. The hint: else the planner may read the voices' voice_key ranges.
    MATCH (c)-[s:STATES]->(f)
    USING INDEX s:STATES(speaker_key)
    WHERE s.speaker_key >= ' ' + $metric + ' ' AND s.speaker_key < ' ' + $metric + '!'
      AND ($filters.place IS NULL
           OR toLower(f.place) = toLower($filters.place)
           OR EXISTS { (c)-[:ABOUT]->(p:Place) WHERE toLower(p.name) = toLower($filters.place) OR p.id = $filters.place })
      AND ($history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }))
    UNWIND voices AS voice
    WITH voice, voice.actor AS m, c, f
    MATCH (m)-[r:ASSERTED]->(c)
    WHERE r.voice_key >= m.id + $low AND r.voice_key < m.id + $high
    RETURN voice, {claim: c, figure: f, day: coalesce(toString(coalesce(r.date, c.first_seen)), '~')} AS row
  }
  WITH voice, row ORDER BY row.day, row.claim.id, row.figure.id, voice.actor.id
  WITH collect({voice: voice, claim: row.claim, figure: row.figure}) AS rows
  RETURN CASE WHEN size(rows) > $cap + 1 THEN $cap + 1 ELSE size(rows) END AS total,
         rows[$offset..$offset + $limit] AS page
}
CALL (page) {
  UNWIND page AS row
  WITH row, row.figure AS f, row.claim AS c, row.voice.actor AS speaker
  // The claim's ASSERTED edges read once for its date, its speakers and their organizations.
  CALL (c) {
    OPTIONAL MATCH (s:Actor)-[r:ASSERTED]->(c)
    WITH min(r.date) AS asserted_on, collect(DISTINCT s) AS speakers
    CALL (speakers) {
      UNWIND speakers AS s
      MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
      RETURN collect(DISTINCT o {.id, .name, .kind, .anonymous}) AS on_behalf_of
    }
    RETURN asserted_on, [s IN speakers | s {.id, .name, .kind, .anonymous}] AS stated_by, on_behalf_of
  }
  WITH row, f, c, speaker, coalesce(asserted_on, c.first_seen) AS stated_on, stated_by, on_behalf_of
  CALL (c) {
    MATCH (c)-[:REPORTED_IN]->(art:Article)
    WITH DISTINCT art
    // One expansion for both: an article has too few edges for Neo4j to group them by
    // type, so expanding one type reads all of its edges, and two expansions read them twice.
    CALL (art) {
      MATCH (art)-[r:PUBLISHED_BY|SYNDICATED_FROM]->(o:Actor)
      RETURN collect(CASE type(r) WHEN 'PUBLISHED_BY' THEN o {.id, .name, .kind, .anonymous} END) AS publishers,
             collect(CASE type(r) WHEN 'SYNDICATED_FROM' THEN o {.id, .name, .kind, .anonymous} END) AS agencies
    }
    RETURN collect({article: art {.id, .title, .url, .published}, publishers: publishers, agencies: agencies}) AS reported_in
  }
  CALL (c, f) {
    MATCH (c)-[r:CONTRADICTS|CORROBORATES]-(o:Claim)
    WHERE r.metric = f.metric
    WITH r, o, $history OR NOT EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: false}) }
               OR EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: true}) } AS shown
    WHERE shown
    CALL (o, r) {
      MATCH (o)-[:STATES]->(g:Figure)
      WHERE g.metric = r.metric
      RETURN collect(properties(g)) AS figures
    }
    CALL (o) {
      MATCH (s:Actor)-[:ASSERTED]->(o)
      RETURN collect(s {.id, .name, .kind, .anonymous}) AS speakers
    }
    RETURN collect({kind: type(r), claim: o {.id, .text, .quote, .first_seen}, stated_by: speakers, figures: figures,
                    metric: r.metric, reason: r.reason}) AS links
  }
  CALL (f) {
    MATCH (f)-[r:EXCLUDES|PART_OF|REVISES]-(g:Figure)
    RETURN collect({relation: type(r), direction: CASE WHEN startNode(r) = f THEN 'outgoing' ELSE 'incoming' END,
                    figure: properties(g), reason: r.reason}) AS relations
  }
  RETURN collect({figure: properties(f), claim: c {.id, .text, .quote, .first_seen}, stated_on: stated_on,
                  stated_by: stated_by, on_behalf_of: on_behalf_of, reported_in: reported_in,
                  links: links, relations: relations,
                  speaker: speaker {.id, .name, .kind, .anonymous, .role}, chain: row.voice.chain}) AS items
}
RETURN a {.id, .name, .kind, .anonymous} AS actor, total, items
