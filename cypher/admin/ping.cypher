// Returns 1 when the database answers.
RETURN 1 AS ok
