-- triad schema, version 13: the positions parties raise at meetings and their uptake in the next mandate
-- (DOMAIN.md, "Positions and their uptake"). Never edit this file once landed.
--
-- A position belongs to a meeting the party attended, and carries the meeting's classification: it is read
-- through its meeting, so it is hidden wherever the meeting is. Its uptake, at most one, is recorded against
-- a mandate adopted after the meeting: the mandate, whether and where it took the position up.

CREATE TABLE partyPosition (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    partyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('request', 'concern', 'commitment', 'caveat')),
    topic TEXT NOT NULL CHECK (topic IN ('ceilings', 'tasks', 'force-protection', 'rules-of-engagement',
        'capabilities', 'host-consent', 'reporting', 'timelines', 'other')),
    text TEXT NOT NULL CHECK (length(text) > 0),
    uptakeMandateId INTEGER REFERENCES mandate(id) ON DELETE RESTRICT,
    uptakeStatus TEXT CHECK (uptakeStatus IN ('taken-up', 'partly', 'not-taken-up', 'overtaken')),
    uptakeParagraph TEXT CHECK (uptakeParagraph IS NULL OR length(uptakeParagraph) > 0),
    uptakeNote TEXT CHECK (uptakeNote IS NULL OR length(uptakeNote) > 0),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    CHECK ((uptakeMandateId IS NULL) = (uptakeStatus IS NULL)),
    CHECK (uptakeStatus IS NOT NULL OR (uptakeParagraph IS NULL AND uptakeNote IS NULL))
) STRICT;
CREATE INDEX partyPosition_byMeeting ON partyPosition (meetingId, id);
CREATE INDEX partyPosition_byParty ON partyPosition (partyId);
CREATE INDEX partyPosition_byMandate ON partyPosition (uptakeMandateId);

CREATE TABLE partyPositionArea (
    partyPositionId INTEGER NOT NULL REFERENCES partyPosition(id) ON DELETE CASCADE,
    area TEXT NOT NULL
        CHECK (area IN ('politics', 'wps', 'protection', 'safety-security', 'performance-accountability', 'peacebuilding', 'partnerships', 'conduct', 'political-coherence', 'integration', 'capabilities-mindsets', 'accountability-to-peacekeepers', 'accountability-of-peacekeepers', 'strategic-communications', 'host-cooperation', 'data-technology')),
    position INTEGER NOT NULL,
    PRIMARY KEY (partyPositionId, area)
) STRICT;

CREATE TRIGGER partyPosition_journal_insert AFTER INSERT ON partyPosition BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'partyPosition', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'meetingId', NEW.meetingId, 'partyId', NEW.partyId, 'kind', NEW.kind, 'topic', NEW.topic, 'text', NEW.text, 'uptakeMandateId', NEW.uptakeMandateId, 'uptakeStatus', NEW.uptakeStatus, 'uptakeParagraph', NEW.uptakeParagraph, 'uptakeNote', NEW.uptakeNote, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER partyPosition_journal_update AFTER UPDATE ON partyPosition BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'partyPosition', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'meetingId', OLD.meetingId, 'partyId', OLD.partyId, 'kind', OLD.kind, 'topic', OLD.topic, 'text', OLD.text, 'uptakeMandateId', OLD.uptakeMandateId, 'uptakeStatus', OLD.uptakeStatus, 'uptakeParagraph', OLD.uptakeParagraph, 'uptakeNote', OLD.uptakeNote, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'meetingId', NEW.meetingId, 'partyId', NEW.partyId, 'kind', NEW.kind, 'topic', NEW.topic, 'text', NEW.text, 'uptakeMandateId', NEW.uptakeMandateId, 'uptakeStatus', NEW.uptakeStatus, 'uptakeParagraph', NEW.uptakeParagraph, 'uptakeNote', NEW.uptakeNote, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER partyPosition_journal_delete AFTER DELETE ON partyPosition BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'partyPosition', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'meetingId', OLD.meetingId, 'partyId', OLD.partyId, 'kind', OLD.kind, 'topic', OLD.topic, 'text', OLD.text, 'uptakeMandateId', OLD.uptakeMandateId, 'uptakeStatus', OLD.uptakeStatus, 'uptakeParagraph', OLD.uptakeParagraph, 'uptakeNote', OLD.uptakeNote, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER partyPositionArea_journal_insert AFTER INSERT ON partyPositionArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'partyPositionArea', NEW.rowid, 'insert',
        NULL,
        json_object('partyPositionId', NEW.partyPositionId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER partyPositionArea_journal_update AFTER UPDATE ON partyPositionArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'partyPositionArea', NEW.rowid, 'update',
        json_object('partyPositionId', OLD.partyPositionId, 'area', OLD.area, 'position', OLD.position),
        json_object('partyPositionId', NEW.partyPositionId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER partyPositionArea_journal_delete AFTER DELETE ON partyPositionArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'partyPositionArea', OLD.rowid, 'delete',
        json_object('partyPositionId', OLD.partyPositionId, 'area', OLD.area, 'position', OLD.position),
        NULL);
END;
