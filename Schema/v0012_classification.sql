-- triad schema, version 12: classification on the records that hold what was said (DOMAIN.md,
-- "Classification"; ST/SGB/2007/6). Never edit this file once landed.
--
-- A meeting has a level; its agenda items, its action items and their notes take the level of what they
-- belong to (a note its action's, an action its meeting's) unless given their own: `ownClassification` says
-- which, and the level is kept on every row, so that a filter, a count of what is withheld or a policy reads
-- one column. Private meetings with the contributors and the Secretariat's briefings are confidential by
-- default, the rest unclassified; the records already there take those defaults.

-- The journal's copies gain the new columns; the triggers are replaced after the rows are filled in,
-- which is no one's command.
DROP TRIGGER meeting_journal_insert;
DROP TRIGGER meeting_journal_update;
DROP TRIGGER meeting_journal_delete;
DROP TRIGGER agendaItem_journal_insert;
DROP TRIGGER agendaItem_journal_update;
DROP TRIGGER agendaItem_journal_delete;
DROP TRIGGER actionItem_journal_insert;
DROP TRIGGER actionItem_journal_update;
DROP TRIGGER actionItem_journal_delete;
DROP TRIGGER actionNote_journal_insert;
DROP TRIGGER actionNote_journal_update;
DROP TRIGGER actionNote_journal_delete;

ALTER TABLE meeting ADD COLUMN classification TEXT NOT NULL DEFAULT 'unclassified'
    CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential'));
ALTER TABLE agendaItem ADD COLUMN classification TEXT NOT NULL DEFAULT 'unclassified'
    CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential'));
ALTER TABLE agendaItem ADD COLUMN ownClassification INTEGER NOT NULL DEFAULT 0 CHECK (ownClassification IN (0, 1));
ALTER TABLE actionItem ADD COLUMN classification TEXT NOT NULL DEFAULT 'unclassified'
    CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential'));
ALTER TABLE actionItem ADD COLUMN ownClassification INTEGER NOT NULL DEFAULT 0 CHECK (ownClassification IN (0, 1));
ALTER TABLE actionNote ADD COLUMN classification TEXT NOT NULL DEFAULT 'unclassified'
    CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential'));
ALTER TABLE actionNote ADD COLUMN ownClassification INTEGER NOT NULL DEFAULT 0 CHECK (ownClassification IN (0, 1));

UPDATE meeting SET classification = 'confidential' WHERE kind IN ('tpcc-consultation', 'secretariat-briefing');
UPDATE agendaItem SET classification = (SELECT meeting.classification FROM meeting WHERE meeting.id = agendaItem.meetingId);
UPDATE actionItem SET classification = (SELECT meeting.classification FROM meeting WHERE meeting.id = actionItem.meetingId)
WHERE meetingId IS NOT NULL;
UPDATE actionNote SET classification = (SELECT actionItem.classification FROM actionItem WHERE actionItem.id = actionNote.actionItemId);

CREATE INDEX meeting_byClassification ON meeting (classification, meetingDay);
CREATE INDEX actionItem_byClassification ON actionItem (classification);

CREATE TRIGGER meeting_journal_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meeting', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'kind', NEW.kind, 'title', NEW.title, 'meetingDay', NEW.meetingDay, 'startsAt', NEW.startsAt, 'status', NEW.status, 'chairPartyId', NEW.chairPartyId, 'location', NEW.location, 'mode', NEW.mode, 'summary', NEW.summary, 'cancelReason', NEW.cancelReason, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'classification', NEW.classification));
END;

CREATE TRIGGER meeting_journal_update AFTER UPDATE ON meeting BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meeting', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'kind', OLD.kind, 'title', OLD.title, 'meetingDay', OLD.meetingDay, 'startsAt', OLD.startsAt, 'status', OLD.status, 'chairPartyId', OLD.chairPartyId, 'location', OLD.location, 'mode', OLD.mode, 'summary', OLD.summary, 'cancelReason', OLD.cancelReason, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'classification', OLD.classification),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'kind', NEW.kind, 'title', NEW.title, 'meetingDay', NEW.meetingDay, 'startsAt', NEW.startsAt, 'status', NEW.status, 'chairPartyId', NEW.chairPartyId, 'location', NEW.location, 'mode', NEW.mode, 'summary', NEW.summary, 'cancelReason', NEW.cancelReason, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'classification', NEW.classification));
END;

CREATE TRIGGER meeting_journal_delete AFTER DELETE ON meeting BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meeting', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'kind', OLD.kind, 'title', OLD.title, 'meetingDay', OLD.meetingDay, 'startsAt', OLD.startsAt, 'status', OLD.status, 'chairPartyId', OLD.chairPartyId, 'location', OLD.location, 'mode', OLD.mode, 'summary', OLD.summary, 'cancelReason', OLD.cancelReason, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'classification', OLD.classification),
        NULL);
END;

CREATE TRIGGER agendaItem_journal_insert AFTER INSERT ON agendaItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItem', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'meetingId', NEW.meetingId, 'position', NEW.position, 'title', NEW.title, 'outcome', NEW.outcome, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification));
END;

CREATE TRIGGER agendaItem_journal_update AFTER UPDATE ON agendaItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItem', NEW.rowid, 'update',
        json_object('id', OLD.id, 'meetingId', OLD.meetingId, 'position', OLD.position, 'title', OLD.title, 'outcome', OLD.outcome, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification),
        json_object('id', NEW.id, 'meetingId', NEW.meetingId, 'position', NEW.position, 'title', NEW.title, 'outcome', NEW.outcome, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification));
END;

CREATE TRIGGER agendaItem_journal_delete AFTER DELETE ON agendaItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItem', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'meetingId', OLD.meetingId, 'position', OLD.position, 'title', OLD.title, 'outcome', OLD.outcome, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification),
        NULL);
END;

CREATE TRIGGER actionItem_journal_insert AFTER INSERT ON actionItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItem', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'title', NEW.title, 'details', NEW.details, 'ownerPartyId', NEW.ownerPartyId, 'assignee', NEW.assignee, 'meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'dueOn', NEW.dueOn, 'priority', NEW.priority, 'status', NEW.status, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'closedAt', NEW.closedAt, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification));
END;

CREATE TRIGGER actionItem_journal_update AFTER UPDATE ON actionItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItem', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'title', OLD.title, 'details', OLD.details, 'ownerPartyId', OLD.ownerPartyId, 'assignee', OLD.assignee, 'meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'dueOn', OLD.dueOn, 'priority', OLD.priority, 'status', OLD.status, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'closedAt', OLD.closedAt, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'title', NEW.title, 'details', NEW.details, 'ownerPartyId', NEW.ownerPartyId, 'assignee', NEW.assignee, 'meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'dueOn', NEW.dueOn, 'priority', NEW.priority, 'status', NEW.status, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'closedAt', NEW.closedAt, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification));
END;

CREATE TRIGGER actionItem_journal_delete AFTER DELETE ON actionItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItem', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'title', OLD.title, 'details', OLD.details, 'ownerPartyId', OLD.ownerPartyId, 'assignee', OLD.assignee, 'meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'dueOn', OLD.dueOn, 'priority', OLD.priority, 'status', OLD.status, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'closedAt', OLD.closedAt, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification),
        NULL);
END;

CREATE TRIGGER actionNote_journal_insert AFTER INSERT ON actionNote BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionNote', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'actionItemId', NEW.actionItemId, 'writtenAt', NEW.writtenAt, 'actor', NEW.actor, 'text', NEW.text, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification));
END;

CREATE TRIGGER actionNote_journal_update AFTER UPDATE ON actionNote BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionNote', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'actionItemId', OLD.actionItemId, 'writtenAt', OLD.writtenAt, 'actor', OLD.actor, 'text', OLD.text, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'actionItemId', NEW.actionItemId, 'writtenAt', NEW.writtenAt, 'actor', NEW.actor, 'text', NEW.text, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification));
END;

CREATE TRIGGER actionNote_journal_delete AFTER DELETE ON actionNote BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionNote', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'actionItemId', OLD.actionItemId, 'writtenAt', OLD.writtenAt, 'actor', OLD.actor, 'text', OLD.text, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification),
        NULL);
END;
