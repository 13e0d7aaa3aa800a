// Returns the uniqueness constraints: name, label, properties.
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
WHERE type = 'UNIQUENESS'
RETURN name, labelsOrTypes[0] AS label, properties
ORDER BY name
