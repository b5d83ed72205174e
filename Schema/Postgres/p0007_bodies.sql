-- triad's PostgreSQL schema, step 7: the bodies DOMAIN.md names that the reference data lacked, as the SQLite
-- schema's v0009. Never edit this file once landed.
--
-- Sources: the Peacebuilding Commission (General Assembly res. 60/180 and Security Council res. 1645 (2005)),
-- the Advisory Committee on Administrative and Budgetary Questions (General Assembly res. 14 (I), 1946),
-- the Special Committee on Peacekeeping Operations (General Assembly res. 2006 (XIX), 1965), the East
-- African Community (Treaty for the Establishment of the East African Community, 1999) and the
-- International Conference on the Great Lakes Region (Pact on Security, Stability and Development, 2006),
-- as DOMAIN.md names them. The intergovernmental bodies of the UN are of kind `organization`: like the
-- regional organizations they are neither a state, nor the Secretariat, nor a Council seat, and their
-- members attend as their states. A party the user recorded under one of these codes is kept as it is.

-- Rows are stamped as version 2's reference data (2025-01-01), the mark of rows no user changed: bundles
-- leave them out, as they leave out the rest of the reference data.
WITH body(code, name) AS (VALUES
    ('PBC', 'Peacebuilding Commission'),
    ('ACABQ', 'Advisory Committee on Administrative and Budgetary Questions'),
    ('C34', 'Special Committee on Peacekeeping Operations (C-34)'),
    ('EAC', 'East African Community'),
    ('ICGLR', 'International Conference on the Great Lakes Region')
)
INSERT INTO party (code, name, kind, isReference, createdAt, updatedAt)
SELECT body.code, body.name, 'organization', true, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM body
WHERE NOT EXISTS (SELECT 1 FROM party WHERE upper(party.code) = upper(body.code));
