-- A database for the report benchmark: 10,000 meetings and 100,000 action items over ten years and the
-- twelve reference missions, with yearly mandates, monthly contributions, attendance and agenda.
-- Run on a database created by `triad init`. Deterministic: no random().
.bail on
INSERT INTO journalCommand (uuid, at, actor, commandLine, summary)
VALUES ('bench', '2025-01-01T00:00:00.000Z', 'benchmark', 'generate-reports-fixture.sql', 'benchmark fixture');

-- Yearly mandates, 2016 to 2025, for every mission but the closed one.
WITH RECURSIVE years(y) AS (SELECT 2016 UNION ALL SELECT y + 1 FROM years WHERE y < 2025)
INSERT INTO mandate (uuid, missionId, resolutionNumber, resolutionYear, adoptedOn, expiresOn, troopCeiling, policeCeiling, createdAt, updatedAt)
SELECT printf('bench-mandate-%d-%d', m.id, y), m.id, 3000 + m.id * 20 + (y - 2016), y,
       printf('%d-11-14', y - 1), printf('%d-11-15', y), 14000, 3000, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
FROM mission m, years WHERE m.acronym != 'MINUSMA' AND m.acronym != 'MINUSCA';
WITH RECURSIVE years(y) AS (SELECT 2016 UNION ALL SELECT y + 1 FROM years WHERE y < 2025)
INSERT INTO mandate (uuid, missionId, resolutionNumber, resolutionYear, adoptedOn, expiresOn, troopCeiling, policeCeiling, createdAt, updatedAt)
SELECT printf('bench-mandate-%d-%d', m.id, y), m.id, 2500 + (y - 2016), y,
       printf('%d-11-14', y - 1), printf('%d-11-15', y), 14400, 3020, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
FROM mission m, years WHERE m.acronym = 'MINUSCA';

-- Monthly contributions of 30 states to each mission, 2016 to 2025.
WITH RECURSIVE months(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM months WHERE n < 119),
     states(id, rank) AS (SELECT id, row_number() OVER (ORDER BY code) FROM party WHERE kind = 'state')
INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police, formedPolice, createdAt, updatedAt)
SELECT printf('bench-c-%d-%d-%d', m.id, s.id, n), m.id, s.id, date('2016-01-01', printf('+%d months', n), '+1 month', '-1 day'),
       50 + (s.rank * 37 + m.id * 11 + n) % 900, 10, 5, (s.rank * 7) % 40, (s.rank % 3) * 140,
       '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
FROM mission m, months, states s WHERE (s.rank + m.id) % 6 = 0 AND m.acronym != 'MINUSMA';

-- 10,000 meetings, spread over 2016-2025 and the missions; a T/PCC consultation before each renewal.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO meeting (uuid, kind, title, meetingDay, startsAt, status, chairPartyId, location, mode, summary, createdAt, updatedAt)
SELECT printf('bench-meeting-%d', i),
       CASE i % 6 WHEN 0 THEN 'tpcc-consultation' WHEN 1 THEN 'secretariat-briefing' WHEN 2 THEN 'wgpko'
                  WHEN 3 THEN 'informal' WHEN 4 THEN 'council-public' ELSE 'c34' END,
       printf('Meeting %d on the mission', i),
       date('2016-01-01', printf('+%d days', (i * 7919) % 3650)),
       date('2016-01-01', printf('+%d days', (i * 7919) % 3650)),
       CASE WHEN i % 50 = 0 THEN 'cancelled' ELSE 'held' END,
       NULL, 'New York', 'in-person', 'Generated for the benchmark.', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
FROM n;
WITH missions(id, rank) AS (SELECT id, row_number() OVER (ORDER BY id) - 1 FROM mission WHERE acronym != 'MINUSMA')
INSERT INTO meetingMission (meetingId, missionId, position)
SELECT g.id, m.id, 1 FROM meeting g JOIN missions m ON m.rank = g.id % 11;
INSERT INTO meetingArea (meetingId, area, position)
SELECT g.id, CASE g.id % 4 WHEN 0 THEN 'protection' WHEN 1 THEN 'politics' WHEN 2 THEN 'wps' ELSE 'conduct' END, 1 FROM meeting g;
-- Twelve attendees a meeting: the five permanent members, two Secretariat entities, five states.
INSERT INTO attendance (meetingId, partyId, representative)
SELECT g.id, p.id, NULL FROM meeting g
JOIN party p ON p.code IN ('CHN', 'FRA', 'GBR', 'RUS', 'USA', 'DPO', 'OMA');
WITH states(id, rank) AS (SELECT id, row_number() OVER (ORDER BY code) FROM party WHERE kind = 'state')
INSERT OR IGNORE INTO attendance (meetingId, partyId, representative)
SELECT g.id, s.id, NULL FROM meeting g JOIN states s ON (s.rank + g.id) % 40 < 5;
INSERT INTO agendaItem (meetingId, position, title, outcome)
SELECT g.id, 1, 'Briefing', 'Noted' FROM meeting g;

-- 100,000 action items: ten per meeting; most closed, some open, a few overdue; a few parties own most.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9),
     owners(id, rank) AS (SELECT id, row_number() OVER (ORDER BY kind DESC, code) FROM party)
INSERT INTO actionItem (uuid, title, ownerPartyId, meetingId, dueOn, priority, status, createdAt, updatedAt, closedAt)
SELECT printf('bench-action-%d-%d', g.id, i), printf('Follow-up %d of meeting %d', i, g.id),
       (SELECT id FROM owners WHERE rank = 1 + (g.id * 13 + i * i * 7) % CASE WHEN i < 7 THEN 12 ELSE 200 END),
       g.id, date(g.meetingDay, printf('+%d days', 14 + i * 5)),
       CASE i % 4 WHEN 0 THEN 'normal' WHEN 1 THEN 'high' WHEN 2 THEN 'low' ELSE 'urgent' END,
       CASE WHEN g.meetingDay < '2025-06-01' AND i < 9 THEN 'done'
            WHEN i = 9 AND g.id % 3 = 0 THEN 'cancelled'
            WHEN i % 2 = 0 THEN 'open' ELSE 'in-progress' END,
       g.meetingDay || 'T12:00:00.000Z', g.meetingDay || 'T12:00:00.000Z',
       CASE WHEN (g.meetingDay < '2025-06-01' AND i < 9) OR (i = 9 AND g.id % 3 = 0) THEN g.meetingDay || 'T18:00:00.000Z' END
FROM meeting g, n;
ANALYZE;
