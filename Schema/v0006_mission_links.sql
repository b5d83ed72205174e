-- triad schema, version 6: what the reports ask per mission, kept ready so that their cost follows the
-- answer, not the record. Never edit this file once landed.
--
-- Both tables are derived: triggers on the tables they come from keep them exact in the same transaction
-- as every change (commands, undo, bundle imports), the journal does not record them, and `triad db check`
-- compares them with what they derive from.

-- One row per (mission, action) that an action concerns: the action's own mission and its meeting's
-- missions. Open actions of a mission, its counts by status and its owners' open and overdue actions are
-- index ranges here instead of a walk through every action of every meeting the mission ever had.
CREATE TABLE missionAction (
    missionId INTEGER NOT NULL,
    actionItemId INTEGER NOT NULL,
    status TEXT NOT NULL,
    ownerPartyId INTEGER NOT NULL,
    dueOn TEXT,
    PRIMARY KEY (missionId, actionItemId)
) STRICT, WITHOUT ROWID;
CREATE INDEX missionAction_byStatus ON missionAction (missionId, status, ownerPartyId, dueOn);
CREATE INDEX missionAction_byAction ON missionAction (actionItemId);

-- One row per party present at a held meeting concerning a mission, with the meeting's day: a party's
-- last consultation on a mission, or its meetings in a period, is one seek.
CREATE TABLE missionAttendance (
    missionId INTEGER NOT NULL,
    partyId INTEGER NOT NULL,
    meetingDay TEXT NOT NULL,
    meetingId INTEGER NOT NULL,
    PRIMARY KEY (missionId, partyId, meetingDay, meetingId)
) STRICT, WITHOUT ROWID;
CREATE INDEX missionAttendance_byMeeting ON missionAttendance (meetingId);

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
CREATE TRIGGER actionItem_missions_insert AFTER INSERT ON actionItem BEGIN
    INSERT OR IGNORE INTO missionAction (missionId, actionItemId, status, ownerPartyId, dueOn)
        SELECT mm.missionId, NEW.id, NEW.status, NEW.ownerPartyId, NEW.dueOn
        FROM meetingMission mm WHERE mm.meetingId = NEW.meetingId
        UNION
        SELECT NEW.missionId, NEW.id, NEW.status, NEW.ownerPartyId, NEW.dueOn WHERE NEW.missionId IS NOT NULL;
END;

CREATE TRIGGER actionItem_missions_update
AFTER UPDATE OF id, status, ownerPartyId, dueOn, meetingId, missionId ON actionItem BEGIN
    DELETE FROM missionAction WHERE actionItemId = OLD.id;
    INSERT OR IGNORE INTO missionAction (missionId, actionItemId, status, ownerPartyId, dueOn)
        SELECT mm.missionId, NEW.id, NEW.status, NEW.ownerPartyId, NEW.dueOn
        FROM meetingMission mm WHERE mm.meetingId = NEW.meetingId
        UNION
        SELECT NEW.missionId, NEW.id, NEW.status, NEW.ownerPartyId, NEW.dueOn WHERE NEW.missionId IS NOT NULL;
END;

CREATE TRIGGER actionItem_missions_delete AFTER DELETE ON actionItem BEGIN
    DELETE FROM missionAction WHERE actionItemId = OLD.id;
END;

-- A meeting's missions: its actions and its attendance follow.
CREATE TRIGGER meetingMission_missions_insert AFTER INSERT ON meetingMission BEGIN
    INSERT OR IGNORE INTO missionAction (missionId, actionItemId, status, ownerPartyId, dueOn)
        SELECT NEW.missionId, a.id, a.status, a.ownerPartyId, a.dueOn FROM actionItem a WHERE a.meetingId = NEW.meetingId;
    INSERT OR IGNORE INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
        SELECT NEW.missionId, a.partyId, g.meetingDay, g.id
        FROM meeting g JOIN attendance a ON a.meetingId = g.id WHERE g.id = NEW.meetingId AND g.status = 'held';
END;

CREATE TRIGGER meetingMission_missions_update AFTER UPDATE OF meetingId, missionId ON meetingMission BEGIN
    DELETE FROM missionAction
    WHERE missionId = OLD.missionId
      AND actionItemId IN (SELECT a.id FROM actionItem a
                           WHERE a.meetingId = OLD.meetingId AND a.missionId IS NOT OLD.missionId);
    DELETE FROM missionAttendance WHERE meetingId = OLD.meetingId AND missionId = OLD.missionId;
    INSERT OR IGNORE INTO missionAction (missionId, actionItemId, status, ownerPartyId, dueOn)
        SELECT NEW.missionId, a.id, a.status, a.ownerPartyId, a.dueOn FROM actionItem a WHERE a.meetingId = NEW.meetingId;
    INSERT OR IGNORE INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
        SELECT NEW.missionId, a.partyId, g.meetingDay, g.id
        FROM meeting g JOIN attendance a ON a.meetingId = g.id WHERE g.id = NEW.meetingId AND g.status = 'held';
END;

CREATE TRIGGER meetingMission_missions_delete AFTER DELETE ON meetingMission BEGIN
    DELETE FROM missionAction
    WHERE missionId = OLD.missionId
      AND actionItemId IN (SELECT a.id FROM actionItem a
                           WHERE a.meetingId = OLD.meetingId AND a.missionId IS NOT OLD.missionId);
    DELETE FROM missionAttendance WHERE meetingId = OLD.meetingId AND missionId = OLD.missionId;
END;

-- Attendance, and the meeting's day and status.
CREATE TRIGGER attendance_missions_insert AFTER INSERT ON attendance BEGIN
    INSERT OR IGNORE INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
        SELECT mm.missionId, NEW.partyId, g.meetingDay, g.id
        FROM meeting g JOIN meetingMission mm ON mm.meetingId = g.id WHERE g.id = NEW.meetingId AND g.status = 'held';
END;

CREATE TRIGGER attendance_missions_update AFTER UPDATE OF meetingId, partyId ON attendance BEGIN
    DELETE FROM missionAttendance WHERE meetingId = OLD.meetingId AND partyId = OLD.partyId;
    INSERT OR IGNORE INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
        SELECT mm.missionId, NEW.partyId, g.meetingDay, g.id
        FROM meeting g JOIN meetingMission mm ON mm.meetingId = g.id WHERE g.id = NEW.meetingId AND g.status = 'held';
END;

CREATE TRIGGER attendance_missions_delete AFTER DELETE ON attendance BEGIN
    DELETE FROM missionAttendance WHERE meetingId = OLD.meetingId AND partyId = OLD.partyId;
END;

CREATE TRIGGER meeting_missions_update AFTER UPDATE OF id, meetingDay, status ON meeting BEGIN
    DELETE FROM missionAttendance WHERE meetingId = OLD.id;
    INSERT OR IGNORE INTO missionAttendance (missionId, partyId, meetingDay, meetingId)
        SELECT mm.missionId, a.partyId, NEW.meetingDay, NEW.id
        FROM meetingMission mm JOIN attendance a ON a.meetingId = mm.meetingId
        WHERE mm.meetingId = NEW.id AND NEW.status = 'held';
END;

CREATE TRIGGER meeting_missions_delete AFTER DELETE ON meeting BEGIN
    DELETE FROM missionAttendance WHERE meetingId = OLD.id;
END;
