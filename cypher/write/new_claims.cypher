// Returns ids: those of the claims $ids that hold no relationship at all.
// Run right after merge_claims in the same transaction: that statement SETs
// every one of them, so this transaction holds each one's write lock until it
// ends and no other writer can add an edge to it meanwhile. The edges this
// batch gives such a claim (its speakers, figures, subjects) are therefore
// new, and are CREATEd, not MERGEd.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE NOT EXISTS { (c)--() }
RETURN collect(c.id) AS ids
