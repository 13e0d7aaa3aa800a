// Conflicting figures: claims that contradict each other on $metric, the
// figures they state for it and who asserted them. Unless $history, not the
// claims that only replaced article versions report. Run the :param lines first.
:param metric => 'killed';
:param history => false;

MATCH (c:Claim)-[x:CONTRADICTS {metric: $metric}]->(o:Claim)
WHERE $history OR ((NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                    OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
                   AND (NOT EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: true}) }))
MATCH conflict = (s:Actor)-[:ASSERTED]->(c)-[x]->(o)<-[:ASSERTED]-(t:Actor)
OPTIONAL MATCH stated = (c)-[:STATES]->(:Figure {metric: $metric})
OPTIONAL MATCH other = (o)-[:STATES]->(:Figure {metric: $metric})
RETURN conflict, stated, other;
