// Merges Figure nodes by id (a figure's id is derived from its claim and raw
// text, so its properties are the same on every write). Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (f:Figure {id: row.id})
SET f.metric = row.metric,
    f.raw = row.raw,
    f.qualifier = row.qualifier,
    f.value = row.value,
    f.low = row.low,
    f.high = row.high,
    f.unit = row.unit,
    f.place = row.place,
    f.period_start = row.period_start,
    f.period_end = row.period_end,
    f.incident_agent = row.incident_agent,
    f.incident_victim = row.incident_victim,
    f.incident_date = row.incident_date,
    f.aggregate = row.aggregate,
    f.replaces = row.replaces,
    f.hypothetical = row.hypothetical
RETURN count(*) AS applied
