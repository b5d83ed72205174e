-- triad schema, version 1. Never edit this file once landed: a change is a new file.
-- Dates are TEXT 'YYYY-MM-DD'; instants are TEXT 'YYYY-MM-DDTHH:MM:SS.mmmZ' (UTC), so both sort in time order.

CREATE TABLE party (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) BETWEEN 2 AND 12),
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('state', 'secretariat', 'organization')),
    isReference INTEGER NOT NULL DEFAULT 0 CHECK (isReference IN (0, 1)),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
) STRICT;

CREATE TABLE councilSeat (
    id INTEGER PRIMARY KEY,
    partyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    startsOn TEXT NOT NULL,
    endsOn TEXT CHECK (endsOn IS NULL OR endsOn >= startsOn),
    isPermanent INTEGER NOT NULL DEFAULT 0 CHECK (isPermanent IN (0, 1)),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    UNIQUE (partyId, startsOn)
) STRICT;
CREATE INDEX councilSeat_byDates ON councilSeat (startsOn, endsOn, partyId);

CREATE TABLE mission (
    id INTEGER PRIMARY KEY,
    acronym TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(acronym) BETWEEN 2 AND 16),
    name TEXT NOT NULL CHECK (length(name) > 0),
    territory TEXT,
    establishedOn TEXT,
    closedOn TEXT CHECK (closedOn IS NULL OR establishedOn IS NULL OR closedOn >= establishedOn),
    isReference INTEGER NOT NULL DEFAULT 0 CHECK (isReference IN (0, 1)),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
) STRICT;

CREATE TABLE missionHost (
    missionId INTEGER NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
    partyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    PRIMARY KEY (missionId, partyId)
) STRICT;
CREATE INDEX missionHost_byParty ON missionHost (partyId);

CREATE TABLE mandate (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    missionId INTEGER NOT NULL REFERENCES mission(id) ON DELETE RESTRICT,
    resolutionNumber INTEGER NOT NULL UNIQUE CHECK (resolutionNumber > 0),
    resolutionYear INTEGER NOT NULL CHECK (resolutionYear BETWEEN 1946 AND 9999),
    adoptedOn TEXT NOT NULL,
    expiresOn TEXT CHECK (expiresOn IS NULL OR expiresOn > adoptedOn),
    troopCeiling INTEGER CHECK (troopCeiling IS NULL OR troopCeiling >= 0),
    policeCeiling INTEGER CHECK (policeCeiling IS NULL OR policeCeiling >= 0),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
) STRICT;
CREATE INDEX mandate_byMission ON mandate (missionId, adoptedOn);
CREATE INDEX mandate_byExpiry ON mandate (expiresOn);

CREATE TABLE mandatePenholder (
    mandateId INTEGER NOT NULL REFERENCES mandate(id) ON DELETE CASCADE,
    partyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    PRIMARY KEY (mandateId, partyId)
) STRICT;
CREATE INDEX mandatePenholder_byParty ON mandatePenholder (partyId);

CREATE TABLE mandateReportDue (
    mandateId INTEGER NOT NULL REFERENCES mandate(id) ON DELETE CASCADE,
    dueOn TEXT NOT NULL,
    PRIMARY KEY (mandateId, dueOn)
) STRICT;

CREATE TABLE contribution (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    missionId INTEGER NOT NULL REFERENCES mission(id) ON DELETE RESTRICT,
    partyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    asOf TEXT NOT NULL,
    troops INTEGER NOT NULL DEFAULT 0 CHECK (troops >= 0),
    staffOfficers INTEGER NOT NULL DEFAULT 0 CHECK (staffOfficers >= 0),
    experts INTEGER NOT NULL DEFAULT 0 CHECK (experts >= 0),
    police INTEGER NOT NULL DEFAULT 0 CHECK (police >= 0),
    formedPolice INTEGER NOT NULL DEFAULT 0 CHECK (formedPolice >= 0),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    UNIQUE (missionId, partyId, asOf)
) STRICT;
CREATE INDEX contribution_byParty ON contribution (partyId, asOf, missionId);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('tpcc-consultation', 'council-public', 'secretariat-briefing', 'wgpko', 'c34', 'informal')),
    title TEXT NOT NULL CHECK (length(title) > 0),
    meetingDay TEXT NOT NULL,
    startsAt TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
    chairPartyId INTEGER REFERENCES party(id) ON DELETE RESTRICT,
    location TEXT,
    mode TEXT CHECK (mode IS NULL OR mode IN ('in-person', 'virtual', 'hybrid')),
    summary TEXT,
    cancelReason TEXT,
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_byDay ON meeting (meetingDay, kind, status);

CREATE TABLE meetingMission (
    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    missionId INTEGER NOT NULL REFERENCES mission(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (meetingId, missionId)
) STRICT;
CREATE INDEX meetingMission_byMission ON meetingMission (missionId, meetingId);

CREATE TABLE meetingArea (
    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    area TEXT NOT NULL
        CHECK (area IN ('politics', 'wps', 'protection', 'safety-security', 'performance-accountability', 'peacebuilding', 'partnerships', 'conduct', 'political-coherence', 'integration', 'capabilities-mindsets', 'accountability-to-peacekeepers', 'accountability-of-peacekeepers', 'strategic-communications', 'host-cooperation', 'data-technology')),
    position INTEGER NOT NULL,
    PRIMARY KEY (meetingId, area)
) STRICT;

CREATE TABLE attendance (
    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    partyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    representative TEXT,
    PRIMARY KEY (meetingId, partyId)
) STRICT;
CREATE INDEX attendance_byParty ON attendance (partyId, meetingId);

CREATE TABLE invitation (
    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    partyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    PRIMARY KEY (meetingId, partyId)
) STRICT;
CREATE INDEX invitation_byParty ON invitation (partyId);

CREATE TABLE agendaItem (
    id INTEGER PRIMARY KEY,
    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position > 0),
    title TEXT NOT NULL CHECK (length(title) > 0),
    outcome TEXT,
    UNIQUE (meetingId, position)
) STRICT;

CREATE TABLE agendaItemArea (
    agendaItemId INTEGER NOT NULL REFERENCES agendaItem(id) ON DELETE CASCADE,
    area TEXT NOT NULL
        CHECK (area IN ('politics', 'wps', 'protection', 'safety-security', 'performance-accountability', 'peacebuilding', 'partnerships', 'conduct', 'political-coherence', 'integration', 'capabilities-mindsets', 'accountability-to-peacekeepers', 'accountability-of-peacekeepers', 'strategic-communications', 'host-cooperation', 'data-technology')),
    position INTEGER NOT NULL,
    PRIMARY KEY (agendaItemId, area)
) STRICT;

CREATE TABLE actionItem (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    details TEXT,
    ownerPartyId INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    assignee TEXT,
    meetingId INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
    missionId INTEGER REFERENCES mission(id) ON DELETE RESTRICT,
    dueOn TEXT,
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    closedAt TEXT,
    CHECK ((status IN ('done', 'cancelled')) = (closedAt IS NOT NULL))
) STRICT;
CREATE INDEX actionItem_byOwner ON actionItem (ownerPartyId, status, dueOn);
CREATE INDEX actionItem_byMission ON actionItem (missionId, status, dueOn);
CREATE INDEX actionItem_byMeeting ON actionItem (meetingId, status);
CREATE INDEX actionItem_byStatus ON actionItem (status, dueOn);

CREATE TABLE actionItemArea (
    actionItemId INTEGER NOT NULL REFERENCES actionItem(id) ON DELETE CASCADE,
    area TEXT NOT NULL
        CHECK (area IN ('politics', 'wps', 'protection', 'safety-security', 'performance-accountability', 'peacebuilding', 'partnerships', 'conduct', 'political-coherence', 'integration', 'capabilities-mindsets', 'accountability-to-peacekeepers', 'accountability-of-peacekeepers', 'strategic-communications', 'host-cooperation', 'data-technology')),
    position INTEGER NOT NULL,
    PRIMARY KEY (actionItemId, area)
) STRICT;

CREATE TABLE actionNote (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    actionItemId INTEGER NOT NULL REFERENCES actionItem(id) ON DELETE CASCADE,
    writtenAt TEXT NOT NULL,
    actor TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(text) > 0)
) STRICT;
CREATE INDEX actionNote_byAction ON actionNote (actionItemId, writtenAt);

-- The change journal: one row per command that wrote, one row per row it changed.
-- Rows of `journalChange` are written by the triggers of v0003 in the same transaction as the change.
CREATE TABLE journalCommand (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    commandLine TEXT NOT NULL,
    summary TEXT NOT NULL
) STRICT;
CREATE INDEX journalCommand_byTime ON journalCommand (at);

CREATE TABLE journalChange (
    id INTEGER PRIMARY KEY,
    commandId INTEGER NOT NULL REFERENCES journalCommand(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    rowKey INTEGER NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    beforeJSON TEXT,
    afterJSON TEXT
) STRICT;
CREATE INDEX journalChange_byCommand ON journalChange (commandId);
CREATE INDEX journalChange_byRow ON journalChange (entity, rowKey);
