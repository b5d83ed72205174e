-- triad's PostgreSQL schema, step 11: clearances, enforced by the server. Never edit this file once landed.
--
-- A team shares one database; what a person may read is their role's clearance (`triad access grant ROLE
-- --up-to LEVEL [--write]`), kept in `clearance` and enforced by row-level security on every table that holds
-- what was said: meetings and what belongs to them (missions, areas, attendance, invitations, the agenda and
-- its areas), actions and theirs (areas, notes), the mission summaries derived from them, and the journal's
-- copies of their rows. The conditions are those of the temporary views `--up-to` reads through
-- (ClassifiedViews in TriadBackend): a row is seen when its level is within the reader's clearance, and what
-- belongs to a hidden row is hidden with it. A row may be written only within the clearance too, so a role
-- cleared to confidential can neither read nor raise anything to strictly confidential.
--
-- The owner of the tables (the role that ran this migration, or any member of it) and superusers are not
-- subject to the policies: they see everything, and `--up-to` is what narrows their reading. A role with no
-- clearance sees no row of these tables even if someone granted it SELECT by hand.
--
-- No SQLite counterpart: a file has one user, and its security is its permissions.

CREATE TABLE clearance (
    role text COLLATE "C" PRIMARY KEY,
    upTo text COLLATE "C" NOT NULL CHECK (upTo IN ('unclassified', 'confidential', 'strictly-confidential')),
    mayWrite boolean NOT NULL,
    grantedAt text NOT NULL,
    grantedBy text NOT NULL
);
-- A role reads its own clearance, and nobody else's; only the owner grants.
ALTER TABLE clearance ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_clearance ON clearance FOR SELECT USING (role = current_user);

-- The rank of a level: 0 for unclassified, 2 for strictly confidential.
CREATE FUNCTION triad_level_rank(level text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE level WHEN 'unclassified' THEN 0 WHEN 'confidential' THEN 1 WHEN 'strictly-confidential' THEN 2 END
$$;

-- The level the role running the statement may read: everything for the owner and superusers, its clearance
-- for another role, and nothing (NULL) for a role without one.
CREATE FUNCTION triad_reader_level() RETURNS text LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT CASE
        WHEN (SELECT rolsuper OR rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = current_user)
            OR pg_catalog.pg_has_role(
                current_user, (SELECT relowner FROM pg_catalog.pg_class WHERE oid = 'meeting'::regclass), 'MEMBER')
        THEN 'strictly-confidential'
        ELSE (SELECT upTo FROM clearance WHERE role = current_user)
    END
$$;

-- How many changes a journal command made, seen or not, and who made it: a command is shown only when every
-- change it made is (its command line may name what it changed), or to the role that made it. Both run as the
-- owner, so they see the rows the reader cannot (and the policies of the two journal tables do not read each
-- other's, which the server would refuse as a loop).
CREATE FUNCTION triad_journal_change_count(command bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
    SELECT count(*) FROM journalChange WHERE commandId = command
$$;
CREATE FUNCTION triad_journal_actor(command bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
    SELECT actor FROM journalCommand WHERE id = command
$$;

-- The policies. `(SELECT triad_level_rank(triad_reader_level()))` is computed once per statement.
ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON meeting
    USING (triad_level_rank(classification) <= (SELECT triad_level_rank(triad_reader_level())));

ALTER TABLE meetingMission ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON meetingMission USING (meetingId IN (SELECT id FROM meeting));
ALTER TABLE meetingArea ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON meetingArea USING (meetingId IN (SELECT id FROM meeting));
ALTER TABLE attendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON attendance USING (meetingId IN (SELECT id FROM meeting));
ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON invitation USING (meetingId IN (SELECT id FROM meeting));
ALTER TABLE missionAttendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON missionAttendance USING (meetingId IN (SELECT id FROM meeting));

ALTER TABLE agendaItem ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON agendaItem
    USING (triad_level_rank(classification) <= (SELECT triad_level_rank(triad_reader_level()))
        AND meetingId IN (SELECT id FROM meeting));
ALTER TABLE agendaItemArea ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON agendaItemArea USING (agendaItemId IN (SELECT id FROM agendaItem));

ALTER TABLE actionItem ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON actionItem
    USING (triad_level_rank(classification) <= (SELECT triad_level_rank(triad_reader_level())));
ALTER TABLE actionItemArea ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON actionItemArea USING (actionItemId IN (SELECT id FROM actionItem));
ALTER TABLE actionNote ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON actionNote
    USING (triad_level_rank(classification) <= (SELECT triad_level_rank(triad_reader_level()))
        AND actionItemId IN (SELECT id FROM actionItem));
ALTER TABLE missionAction ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON missionAction USING (actionItemId IN (SELECT id FROM actionItem));

-- The journal: a change is shown when the row it copies (or the meeting, agenda item or action that row
-- belongs to) is shown now, and a command when every change it made is. A role also sees its own commands and
-- their changes, whose rows it wrote itself: it names, ends and undoes them as any writer does. A change is
-- written by the triggers of whoever writes, whatever it copies (a deleted row is no longer seen, yet its
-- deletion is journaled).
ALTER TABLE journalChange ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON journalChange USING (
    CASE entity
        WHEN 'meeting' THEN rowKey IN (SELECT id FROM meeting)
        WHEN 'agendaItem' THEN rowKey IN (SELECT id FROM agendaItem)
        WHEN 'actionItem' THEN rowKey IN (SELECT id FROM actionItem)
        WHEN 'actionNote' THEN rowKey IN (SELECT id FROM actionNote)
        WHEN 'attendance' THEN (coalesce(afterJSON, beforeJSON)::json ->> 'meetingId')::bigint IN (SELECT id FROM meeting)
        WHEN 'invitation' THEN (coalesce(afterJSON, beforeJSON)::json ->> 'meetingId')::bigint IN (SELECT id FROM meeting)
        WHEN 'meetingMission' THEN (coalesce(afterJSON, beforeJSON)::json ->> 'meetingId')::bigint IN (SELECT id FROM meeting)
        WHEN 'meetingArea' THEN (coalesce(afterJSON, beforeJSON)::json ->> 'meetingId')::bigint IN (SELECT id FROM meeting)
        WHEN 'agendaItemArea' THEN (coalesce(afterJSON, beforeJSON)::json ->> 'agendaItemId')::bigint IN (SELECT id FROM agendaItem)
        WHEN 'actionItemArea' THEN (coalesce(afterJSON, beforeJSON)::json ->> 'actionItemId')::bigint IN (SELECT id FROM actionItem)
        ELSE true
    END
    OR triad_journal_actor(commandId) = current_user)
    WITH CHECK ((SELECT triad_reader_level()) IS NOT NULL);

ALTER TABLE journalCommand ENABLE ROW LEVEL SECURITY;
CREATE POLICY cleared ON journalCommand USING (
    actor = current_user
    OR triad_journal_change_count(id) = (SELECT count(*) FROM journalChange change WHERE change.commandId = journalCommand.id))
    WITH CHECK ((SELECT triad_reader_level()) IS NOT NULL);
