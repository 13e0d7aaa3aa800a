// Returns what the reading of the article versions $articles (ids) holds in
// the graph, for dropping it (run inside the write that drops it): the claims
// no other article reports (dropped with their figures), and the ids of the
// actors, incidents, places and events their edges reach (dropped after, when
// nothing else holds them), how many of the articles were found, and the
// carriers: the other article versions reporting one of their claims (a
// removal has them read again). Lists may repeat an id.
MATCH (a:Article)
WHERE a.id IN $articles
WITH collect(a) AS articles
WITH articles, COLLECT {
    UNWIND articles AS a
    MATCH (a)<-[:REPORTED_IN]-(c:Claim)
    WHERE NOT EXISTS { MATCH (c)-[:REPORTED_IN]->(o:Article) WHERE NOT o.id IN $articles }
    RETURN DISTINCT c
  } AS claims
RETURN size(articles) AS found, [c IN claims | c.id] AS claims,
       COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-(:Claim)<-[:ASSERTED]-(s:Actor) RETURN s.id }
         + COLLECT { UNWIND articles AS a MATCH (a)-[:PUBLISHED_BY|SYNDICATED_FROM|NAMES]->(o:Actor) RETURN o.id }
         + COLLECT { UNWIND claims AS c MATCH (c)-[:ABOUT]->(t:Actor) RETURN t.id }
         + COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-(:Claim)<-[:ASSERTED]-(:Actor)
                     -[r:SPEAKS_FOR|MEMBER_OF]->(o:Actor) WHERE r.article IN $articles RETURN o.id } AS actors,
       COLLECT { UNWIND articles AS a MATCH (a)-[:REPORTS]->(i:Incident) RETURN i.id }
         + COLLECT { UNWIND claims AS c MATCH (c)-[:STATES]->(:Figure)-[:COUNTS]->(i:Incident) RETURN i.id }
         + COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-(:Claim)-[:STATES]->(:Figure)-[r:COUNTS]->(i:Incident)
                     WHERE r.article IN $articles RETURN i.id }
         AS incidents,
       COLLECT { UNWIND claims AS c MATCH (c)-[:ABOUT]->(p:Place) RETURN p.id } AS places,
       COLLECT { UNWIND claims AS c MATCH (c)-[:ABOUT]->(e:Event) RETURN e.id } AS events,
       COLLECT { UNWIND articles AS a MATCH (a)<-[:REPORTED_IN]-(:Claim)-[:REPORTED_IN]->(o:Article)
                 WHERE NOT o.id IN $articles RETURN DISTINCT o.id } AS carriers
