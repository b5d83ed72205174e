-- triad's PostgreSQL schema, step 8: women and men in every contribution, the parity targets they are
-- measured against, and the ceilings a resolution sets by type, as the SQLite schema's v0010. Never edit this file once landed.
--
-- The UN reports each personnel figure as women and men (DOMAIN.md, "Personnel by gender"); a contribution
-- keeps the women of each type beside the total, men being the difference.
ALTER TABLE contribution
    ADD COLUMN womenTroops bigint NOT NULL DEFAULT 0 CHECK (womenTroops BETWEEN 0 AND troops),
    ADD COLUMN womenStaffOfficers bigint NOT NULL DEFAULT 0 CHECK (womenStaffOfficers BETWEEN 0 AND staffOfficers),
    ADD COLUMN womenExperts bigint NOT NULL DEFAULT 0 CHECK (womenExperts BETWEEN 0 AND experts),
    ADD COLUMN womenPolice bigint NOT NULL DEFAULT 0 CHECK (womenPolice BETWEEN 0 AND police),
    ADD COLUMN womenFormedPolice bigint NOT NULL DEFAULT 0 CHECK (womenFormedPolice BETWEEN 0 AND formedPolice);

-- The journal keeps whole rows, so undo restores the women too.
CREATE OR REPLACE FUNCTION contribution_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'contribution', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'partyId', NEW.partyId, 'asOf', NEW.asOf, 'troops', NEW.troops, 'staffOfficers', NEW.staffOfficers, 'experts', NEW.experts, 'police', NEW.police, 'formedPolice', NEW.formedPolice, 'womenTroops', NEW.womenTroops, 'womenStaffOfficers', NEW.womenStaffOfficers, 'womenExperts', NEW.womenExperts, 'womenPolice', NEW.womenPolice, 'womenFormedPolice', NEW.womenFormedPolice, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'contribution', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'partyId', OLD.partyId, 'asOf', OLD.asOf, 'troops', OLD.troops, 'staffOfficers', OLD.staffOfficers, 'experts', OLD.experts, 'police', OLD.police, 'formedPolice', OLD.formedPolice, 'womenTroops', OLD.womenTroops, 'womenStaffOfficers', OLD.womenStaffOfficers, 'womenExperts', OLD.womenExperts, 'womenPolice', OLD.womenPolice, 'womenFormedPolice', OLD.womenFormedPolice, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)),
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'partyId', NEW.partyId, 'asOf', NEW.asOf, 'troops', NEW.troops, 'staffOfficers', NEW.staffOfficers, 'experts', NEW.experts, 'police', NEW.police, 'formedPolice', NEW.formedPolice, 'womenTroops', NEW.womenTroops, 'womenStaffOfficers', NEW.womenStaffOfficers, 'womenExperts', NEW.womenExperts, 'womenPolice', NEW.womenPolice, 'womenFormedPolice', NEW.womenFormedPolice, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'contribution', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'partyId', OLD.partyId, 'asOf', OLD.asOf, 'troops', OLD.troops, 'staffOfficers', OLD.staffOfficers, 'experts', OLD.experts, 'police', OLD.police, 'formedPolice', OLD.formedPolice, 'womenTroops', OLD.womenTroops, 'womenStaffOfficers', OLD.womenStaffOfficers, 'womenExperts', OLD.womenExperts, 'womenPolice', OLD.womenPolice, 'womenFormedPolice', OLD.womenFormedPolice, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)), NULL);
    END IF;
    RETURN NULL;
END $$;

-- Resolutions set more than one ceiling (DOMAIN.md, "Ceilings by type").
ALTER TABLE mandate
    ADD COLUMN observersCeiling bigint CHECK (observersCeiling IS NULL OR observersCeiling >= 0),
    ADD COLUMN individualPoliceCeiling bigint CHECK (individualPoliceCeiling IS NULL OR individualPoliceCeiling >= 0),
    ADD COLUMN formedPoliceCeiling bigint CHECK (formedPoliceCeiling IS NULL OR formedPoliceCeiling >= 0),
    ADD COLUMN correctionsCeiling bigint CHECK (correctionsCeiling IS NULL OR correctionsCeiling >= 0);

CREATE OR REPLACE FUNCTION mandate_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'mandate', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'resolutionNumber', NEW.resolutionNumber, 'resolutionYear', NEW.resolutionYear, 'adoptedOn', NEW.adoptedOn, 'expiresOn', NEW.expiresOn, 'troopCeiling', NEW.troopCeiling, 'policeCeiling', NEW.policeCeiling, 'observersCeiling', NEW.observersCeiling, 'individualPoliceCeiling', NEW.individualPoliceCeiling, 'formedPoliceCeiling', NEW.formedPoliceCeiling, 'correctionsCeiling', NEW.correctionsCeiling, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'mandate', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'resolutionNumber', OLD.resolutionNumber, 'resolutionYear', OLD.resolutionYear, 'adoptedOn', OLD.adoptedOn, 'expiresOn', OLD.expiresOn, 'troopCeiling', OLD.troopCeiling, 'policeCeiling', OLD.policeCeiling, 'observersCeiling', OLD.observersCeiling, 'individualPoliceCeiling', OLD.individualPoliceCeiling, 'formedPoliceCeiling', OLD.formedPoliceCeiling, 'correctionsCeiling', OLD.correctionsCeiling, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)),
            triad_json(json_build_object('id', NEW.id, 'uuid', NEW.uuid, 'missionId', NEW.missionId, 'resolutionNumber', NEW.resolutionNumber, 'resolutionYear', NEW.resolutionYear, 'adoptedOn', NEW.adoptedOn, 'expiresOn', NEW.expiresOn, 'troopCeiling', NEW.troopCeiling, 'policeCeiling', NEW.policeCeiling, 'observersCeiling', NEW.observersCeiling, 'individualPoliceCeiling', NEW.individualPoliceCeiling, 'formedPoliceCeiling', NEW.formedPoliceCeiling, 'correctionsCeiling', NEW.correctionsCeiling, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'mandate', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'uuid', OLD.uuid, 'missionId', OLD.missionId, 'resolutionNumber', OLD.resolutionNumber, 'resolutionYear', OLD.resolutionYear, 'adoptedOn', OLD.adoptedOn, 'expiresOn', OLD.expiresOn, 'troopCeiling', OLD.troopCeiling, 'policeCeiling', OLD.policeCeiling, 'observersCeiling', OLD.observersCeiling, 'individualPoliceCeiling', OLD.individualPoliceCeiling, 'formedPoliceCeiling', OLD.formedPoliceCeiling, 'correctionsCeiling', OLD.correctionsCeiling, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)), NULL);
    END IF;
    RETURN NULL;
END $$;

-- The yearly targets of the Uniformed Gender Parity Strategy 2018-2028, per category of uniformed
-- personnel, in thousandths (150 is 15%): reference data with its source, which users may correct and
-- extend (`triad parity set`).
CREATE TABLE parityTarget (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    year bigint NOT NULL CHECK (year BETWEEN 1948 AND 9999),
    category text NOT NULL CHECK (category IN ('military-contingents', 'observers-and-staff', 'individual-police',
                                               'formed-police', 'justice-and-corrections')),
    perMille bigint NOT NULL CHECK (perMille BETWEEN 0 AND 1000),
    source text NOT NULL CHECK (length(source) > 0),
    isReference boolean NOT NULL DEFAULT false,
    createdAt text NOT NULL,
    updatedAt text NOT NULL,
    UNIQUE (year, category)
);

-- Sources as in v0010: only the targets a public text states for the year are seeded.
-- 2021: DPO, "Acknowledging uniformed gender parity target achievers" (2021).
-- 2025: SIPRI, "Women in Multilateral Peace Operations: What Is the State of Play?" (October 2025).
-- 2028: the strategy's end targets as DPO states them (peacekeeping.un.org).
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
SELECT year, category, perMille, source, true, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM target;

CREATE FUNCTION parityTarget_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'parityTarget', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'year', NEW.year, 'category', NEW.category, 'perMille', NEW.perMille, 'source', NEW.source, 'isReference', NEW.isReference::int, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'parityTarget', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'year', OLD.year, 'category', OLD.category, 'perMille', OLD.perMille, 'source', OLD.source, 'isReference', OLD.isReference::int, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)),
            triad_json(json_build_object('id', NEW.id, 'year', NEW.year, 'category', NEW.category, 'perMille', NEW.perMille, 'source', NEW.source, 'isReference', NEW.isReference::int, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'parityTarget', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'year', OLD.year, 'category', OLD.category, 'perMille', OLD.perMille, 'source', OLD.source, 'isReference', OLD.isReference::int, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)), NULL);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER parityTarget_journal AFTER INSERT OR UPDATE OR DELETE ON parityTarget FOR EACH ROW EXECUTE FUNCTION parityTarget_journal();
