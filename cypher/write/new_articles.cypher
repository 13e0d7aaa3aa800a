// Returns ids: those of the articles $ids that hold no relationship at all.
// Run right after merge_articles in the same transaction: that statement SETs
// every one of them, so this transaction holds each one's write lock until it
// ends and no other writer can add an edge to it meanwhile. The edges this
// batch gives such an article are therefore new, and are CREATEd, not MERGEd.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE NOT EXISTS { (a)--() }
RETURN collect(a.id) AS ids
