// Returns what the reading of the article versions $articles (ids) holds in
// the graph, for dropping it (run inside the write that drops it): the claims
// no other article reports (dropped with their figures), and the ids of the
// actors, incidents, places and events their edges reach (dropped after, when
// nothing else holds them), how many of the articles were found, and the
// carriers: the other article versions reporting one of their claims (a
// removal has them read again). Lists may repeat an id.
//
// Every pattern leaves a bound node and names no label or indexed property on
// the node it reaches (each relationship type here has one kind of node at
// that end; ABOUT's are told apart in a list). A plan made while an index's
// statistics still say a label is empty (a new graph being filled) may
// otherwise start from a scan of every article and join it to every claim's
// REPORTED_IN edges: memory that grows with the graph for one article's
// reading. A claim only these articles report is one whose REPORTED_IN degree
// is the count of its edges to them.
MATCH (a:Article)
WHERE a.id IN $articles
WITH collect(a) AS articles
WITH articles, COLLECT {
    UNWIND articles AS a
    MATCH (a)<-[r:REPORTED_IN]-(c:Claim)
    WITH c, count(r) AS here
    WHERE COUNT { (c)-[:REPORTED_IN]->() } = here
    RETURN c
  } AS claims
WITH articles, claims, COLLECT { UNWIND claims AS c MATCH (c)-[:ABOUT]->(t) RETURN t } AS about
RETURN size(articles) AS found, [c IN claims | c.id] AS claims,
       COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-()<-[:ASSERTED]-(s) RETURN s.id }
         + COLLECT { UNWIND articles AS a MATCH (a)-[:PUBLISHED_BY|SYNDICATED_FROM|NAMES]->(o) RETURN o.id }
         + [t IN about WHERE t:Actor | t.id]
         + COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-()<-[:ASSERTED]-()
                     -[r:SPEAKS_FOR|MEMBER_OF]->(o) WHERE r.article IN $articles RETURN o.id } AS actors,
       COLLECT { UNWIND articles AS a MATCH (a)-[:REPORTS]->(i) RETURN i.id }
         + COLLECT { UNWIND claims AS c MATCH (c)-[:STATES]->()-[:COUNTS]->(i) RETURN i.id }
         + COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-()-[:STATES]->()-[r:COUNTS]->(i)
                     WHERE r.article IN $articles RETURN i.id }
         AS incidents,
       [t IN about WHERE t:Place | t.id] AS places,
       [t IN about WHERE t:Event | t.id] AS events,
       COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-()-[:REPORTED_IN]->(o)
                 WHERE NOT o.id IN $articles RETURN DISTINCT o.id } AS carriers
