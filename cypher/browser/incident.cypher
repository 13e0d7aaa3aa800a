// One incident: the incident whose label holds the words $incident (any case;
// the best match), every figure that COUNTS it with the claim stating it and
// the speaker, the organisations the speakers speak for or belong to, the
// REVISES edges between its figures and the CONTRADICTS/CORROBORATES edges
// between its claims. Unless $history, not the claims that only replaced
// article versions report. Run the :param lines first.
:param incident => 'qasr badr';
:param history => false;

CALL db.index.fulltext.queryNodes('incident_labels', '"' + replace(replace($incident, '\\', ''), '"', '') + '"')
YIELD node AS i, score
WITH i ORDER BY score DESC, i.id LIMIT 1
MATCH counted = (i)<-[:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
WHERE $history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
   OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }
OPTIONAL MATCH speaks_for = (s)-[:SPEAKS_FOR|MEMBER_OF]->(:Actor)
OPTIONAL MATCH revised = (f)-[:REVISES]->(:Figure)-[:COUNTS]->(i)
OPTIONAL MATCH conflict = (c)-[:CONTRADICTS|CORROBORATES]-(o:Claim)-[:STATES]->(:Figure)-[:COUNTS]->(i)
WHERE $history OR NOT EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: false}) }
   OR EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: true}) }
RETURN counted, speaks_for, revised, conflict;
