-- triad's PostgreSQL schema, step 5: what the reports ask per mission, kept ready, as the SQLite schema's
-- v0006 keeps it (the same tables, columns in the same order, and the same rules). Never edit this file once
-- landed.
--
-- Both tables are derived: triggers on the tables they come from keep them exact in the same transaction as
-- every change (commands, undo, bundle imports), the journal does not record them, and `triad db check`
-- compares them with what they derive from. Their text compares byte by byte, as every text column does
-- since step 3.

-- One row per (mission, action) that an action concerns: the action's own mission and its meeting's missions.
CREATE TABLE missionAction (
    missionId bigint NOT NULL,
    actionItemId bigint NOT NULL,
    status text COLLATE "C" NOT NULL,
    ownerPartyId bigint NOT NULL,
    dueOn text COLLATE "C",
    PRIMARY KEY (missionId, actionItemId)
);
CREATE INDEX missionAction_byStatus ON missionAction (missionId, status, ownerPartyId, dueOn);
CREATE INDEX missionAction_byAction ON missionAction (actionItemId);

-- One row per party present at a held meeting concerning a mission, with the meeting's day.
CREATE TABLE missionAttendance (
    missionId bigint NOT NULL,
    partyId bigint NOT NULL,
    meetingDay text COLLATE "C" NOT NULL,
    meetingId bigint NOT NULL,
    PRIMARY KEY (missionId, partyId, meetingDay, meetingId)
);
CREATE INDEX missionAttendance_byMeeting ON missionAttendance (meetingId);

-- The rows of one action, and of one meeting's attendance, as they derive from the records.
CREATE FUNCTION triad_derive_action(action bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO missionAction (missionId, actionItemId, status, ownerPartyId, dueOn)
        SELECT mm.missionId, a.id, a.status, a.ownerPartyId, a.dueOn
        FROM actionItem a JOIN meetingMission mm ON mm.meetingId = a.meetingId WHERE a.id = action
        UNION
        SELECT a.missionId, a.id, a.status, a.ownerPartyId, a.dueOn
        FROM actionItem a WHERE a.id = action AND a.missionId IS NOT NULL
    ON CONFLICT DO NOTHING
$$;

CREATE FUNCTION triad_derive_attendance(meeting bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
        SELECT mm.missionId, a.partyId, g.meetingDay, g.id
        FROM meeting g JOIN meetingMission mm ON mm.meetingId = g.id JOIN attendance a ON a.meetingId = g.id
        WHERE g.id = meeting AND g.status = 'held'
    ON CONFLICT DO NOTHING
$$;

INSERT INTO missionAction (missionId, actionItemId, status, ownerPartyId, dueOn)
    SELECT mm.missionId, a.id, a.status, a.ownerPartyId, a.dueOn
    FROM actionItem a JOIN meetingMission mm ON mm.meetingId = a.meetingId
    UNION
    SELECT a.missionId, a.id, a.status, a.ownerPartyId, a.dueOn
    FROM actionItem a WHERE a.missionId IS NOT NULL;

INSERT INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
    SELECT mm.missionId, a.partyId, g.meetingDay, g.id
    FROM meeting g JOIN meetingMission mm ON mm.meetingId = g.id JOIN attendance a ON a.meetingId = g.id
    WHERE g.status = 'held';

-- Actions: any change of what a row derives from replaces the action's rows.
CREATE FUNCTION actionItem_missions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM missionAction WHERE actionItemId = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM triad_derive_action(NEW.id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER actionItem_missions
AFTER INSERT OR UPDATE OF id, status, ownerPartyId, dueOn, meetingId, missionId OR DELETE ON actionItem
FOR EACH ROW EXECUTE FUNCTION actionItem_missions();

-- A meeting's missions: its actions and its attendance follow.
CREATE FUNCTION meetingMission_missions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    action bigint;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM missionAction
        WHERE missionId = OLD.missionId
          AND actionItemId IN (SELECT a.id FROM actionItem a
                               WHERE a.meetingId = OLD.meetingId AND a.missionId IS DISTINCT FROM OLD.missionId);
        DELETE FROM missionAttendance WHERE meetingId = OLD.meetingId AND missionId = OLD.missionId;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        FOR action IN SELECT a.id FROM actionItem a WHERE a.meetingId = NEW.meetingId LOOP
            PERFORM triad_derive_action(action);
        END LOOP;
        PERFORM triad_derive_attendance(NEW.meetingId);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER meetingMission_missions
AFTER INSERT OR UPDATE OF meetingId, missionId OR DELETE ON meetingMission
FOR EACH ROW EXECUTE FUNCTION meetingMission_missions();

-- Attendance, and the meeting's day and status.
CREATE FUNCTION attendance_missions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM missionAttendance WHERE meetingId = OLD.meetingId AND partyId = OLD.partyId;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
            SELECT mm.missionId, NEW.partyId, g.meetingDay, g.id
            FROM meeting g JOIN meetingMission mm ON mm.meetingId = g.id
            WHERE g.id = NEW.meetingId AND g.status = 'held'
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER attendance_missions
AFTER INSERT OR UPDATE OF meetingId, partyId OR DELETE ON attendance
FOR EACH ROW EXECUTE FUNCTION attendance_missions();

CREATE FUNCTION meeting_missions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM missionAttendance WHERE meetingId = OLD.id;
    IF TG_OP = 'UPDATE' THEN
        PERFORM triad_derive_attendance(NEW.id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER meeting_missions
AFTER UPDATE OF id, meetingDay, status OR DELETE ON meeting
FOR EACH ROW EXECUTE FUNCTION meeting_missions();
