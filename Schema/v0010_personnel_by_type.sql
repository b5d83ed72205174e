-- triad schema, version 10: women and men in every contribution, the parity targets they are measured
-- against, and the ceilings a resolution sets by type of personnel. Never edit this file once landed.
--
-- The UN reports each personnel figure as women and men (DOMAIN.md, "Personnel by gender"); a contribution
-- keeps the women of each type beside the total, men being the difference. Existing records hold no women
-- until they are recorded again or reimported.
ALTER TABLE contribution ADD COLUMN womenTroops INTEGER NOT NULL DEFAULT 0
    CHECK (womenTroops BETWEEN 0 AND troops);
ALTER TABLE contribution ADD COLUMN womenStaffOfficers INTEGER NOT NULL DEFAULT 0
    CHECK (womenStaffOfficers BETWEEN 0 AND staffOfficers);
ALTER TABLE contribution ADD COLUMN womenExperts INTEGER NOT NULL DEFAULT 0
    CHECK (womenExperts BETWEEN 0 AND experts);
ALTER TABLE contribution ADD COLUMN womenPolice INTEGER NOT NULL DEFAULT 0
    CHECK (womenPolice BETWEEN 0 AND police);
ALTER TABLE contribution ADD COLUMN womenFormedPolice INTEGER NOT NULL DEFAULT 0
    CHECK (womenFormedPolice BETWEEN 0 AND formedPolice);

-- The journal keeps whole rows, so undo restores the women too: version 3's triggers on contributions give
-- way to ones that copy the new columns.
DROP TRIGGER contribution_journal_insert;
DROP TRIGGER contribution_journal_update;
DROP TRIGGER contribution_journal_delete;

CREATE TRIGGER contribution_journal_insert AFTER INSERT ON contribution BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'contribution', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'partyId', NEW.partyId, 'asOf', NEW.asOf, 'troops', NEW.troops, 'staffOfficers', NEW.staffOfficers, 'experts', NEW.experts, 'police', NEW.police, 'formedPolice', NEW.formedPolice, 'womenTroops', NEW.womenTroops, 'womenStaffOfficers', NEW.womenStaffOfficers, 'womenExperts', NEW.womenExperts, 'womenPolice', NEW.womenPolice, 'womenFormedPolice', NEW.womenFormedPolice, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER contribution_journal_update AFTER UPDATE ON contribution BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'contribution', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'partyId', OLD.partyId, 'asOf', OLD.asOf, 'troops', OLD.troops, 'staffOfficers', OLD.staffOfficers, 'experts', OLD.experts, 'police', OLD.police, 'formedPolice', OLD.formedPolice, 'womenTroops', OLD.womenTroops, 'womenStaffOfficers', OLD.womenStaffOfficers, 'womenExperts', OLD.womenExperts, 'womenPolice', OLD.womenPolice, 'womenFormedPolice', OLD.womenFormedPolice, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'partyId', NEW.partyId, 'asOf', NEW.asOf, 'troops', NEW.troops, 'staffOfficers', NEW.staffOfficers, 'experts', NEW.experts, 'police', NEW.police, 'formedPolice', NEW.formedPolice, 'womenTroops', NEW.womenTroops, 'womenStaffOfficers', NEW.womenStaffOfficers, 'womenExperts', NEW.womenExperts, 'womenPolice', NEW.womenPolice, 'womenFormedPolice', NEW.womenFormedPolice, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER contribution_journal_delete AFTER DELETE ON contribution BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'contribution', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'partyId', OLD.partyId, 'asOf', OLD.asOf, 'troops', OLD.troops, 'staffOfficers', OLD.staffOfficers, 'experts', OLD.experts, 'police', OLD.police, 'formedPolice', OLD.formedPolice, 'womenTroops', OLD.womenTroops, 'womenStaffOfficers', OLD.womenStaffOfficers, 'womenExperts', OLD.womenExperts, 'womenPolice', OLD.womenPolice, 'womenFormedPolice', OLD.womenFormedPolice, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

-- Resolutions set more than one ceiling (DOMAIN.md, "Ceilings by type"): beside the military and police
-- totals, military observers and staff officers, individual police, formed police units and corrections.
ALTER TABLE mandate ADD COLUMN observersCeiling INTEGER CHECK (observersCeiling IS NULL OR observersCeiling >= 0);
ALTER TABLE mandate ADD COLUMN individualPoliceCeiling INTEGER
    CHECK (individualPoliceCeiling IS NULL OR individualPoliceCeiling >= 0);
ALTER TABLE mandate ADD COLUMN formedPoliceCeiling INTEGER
    CHECK (formedPoliceCeiling IS NULL OR formedPoliceCeiling >= 0);
ALTER TABLE mandate ADD COLUMN correctionsCeiling INTEGER
    CHECK (correctionsCeiling IS NULL OR correctionsCeiling >= 0);

DROP TRIGGER mandate_journal_insert;
DROP TRIGGER mandate_journal_update;
DROP TRIGGER mandate_journal_delete;

CREATE TRIGGER mandate_journal_insert AFTER INSERT ON mandate BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandate', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'resolutionNumber', NEW.resolutionNumber, 'resolutionYear', NEW.resolutionYear, 'adoptedOn', NEW.adoptedOn, 'expiresOn', NEW.expiresOn, 'troopCeiling', NEW.troopCeiling, 'policeCeiling', NEW.policeCeiling, 'observersCeiling', NEW.observersCeiling, 'individualPoliceCeiling', NEW.individualPoliceCeiling, 'formedPoliceCeiling', NEW.formedPoliceCeiling, 'correctionsCeiling', NEW.correctionsCeiling, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mandate_journal_update AFTER UPDATE ON mandate BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandate', NEW.rowid, 'update',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'resolutionNumber', OLD.resolutionNumber, 'resolutionYear', OLD.resolutionYear, 'adoptedOn', OLD.adoptedOn, 'expiresOn', OLD.expiresOn, 'troopCeiling', OLD.troopCeiling, 'policeCeiling', OLD.policeCeiling, 'observersCeiling', OLD.observersCeiling, 'individualPoliceCeiling', OLD.individualPoliceCeiling, 'formedPoliceCeiling', OLD.formedPoliceCeiling, 'correctionsCeiling', OLD.correctionsCeiling, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'resolutionNumber', NEW.resolutionNumber, 'resolutionYear', NEW.resolutionYear, 'adoptedOn', NEW.adoptedOn, 'expiresOn', NEW.expiresOn, 'troopCeiling', NEW.troopCeiling, 'policeCeiling', NEW.policeCeiling, 'observersCeiling', NEW.observersCeiling, 'individualPoliceCeiling', NEW.individualPoliceCeiling, 'formedPoliceCeiling', NEW.formedPoliceCeiling, 'correctionsCeiling', NEW.correctionsCeiling, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mandate_journal_delete AFTER DELETE ON mandate BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mandate', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'resolutionNumber', OLD.resolutionNumber, 'resolutionYear', OLD.resolutionYear, 'adoptedOn', OLD.adoptedOn, 'expiresOn', OLD.expiresOn, 'troopCeiling', OLD.troopCeiling, 'policeCeiling', OLD.policeCeiling, 'observersCeiling', OLD.observersCeiling, 'individualPoliceCeiling', OLD.individualPoliceCeiling, 'formedPoliceCeiling', OLD.formedPoliceCeiling, 'correctionsCeiling', OLD.correctionsCeiling, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

-- The yearly targets of the Uniformed Gender Parity Strategy 2018-2028, per category of uniformed
-- personnel, in thousandths (150 is 15%): reference data with its source, which users may correct and extend (`triad parity set`).
CREATE TABLE parityTarget (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1948 AND 9999),
    category TEXT NOT NULL CHECK (category IN ('military-contingents', 'observers-and-staff', 'individual-police',
                                               'formed-police', 'justice-and-corrections')),
    perMille INTEGER NOT NULL CHECK (perMille BETWEEN 0 AND 1000),
    source TEXT NOT NULL CHECK (length(source) > 0),
    isReference INTEGER NOT NULL DEFAULT 0 CHECK (isReference IN (0, 1)),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    UNIQUE (year, category)
) STRICT;

-- Only the targets a public text states for the year are seeded; the strategy's full annual table
-- (peacekeeping.un.org/en/uniformed-gender-parity-strategy-2018-2018-full-text) was not at hand, so the
-- years and categories it alone gives are left for users to add with `triad parity set`.
-- 2021: DPO, "Acknowledging uniformed gender parity target achievers" (2021): "For 2021, the target for the
--   military component is 8 per cent women in troops and 18 per cent women in individual military positions".
-- 2025: SIPRI, "Women in Multilateral Peace Operations: What Is the State of Play?" (October 2025): troops
--   "the 12% target set for this year", military experts and staff officers "the 2025 goal of 22%", formed
--   police units "the 15% target".
-- 2028: the strategy's end targets, as DPO states them (peacekeeping.un.org, Uniformed Gender Parity
--   Strategy 2018-2028): 15% military contingents, 25% military observers and staff officers, 30% individual
--   police officers, 20% formed police units.
WITH target(year, category, perMille, source) AS (VALUES
    (2021, 'military-contingents', 80, 'DPO, Acknowledging uniformed gender parity target achievers (2021)'),
    (2021, 'observers-and-staff', 180, 'DPO, Acknowledging uniformed gender parity target achievers (2021)'),
    (2025, 'military-contingents', 120, 'SIPRI, Women in Multilateral Peace Operations: What Is the State of Play? (2025)'),
    (2025, 'observers-and-staff', 220, 'SIPRI, Women in Multilateral Peace Operations: What Is the State of Play? (2025)'),
    (2025, 'formed-police', 150, 'SIPRI, Women in Multilateral Peace Operations: What Is the State of Play? (2025)'),
    (2028, 'military-contingents', 150, 'Uniformed Gender Parity Strategy 2018-2028'),
    (2028, 'observers-and-staff', 250, 'Uniformed Gender Parity Strategy 2018-2028'),
    (2028, 'individual-police', 300, 'Uniformed Gender Parity Strategy 2018-2028'),
    (2028, 'formed-police', 200, 'Uniformed Gender Parity Strategy 2018-2028')
)
INSERT INTO parityTarget (year, category, perMille, source, isReference, createdAt, updatedAt)
SELECT year, category, perMille, source, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM target;

-- Created after the reference rows, which are no one's command.
CREATE TRIGGER parityTarget_journal_insert AFTER INSERT ON parityTarget BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'parityTarget', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'year', NEW.year, 'category', NEW.category, 'perMille', NEW.perMille, 'source', NEW.source, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER parityTarget_journal_update AFTER UPDATE ON parityTarget BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'parityTarget', NEW.rowid, 'update',
        json_object('id', OLD.id, 'year', OLD.year, 'category', OLD.category, 'perMille', OLD.perMille, 'source', OLD.source, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'year', NEW.year, 'category', NEW.category, 'perMille', NEW.perMille, 'source', NEW.source, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER parityTarget_journal_delete AFTER DELETE ON parityTarget BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'parityTarget', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'year', OLD.year, 'category', OLD.category, 'perMille', OLD.perMille, 'source', OLD.source, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;
