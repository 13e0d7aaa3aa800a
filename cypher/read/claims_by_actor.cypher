// Returns the actor with id $id (no row when there is none) and one page of the
// claims it asserted: total, then items, each the claim, its ASSERTED edge,
// date = coalesce(ASSERTED date, claim first_seen), and mentions (REPORTED_IN
// edges with their article, ordered by article date nulls last, article id,
// start). Filters: $channel (ASSERTED channel), $since and $until (inclusive,
// on date; a claim without a date is left out when either is set).
// Order: date (nulls last), then claim id. $offset, $limit.
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r:ASSERTED]->(c:Claim)
  WITH r, c, coalesce(r.date, c.first_seen) AS date
  WHERE ($channel IS NULL OR r.channel = $channel)
    AND ($since IS NULL OR date >= $since)
    AND ($until IS NULL OR date <= $until)
  WITH r, c, date ORDER BY date, c.id
  RETURN collect({asserted: r, claim: c, date: date}) AS matching
}
WITH a, size(matching) AS total, matching[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.claim AS c
  CALL (c) {
    MATCH (c)-[m:REPORTED_IN]->(art:Article)
    WITH m, art ORDER BY art.published, art.id, m.start
    RETURN collect({article: properties(art), start: m.start, end: m.end, sentence: m.sentence}) AS mentions
  }
  RETURN collect({claim: properties(c), asserted: properties(row.asserted), date: row.date,
                  mentions: mentions}) AS items
}
RETURN properties(a) AS actor, total, items
