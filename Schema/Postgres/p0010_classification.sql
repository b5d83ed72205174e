-- triad's PostgreSQL schema, step 10: classification on the records that hold what was said, as the SQLite
-- schema's v0012 (whose comments say why each row keeps its level). Never edit this file once landed.
ALTER TABLE meeting ADD COLUMN classification text NOT NULL DEFAULT 'unclassified'
    CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential'));
ALTER TABLE agendaItem
    ADD COLUMN classification text NOT NULL DEFAULT 'unclassified' CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential')),
    ADD COLUMN ownClassification boolean NOT NULL DEFAULT false;
ALTER TABLE actionItem
    ADD COLUMN classification text NOT NULL DEFAULT 'unclassified' CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential')),
    ADD COLUMN ownClassification boolean NOT NULL DEFAULT false;
ALTER TABLE actionNote
    ADD COLUMN classification text NOT NULL DEFAULT 'unclassified' CHECK (classification IN ('unclassified', 'confidential', 'strictly-confidential')),
    ADD COLUMN ownClassification boolean NOT NULL DEFAULT false;

UPDATE meeting SET classification = 'confidential' WHERE kind IN ('tpcc-consultation', 'secretariat-briefing');
UPDATE agendaItem SET classification = meeting.classification FROM meeting WHERE meeting.id = agendaItem.meetingId;
UPDATE actionItem SET classification = meeting.classification FROM meeting WHERE meeting.id = actionItem.meetingId;
UPDATE actionNote SET classification = actionItem.classification FROM actionItem
WHERE actionItem.id = actionNote.actionItemId;

CREATE INDEX meeting_byClassification ON meeting (classification, meetingDay);
CREATE INDEX actionItem_byClassification ON actionItem (classification);

CREATE OR REPLACE FUNCTION meeting_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'meeting', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'kind', NEW.kind, 'title', NEW.title, 'meetingDay', NEW.meetingDay, 'startsAt', NEW.startsAt, 'status', NEW.status, 'chairPartyId', NEW.chairPartyId, 'location', NEW.location, 'mode', NEW.mode, 'summary', NEW.summary, 'cancelReason', NEW.cancelReason, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'classification', NEW.classification)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'meeting', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'kind', OLD.kind, 'title', OLD.title, 'meetingDay', OLD.meetingDay, 'startsAt', OLD.startsAt, 'status', OLD.status, 'chairPartyId', OLD.chairPartyId, 'location', OLD.location, 'mode', OLD.mode, 'summary', OLD.summary, 'cancelReason', OLD.cancelReason, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'classification', OLD.classification)),
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'kind', NEW.kind, 'title', NEW.title, 'meetingDay', NEW.meetingDay, 'startsAt', NEW.startsAt, 'status', NEW.status, 'chairPartyId', NEW.chairPartyId, 'location', NEW.location, 'mode', NEW.mode, 'summary', NEW.summary, 'cancelReason', NEW.cancelReason, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'classification', NEW.classification)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'meeting', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'kind', OLD.kind, 'title', OLD.title, 'meetingDay', OLD.meetingDay, 'startsAt', OLD.startsAt, 'status', OLD.status, 'chairPartyId', OLD.chairPartyId, 'location', OLD.location, 'mode', OLD.mode, 'summary', OLD.summary, 'cancelReason', OLD.cancelReason, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'classification', OLD.classification)), NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION agendaItem_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'agendaItem', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'meetingId', NEW.meetingId, 'position', NEW.position, 'title', NEW.title, 'outcome', NEW.outcome, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification::int)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'agendaItem', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'meetingId', OLD.meetingId, 'position', OLD.position, 'title', OLD.title, 'outcome', OLD.outcome, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification::int)),
            triad_json(json_build_object('id', NEW.id, 'meetingId', NEW.meetingId, 'position', NEW.position, 'title', NEW.title, 'outcome', NEW.outcome, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification::int)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'agendaItem', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'meetingId', OLD.meetingId, 'position', OLD.position, 'title', OLD.title, 'outcome', OLD.outcome, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification::int)), NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION actionItem_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'actionItem', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'title', NEW.title, 'details', NEW.details, 'ownerPartyId', NEW.ownerPartyId, 'assignee', NEW.assignee, 'meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'dueOn', NEW.dueOn, 'priority', NEW.priority, 'status', NEW.status, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'closedAt', NEW.closedAt, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification::int)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'actionItem', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'title', OLD.title, 'details', OLD.details, 'ownerPartyId', OLD.ownerPartyId, 'assignee', OLD.assignee, 'meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'dueOn', OLD.dueOn, 'priority', OLD.priority, 'status', OLD.status, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'closedAt', OLD.closedAt, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification::int)),
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'title', NEW.title, 'details', NEW.details, 'ownerPartyId', NEW.ownerPartyId, 'assignee', NEW.assignee, 'meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'dueOn', NEW.dueOn, 'priority', NEW.priority, 'status', NEW.status, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'closedAt', NEW.closedAt, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification::int)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'actionItem', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'title', OLD.title, 'details', OLD.details, 'ownerPartyId', OLD.ownerPartyId, 'assignee', OLD.assignee, 'meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'dueOn', OLD.dueOn, 'priority', OLD.priority, 'status', OLD.status, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'closedAt', OLD.closedAt, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification::int)), NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION actionNote_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'actionNote', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'actionItemId', NEW.actionItemId, 'writtenAt', NEW.writtenAt, 'actor', NEW.actor, 'text', NEW.text, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification::int)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'actionNote', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'actionItemId', OLD.actionItemId, 'writtenAt', OLD.writtenAt, 'actor', OLD.actor, 'text', OLD.text, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification::int)),
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'actionItemId', NEW.actionItemId, 'writtenAt', NEW.writtenAt, 'actor', NEW.actor, 'text', NEW.text, 'classification', NEW.classification, 'ownClassification', NEW.ownClassification::int)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'actionNote', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'actionItemId', OLD.actionItemId, 'writtenAt', OLD.writtenAt, 'actor', OLD.actor, 'text', OLD.text, 'classification', OLD.classification, 'ownClassification', OLD.ownClassification::int)), NULL);
    END IF;
    RETURN NULL;
END $$;
