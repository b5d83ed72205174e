-- triad schema, version 3: the change journal. Never edit this file once landed.
-- Every insert, update and delete of user data is recorded, with the row before and after, in the same
-- transaction, under the latest journalCommand (each write command starts by inserting one).

CREATE TRIGGER party_journal_insert AFTER INSERT ON party BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'party', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER party_journal_update AFTER UPDATE ON party BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'party', NEW.rowid, 'update',
        json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER party_journal_delete AFTER DELETE ON party BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'party', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER councilSeat_journal_insert AFTER INSERT ON councilSeat BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'councilSeat', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'partyId', NEW.partyId, 'startsOn', NEW.startsOn, 'endsOn', NEW.endsOn, 'isPermanent', NEW.isPermanent, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER councilSeat_journal_update AFTER UPDATE ON councilSeat BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'councilSeat', NEW.rowid, 'update',
        json_object('id', OLD.id, 'partyId', OLD.partyId, 'startsOn', OLD.startsOn, 'endsOn', OLD.endsOn, 'isPermanent', OLD.isPermanent, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'partyId', NEW.partyId, 'startsOn', NEW.startsOn, 'endsOn', NEW.endsOn, 'isPermanent', NEW.isPermanent, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER councilSeat_journal_delete AFTER DELETE ON councilSeat BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'councilSeat', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'partyId', OLD.partyId, 'startsOn', OLD.startsOn, 'endsOn', OLD.endsOn, 'isPermanent', OLD.isPermanent, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER mission_journal_insert AFTER INSERT ON mission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mission', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'acronym', NEW.acronym, 'name', NEW.name, 'territory', NEW.territory, 'establishedOn', NEW.establishedOn, 'closedOn', NEW.closedOn, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mission_journal_update AFTER UPDATE ON mission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mission', NEW.rowid, 'update',
        json_object('id', OLD.id, 'acronym', OLD.acronym, 'name', OLD.name, 'territory', OLD.territory, 'establishedOn', OLD.establishedOn, 'closedOn', OLD.closedOn, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'acronym', NEW.acronym, 'name', NEW.name, 'territory', NEW.territory, 'establishedOn', NEW.establishedOn, 'closedOn', NEW.closedOn, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mission_journal_delete AFTER DELETE ON mission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mission', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'acronym', OLD.acronym, 'name', OLD.name, 'territory', OLD.territory, 'establishedOn', OLD.establishedOn, 'closedOn', OLD.closedOn, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER missionHost_journal_insert AFTER INSERT ON missionHost BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'missionHost', NEW.rowid, 'insert',
        NULL,
        json_object('missionId', NEW.missionId, 'partyId', NEW.partyId));
END;

CREATE TRIGGER missionHost_journal_update AFTER UPDATE ON missionHost BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'missionHost', NEW.rowid, 'update',
        json_object('missionId', OLD.missionId, 'partyId', OLD.partyId),
        json_object('missionId', NEW.missionId, 'partyId', NEW.partyId));
END;

CREATE TRIGGER missionHost_journal_delete AFTER DELETE ON missionHost BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'missionHost', OLD.rowid, 'delete',
        json_object('missionId', OLD.missionId, 'partyId', OLD.partyId),
        NULL);
END;

CREATE TRIGGER mandate_journal_insert AFTER INSERT ON mandate BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandate', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'resolutionNumber', NEW.resolutionNumber, 'resolutionYear', NEW.resolutionYear, 'adoptedOn', NEW.adoptedOn, 'expiresOn', NEW.expiresOn, 'troopCeiling', NEW.troopCeiling, 'policeCeiling', NEW.policeCeiling, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mandate_journal_update AFTER UPDATE ON mandate BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandate', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'resolutionNumber', OLD.resolutionNumber, 'resolutionYear', OLD.resolutionYear, 'adoptedOn', OLD.adoptedOn, 'expiresOn', OLD.expiresOn, 'troopCeiling', OLD.troopCeiling, 'policeCeiling', OLD.policeCeiling, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'resolutionNumber', NEW.resolutionNumber, 'resolutionYear', NEW.resolutionYear, 'adoptedOn', NEW.adoptedOn, 'expiresOn', NEW.expiresOn, 'troopCeiling', NEW.troopCeiling, 'policeCeiling', NEW.policeCeiling, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mandate_journal_delete AFTER DELETE ON mandate BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandate', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'resolutionNumber', OLD.resolutionNumber, 'resolutionYear', OLD.resolutionYear, 'adoptedOn', OLD.adoptedOn, 'expiresOn', OLD.expiresOn, 'troopCeiling', OLD.troopCeiling, 'policeCeiling', OLD.policeCeiling, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER mandatePenholder_journal_insert AFTER INSERT ON mandatePenholder BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandatePenholder', NEW.rowid, 'insert',
        NULL,
        json_object('mandateId', NEW.mandateId, 'partyId', NEW.partyId));
END;

CREATE TRIGGER mandatePenholder_journal_update AFTER UPDATE ON mandatePenholder BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandatePenholder', NEW.rowid, 'update',
        json_object('mandateId', OLD.mandateId, 'partyId', OLD.partyId),
        json_object('mandateId', NEW.mandateId, 'partyId', NEW.partyId));
END;

CREATE TRIGGER mandatePenholder_journal_delete AFTER DELETE ON mandatePenholder BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandatePenholder', OLD.rowid, 'delete',
        json_object('mandateId', OLD.mandateId, 'partyId', OLD.partyId),
        NULL);
END;

CREATE TRIGGER mandateReportDue_journal_insert AFTER INSERT ON mandateReportDue BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandateReportDue', NEW.rowid, 'insert',
        NULL,
        json_object('mandateId', NEW.mandateId, 'dueOn', NEW.dueOn));
END;

CREATE TRIGGER mandateReportDue_journal_update AFTER UPDATE ON mandateReportDue BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandateReportDue', NEW.rowid, 'update',
        json_object('mandateId', OLD.mandateId, 'dueOn', OLD.dueOn),
        json_object('mandateId', NEW.mandateId, 'dueOn', NEW.dueOn));
END;

CREATE TRIGGER mandateReportDue_journal_delete AFTER DELETE ON mandateReportDue BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandateReportDue', OLD.rowid, 'delete',
        json_object('mandateId', OLD.mandateId, 'dueOn', OLD.dueOn),
        NULL);
END;

CREATE TRIGGER contribution_journal_insert AFTER INSERT ON contribution BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'contribution', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'partyId', NEW.partyId, 'asOf', NEW.asOf, 'troops', NEW.troops, 'staffOfficers', NEW.staffOfficers, 'experts', NEW.experts, 'police', NEW.police, 'formedPolice', NEW.formedPolice, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER contribution_journal_update AFTER UPDATE ON contribution BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'contribution', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'partyId', OLD.partyId, 'asOf', OLD.asOf, 'troops', OLD.troops, 'staffOfficers', OLD.staffOfficers, 'experts', OLD.experts, 'police', OLD.police, 'formedPolice', OLD.formedPolice, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'partyId', NEW.partyId, 'asOf', NEW.asOf, 'troops', NEW.troops, 'staffOfficers', NEW.staffOfficers, 'experts', NEW.experts, 'police', NEW.police, 'formedPolice', NEW.formedPolice, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER contribution_journal_delete AFTER DELETE ON contribution BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'contribution', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'partyId', OLD.partyId, 'asOf', OLD.asOf, 'troops', OLD.troops, 'staffOfficers', OLD.staffOfficers, 'experts', OLD.experts, 'police', OLD.police, 'formedPolice', OLD.formedPolice, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER meeting_journal_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meeting', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'kind', NEW.kind, 'title', NEW.title, 'meetingDay', NEW.meetingDay, 'startsAt', NEW.startsAt, 'status', NEW.status, 'chairPartyId', NEW.chairPartyId, 'location', NEW.location, 'mode', NEW.mode, 'summary', NEW.summary, 'cancelReason', NEW.cancelReason, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER meeting_journal_update AFTER UPDATE ON meeting BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meeting', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'kind', OLD.kind, 'title', OLD.title, 'meetingDay', OLD.meetingDay, 'startsAt', OLD.startsAt, 'status', OLD.status, 'chairPartyId', OLD.chairPartyId, 'location', OLD.location, 'mode', OLD.mode, 'summary', OLD.summary, 'cancelReason', OLD.cancelReason, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'kind', NEW.kind, 'title', NEW.title, 'meetingDay', NEW.meetingDay, 'startsAt', NEW.startsAt, 'status', NEW.status, 'chairPartyId', NEW.chairPartyId, 'location', NEW.location, 'mode', NEW.mode, 'summary', NEW.summary, 'cancelReason', NEW.cancelReason, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER meeting_journal_delete AFTER DELETE ON meeting BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meeting', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'kind', OLD.kind, 'title', OLD.title, 'meetingDay', OLD.meetingDay, 'startsAt', OLD.startsAt, 'status', OLD.status, 'chairPartyId', OLD.chairPartyId, 'location', OLD.location, 'mode', OLD.mode, 'summary', OLD.summary, 'cancelReason', OLD.cancelReason, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER meetingMission_journal_insert AFTER INSERT ON meetingMission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meetingMission', NEW.rowid, 'insert',
        NULL,
        json_object('meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'position', NEW.position));
END;

CREATE TRIGGER meetingMission_journal_update AFTER UPDATE ON meetingMission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meetingMission', NEW.rowid, 'update',
        json_object('meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'position', OLD.position),
        json_object('meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'position', NEW.position));
END;

CREATE TRIGGER meetingMission_journal_delete AFTER DELETE ON meetingMission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meetingMission', OLD.rowid, 'delete',
        json_object('meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'position', OLD.position),
        NULL);
END;

CREATE TRIGGER meetingArea_journal_insert AFTER INSERT ON meetingArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meetingArea', NEW.rowid, 'insert',
        NULL,
        json_object('meetingId', NEW.meetingId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER meetingArea_journal_update AFTER UPDATE ON meetingArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meetingArea', NEW.rowid, 'update',
        json_object('meetingId', OLD.meetingId, 'area', OLD.area, 'position', OLD.position),
        json_object('meetingId', NEW.meetingId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER meetingArea_journal_delete AFTER DELETE ON meetingArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'meetingArea', OLD.rowid, 'delete',
        json_object('meetingId', OLD.meetingId, 'area', OLD.area, 'position', OLD.position),
        NULL);
END;

CREATE TRIGGER attendance_journal_insert AFTER INSERT ON attendance BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'attendance', NEW.rowid, 'insert',
        NULL,
        json_object('meetingId', NEW.meetingId, 'partyId', NEW.partyId, 'representative', NEW.representative));
END;

CREATE TRIGGER attendance_journal_update AFTER UPDATE ON attendance BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'attendance', NEW.rowid, 'update',
        json_object('meetingId', OLD.meetingId, 'partyId', OLD.partyId, 'representative', OLD.representative),
        json_object('meetingId', NEW.meetingId, 'partyId', NEW.partyId, 'representative', NEW.representative));
END;

CREATE TRIGGER attendance_journal_delete AFTER DELETE ON attendance BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'attendance', OLD.rowid, 'delete',
        json_object('meetingId', OLD.meetingId, 'partyId', OLD.partyId, 'representative', OLD.representative),
        NULL);
END;

CREATE TRIGGER invitation_journal_insert AFTER INSERT ON invitation BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'invitation', NEW.rowid, 'insert',
        NULL,
        json_object('meetingId', NEW.meetingId, 'partyId', NEW.partyId));
END;

CREATE TRIGGER invitation_journal_update AFTER UPDATE ON invitation BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'invitation', NEW.rowid, 'update',
        json_object('meetingId', OLD.meetingId, 'partyId', OLD.partyId),
        json_object('meetingId', NEW.meetingId, 'partyId', NEW.partyId));
END;

CREATE TRIGGER invitation_journal_delete AFTER DELETE ON invitation BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'invitation', OLD.rowid, 'delete',
        json_object('meetingId', OLD.meetingId, 'partyId', OLD.partyId),
        NULL);
END;

CREATE TRIGGER agendaItem_journal_insert AFTER INSERT ON agendaItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItem', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'meetingId', NEW.meetingId, 'position', NEW.position, 'title', NEW.title, 'outcome', NEW.outcome));
END;

CREATE TRIGGER agendaItem_journal_update AFTER UPDATE ON agendaItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItem', NEW.rowid, 'update',
        json_object('id', OLD.id, 'meetingId', OLD.meetingId, 'position', OLD.position, 'title', OLD.title, 'outcome', OLD.outcome),
        json_object('id', NEW.id, 'meetingId', NEW.meetingId, 'position', NEW.position, 'title', NEW.title, 'outcome', NEW.outcome));
END;

CREATE TRIGGER agendaItem_journal_delete AFTER DELETE ON agendaItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItem', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'meetingId', OLD.meetingId, 'position', OLD.position, 'title', OLD.title, 'outcome', OLD.outcome),
        NULL);
END;

CREATE TRIGGER agendaItemArea_journal_insert AFTER INSERT ON agendaItemArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItemArea', NEW.rowid, 'insert',
        NULL,
        json_object('agendaItemId', NEW.agendaItemId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER agendaItemArea_journal_update AFTER UPDATE ON agendaItemArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItemArea', NEW.rowid, 'update',
        json_object('agendaItemId', OLD.agendaItemId, 'area', OLD.area, 'position', OLD.position),
        json_object('agendaItemId', NEW.agendaItemId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER agendaItemArea_journal_delete AFTER DELETE ON agendaItemArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'agendaItemArea', OLD.rowid, 'delete',
        json_object('agendaItemId', OLD.agendaItemId, 'area', OLD.area, 'position', OLD.position),
        NULL);
END;

CREATE TRIGGER actionItem_journal_insert AFTER INSERT ON actionItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItem', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'title', NEW.title, 'details', NEW.details, 'ownerPartyId', NEW.ownerPartyId, 'assignee', NEW.assignee, 'meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'dueOn', NEW.dueOn, 'priority', NEW.priority, 'status', NEW.status, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'closedAt', NEW.closedAt));
END;

CREATE TRIGGER actionItem_journal_update AFTER UPDATE ON actionItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItem', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'title', OLD.title, 'details', OLD.details, 'ownerPartyId', OLD.ownerPartyId, 'assignee', OLD.assignee, 'meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'dueOn', OLD.dueOn, 'priority', OLD.priority, 'status', OLD.status, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'closedAt', OLD.closedAt),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'title', NEW.title, 'details', NEW.details, 'ownerPartyId', NEW.ownerPartyId, 'assignee', NEW.assignee, 'meetingId', NEW.meetingId, 'missionId', NEW.missionId, 'dueOn', NEW.dueOn, 'priority', NEW.priority, 'status', NEW.status, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt, 'closedAt', NEW.closedAt));
END;

CREATE TRIGGER actionItem_journal_delete AFTER DELETE ON actionItem BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItem', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'title', OLD.title, 'details', OLD.details, 'ownerPartyId', OLD.ownerPartyId, 'assignee', OLD.assignee, 'meetingId', OLD.meetingId, 'missionId', OLD.missionId, 'dueOn', OLD.dueOn, 'priority', OLD.priority, 'status', OLD.status, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt, 'closedAt', OLD.closedAt),
        NULL);
END;

CREATE TRIGGER actionItemArea_journal_insert AFTER INSERT ON actionItemArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItemArea', NEW.rowid, 'insert',
        NULL,
        json_object('actionItemId', NEW.actionItemId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER actionItemArea_journal_update AFTER UPDATE ON actionItemArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItemArea', NEW.rowid, 'update',
        json_object('actionItemId', OLD.actionItemId, 'area', OLD.area, 'position', OLD.position),
        json_object('actionItemId', NEW.actionItemId, 'area', NEW.area, 'position', NEW.position));
END;

CREATE TRIGGER actionItemArea_journal_delete AFTER DELETE ON actionItemArea BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionItemArea', OLD.rowid, 'delete',
        json_object('actionItemId', OLD.actionItemId, 'area', OLD.area, 'position', OLD.position),
        NULL);
END;

CREATE TRIGGER actionNote_journal_insert AFTER INSERT ON actionNote BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionNote', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'actionItemId', NEW.actionItemId, 'writtenAt', NEW.writtenAt, 'actor', NEW.actor, 'text', NEW.text));
END;

CREATE TRIGGER actionNote_journal_update AFTER UPDATE ON actionNote BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionNote', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'actionItemId', OLD.actionItemId, 'writtenAt', OLD.writtenAt, 'actor', OLD.actor, 'text', OLD.text),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'actionItemId', NEW.actionItemId, 'writtenAt', NEW.writtenAt, 'actor', NEW.actor, 'text', NEW.text));
END;

CREATE TRIGGER actionNote_journal_delete AFTER DELETE ON actionNote BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'actionNote', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'actionItemId', OLD.actionItemId, 'writtenAt', OLD.writtenAt, 'actor', OLD.actor, 'text', OLD.text),
        NULL);
END;
