// One incident: the incident whose label holds the words $incident (any case;
// the best match), every figure that COUNTS it with the claim stating it and
// the speaker, the organisations the speakers speak for or belong to, the
// REVISES edges between its figures and the CONTRADICTS/CORROBORATES edges
// between its claims. Run the :param line first.
:param incident => 'qasr badr';

CALL db.index.fulltext.queryNodes('incident_labels', '"' + replace(replace($incident, '\\', ''), '"', '') + '"')
YIELD node AS i, score
WITH i ORDER BY score DESC, i.id LIMIT 1
MATCH counted = (i)<-[:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
OPTIONAL MATCH speaks_for = (s)-[:SPEAKS_FOR|MEMBER_OF]->(:Actor)
OPTIONAL MATCH revised = (f)-[:REVISES]->(:Figure)-[:COUNTS]->(i)
OPTIONAL MATCH conflict = (c)-[:CONTRADICTS|CORROBORATES]-(:Claim)-[:STATES]->(:Figure)-[:COUNTS]->(i)
RETURN counted, speaks_for, revised, conflict;
