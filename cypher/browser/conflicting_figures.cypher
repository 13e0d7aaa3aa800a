// Conflicting figures: claims that contradict each other on $metric, the
// figures they state for it and who asserted them. Run the :param line first.
:param metric => 'killed';

MATCH (c:Claim)-[x:CONTRADICTS {metric: $metric}]->(o:Claim)
MATCH conflict = (s:Actor)-[:ASSERTED]->(c)-[x]->(o)<-[:ASSERTED]-(t:Actor)
OPTIONAL MATCH stated = (c)-[:STATES]->(:Figure {metric: $metric})
OPTIONAL MATCH other = (o)-[:STATES]->(:Figure {metric: $metric})
RETURN conflict, stated, other;
