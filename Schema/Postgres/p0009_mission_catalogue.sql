-- triad's PostgreSQL schema, step 9: the mission catalogue, the phases of a mission and the meeting formats
-- beyond res. 1353's three, as the SQLite schema's v0011 (whose comments give the sources of every date).
-- Never edit this file once landed.
ALTER TABLE mission
    ADD COLUMN type text NOT NULL DEFAULT 'peacekeeping' CHECK (type IN ('peacekeeping', 'political')),
    ADD COLUMN predecessorId bigint REFERENCES mission(id) ON DELETE SET NULL;
CREATE INDEX mission_byPredecessor ON mission (predecessorId);

CREATE OR REPLACE FUNCTION mission_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'mission', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'acronym', NEW.acronym, 'name', NEW.name, 'territory', NEW.territory, 'establishedOn', NEW.establishedOn, 'closedOn', NEW.closedOn, 'type', NEW.type, 'predecessorId', NEW.predecessorId, 'isReference', NEW.isReference::int, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'mission', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'acronym', OLD.acronym, 'name', OLD.name, 'territory', OLD.territory, 'establishedOn', OLD.establishedOn, 'closedOn', OLD.closedOn, 'type', OLD.type, 'predecessorId', OLD.predecessorId, 'isReference', OLD.isReference::int, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)),
            triad_json(json_build_object('id', NEW.id, 'acronym', NEW.acronym, 'name', NEW.name, 'territory', NEW.territory, 'establishedOn', NEW.establishedOn, 'closedOn', NEW.closedOn, 'type', NEW.type, 'predecessorId', NEW.predecessorId, 'isReference', NEW.isReference::int, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'mission', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'acronym', OLD.acronym, 'name', OLD.name, 'territory', OLD.territory, 'establishedOn', OLD.establishedOn, 'closedOn', OLD.closedOn, 'type', OLD.type, 'predecessorId', OLD.predecessorId, 'isReference', OLD.isReference::int, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)), NULL);
    END IF;
    RETURN NULL;
END $$;

-- The reference missions of p0002 take the catalogue's convention (MONUSCO, UNMISS and UNMOGIP move to
-- their resolutions' dates).
CREATE TEMP TABLE catalogue (acronym text, name text, type text, territory text, establishedOn text, closedOn text);
INSERT INTO catalogue (acronym, name, type, territory, establishedOn, closedOn) VALUES
    ('UNTSO', 'United Nations Truce Supervision Organization', 'peacekeeping', 'Middle East', '1948-05-29', NULL),
    ('UNMOGIP', 'United Nations Military Observer Group in India and Pakistan', 'peacekeeping', NULL, '1948-04-21', NULL),
    ('UNEF-I', 'First United Nations Emergency Force', 'peacekeeping', NULL, '1956-11-05', '1967-06-17'),
    ('UNOGIL', 'United Nations Observation Group in Lebanon', 'peacekeeping', NULL, '1958-06-11', '1958-12-09'),
    ('ONUC', 'United Nations Operation in the Congo', 'peacekeeping', NULL, '1960-07-14', '1964-06-30'),
    ('UNSF', 'United Nations Security Force in West New Guinea', 'peacekeeping', 'West New Guinea', '1962-09-21', '1963-04-30'),
    ('UNYOM', 'United Nations Yemen Observation Mission', 'peacekeeping', NULL, '1963-06-11', '1964-09-04'),
    ('UNFICYP', 'United Nations Peacekeeping Force in Cyprus', 'peacekeeping', NULL, '1964-03-04', NULL),
    ('DOMREP', 'Mission of the Representative of the Secretary-General in the Dominican Republic', 'peacekeeping', NULL, '1965-05-14', '1966-10-22'),
    ('UNIPOM', 'United Nations India-Pakistan Observation Mission', 'peacekeeping', NULL, '1965-09-20', '1966-03-22'),
    ('UNEF-II', 'Second United Nations Emergency Force', 'peacekeeping', NULL, '1973-10-25', '1979-07-24'),
    ('UNDOF', 'United Nations Disengagement Observer Force', 'peacekeeping', NULL, '1974-05-31', NULL),
    ('UNIFIL', 'United Nations Interim Force in Lebanon', 'peacekeeping', NULL, '1978-03-19', NULL),
    ('UNGOMAP', 'United Nations Good Offices Mission in Afghanistan and Pakistan', 'peacekeeping', NULL, '1988-10-31', '1990-03-15'),
    ('UNIIMOG', 'United Nations Iran-Iraq Military Observer Group', 'peacekeeping', NULL, '1988-08-09', '1991-02-28'),
    ('UNAVEM-I', 'United Nations Angola Verification Mission I', 'peacekeeping', NULL, '1988-12-20', '1991-06-30'),
    ('UNTAG', 'United Nations Transition Assistance Group', 'peacekeeping', NULL, '1989-02-16', '1990-03-21'),
    ('ONUCA', 'United Nations Observer Group in Central America', 'peacekeeping', NULL, '1989-11-07', '1992-01-17'),
    ('UNIKOM', 'United Nations Iraq-Kuwait Observation Mission', 'peacekeeping', NULL, '1991-04-09', '2003-10-06'),
    ('MINURSO', 'United Nations Mission for the Referendum in Western Sahara', 'peacekeeping', 'Western Sahara', '1991-04-29', NULL),
    ('UNAVEM-II', 'United Nations Angola Verification Mission II', 'peacekeeping', NULL, '1991-05-30', '1995-02-08'),
    ('ONUSAL', 'United Nations Observer Mission in El Salvador', 'peacekeeping', NULL, '1991-05-20', '1995-04-30'),
    ('UNAMIC', 'United Nations Advance Mission in Cambodia', 'peacekeeping', NULL, '1991-10-16', '1992-03-15'),
    ('UNPROFOR', 'United Nations Protection Force', 'peacekeeping', 'the former Yugoslavia', '1992-02-21', '1995-12-20'),
    ('UNTAC', 'United Nations Transitional Authority in Cambodia', 'peacekeeping', NULL, '1992-02-28', '1993-09-24'),
    ('UNOSOM-I', 'United Nations Operation in Somalia I', 'peacekeeping', NULL, '1992-04-24', '1993-03-26'),
    ('ONUMOZ', 'United Nations Operation in Mozambique', 'peacekeeping', NULL, '1992-12-16', '1994-12-09'),
    ('UNOSOM-II', 'United Nations Operation in Somalia II', 'peacekeeping', NULL, '1993-03-26', '1995-03-31'),
    ('UNOMUR', 'United Nations Observer Mission Uganda-Rwanda', 'peacekeeping', NULL, '1993-06-22', '1994-09-21'),
    ('UNOMIG', 'United Nations Observer Mission in Georgia', 'peacekeeping', NULL, '1993-08-24', '2009-06-15'),
    ('UNOMIL', 'United Nations Observer Mission in Liberia', 'peacekeeping', NULL, '1993-09-22', '1997-09-30'),
    ('UNMIH', 'United Nations Mission in Haiti', 'peacekeeping', NULL, '1993-09-23', '1996-06-30'),
    ('UNAMIR', 'United Nations Assistance Mission for Rwanda', 'peacekeeping', NULL, '1993-10-05', '1996-03-08'),
    ('UNASOG', 'United Nations Aouzou Strip Observer Group', 'peacekeeping', 'Aouzou Strip', '1994-05-04', '1994-06-13'),
    ('UNMOT', 'United Nations Mission of Observers in Tajikistan', 'peacekeeping', NULL, '1994-12-16', '2000-05-15'),
    ('UNAVEM-III', 'United Nations Angola Verification Mission III', 'peacekeeping', NULL, '1995-02-08', '1997-06-30'),
    ('UNCRO', 'United Nations Confidence Restoration Operation in Croatia', 'peacekeeping', NULL, '1995-03-31', '1996-01-15'),
    ('UNPREDEP', 'United Nations Preventive Deployment Force', 'peacekeeping', NULL, '1995-03-31', '1999-02-28'),
    ('UNMIBH', 'United Nations Mission in Bosnia and Herzegovina', 'peacekeeping', NULL, '1995-12-21', '2002-12-31'),
    ('UNTAES', 'United Nations Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium', 'peacekeeping', 'Eastern Slavonia', '1996-01-15', '1998-01-15'),
    ('UNMOP', 'United Nations Mission of Observers in Prevlaka', 'peacekeeping', 'Prevlaka peninsula', '1996-01-15', '2002-12-15'),
    ('UNSMIH', 'United Nations Support Mission in Haiti', 'peacekeeping', NULL, '1996-06-28', '1997-07-31'),
    ('MINUGUA', 'United Nations Verification Mission in Guatemala', 'peacekeeping', NULL, '1997-01-20', '1997-05-17'),
    ('MONUA', 'United Nations Observer Mission in Angola', 'peacekeeping', NULL, '1997-06-30', '1999-02-26'),
    ('UNTMIH', 'United Nations Transition Mission in Haiti', 'peacekeeping', NULL, '1997-07-30', '1997-11-30'),
    ('MIPONUH', 'United Nations Civilian Police Mission in Haiti', 'peacekeeping', NULL, '1997-11-28', '2000-03-15'),
    ('UNCPSG', 'United Nations Civilian Police Support Group', 'peacekeeping', 'Danube region', '1997-12-19', '1998-10-15'),
    ('MINURCA', 'United Nations Mission in the Central African Republic', 'peacekeeping', NULL, '1998-03-27', '2000-02-15'),
    ('UNOMSIL', 'United Nations Observer Mission in Sierra Leone', 'peacekeeping', NULL, '1998-07-13', '1999-10-22'),
    ('UNMIK', 'United Nations Interim Administration Mission in Kosovo', 'peacekeeping', 'Kosovo', '1999-06-10', NULL),
    ('UNAMSIL', 'United Nations Mission in Sierra Leone', 'peacekeeping', NULL, '1999-10-22', '2005-12-31'),
    ('UNTAET', 'United Nations Transitional Administration in East Timor', 'peacekeeping', NULL, '1999-10-25', '2002-05-20'),
    ('MONUC', 'United Nations Organization Mission in the Democratic Republic of the Congo', 'peacekeeping', NULL, '1999-11-30', '2010-06-30'),
    ('UNMEE', 'United Nations Mission in Ethiopia and Eritrea', 'peacekeeping', NULL, '2000-07-31', '2008-07-31'),
    ('UNMISET', 'United Nations Mission of Support in East Timor', 'peacekeeping', NULL, '2002-05-17', '2005-05-20'),
    ('UNMIL', 'United Nations Mission in Liberia', 'peacekeeping', NULL, '2003-09-19', '2018-03-30'),
    ('UNOCI', 'United Nations Operation in Côte d''Ivoire', 'peacekeeping', NULL, '2004-02-27', '2017-06-30'),
    ('MINUSTAH', 'United Nations Stabilization Mission in Haiti', 'peacekeeping', NULL, '2004-04-30', '2017-10-15'),
    ('ONUB', 'United Nations Operation in Burundi', 'peacekeeping', NULL, '2004-05-21', '2006-12-31'),
    ('UNMIS', 'United Nations Mission in the Sudan', 'peacekeeping', NULL, '2005-03-24', '2011-07-09'),
    ('UNMIT', 'United Nations Integrated Mission in Timor-Leste', 'peacekeeping', NULL, '2006-08-25', '2012-12-31'),
    ('UNAMID', 'African Union-United Nations Hybrid Operation in Darfur', 'peacekeeping', 'Darfur', '2007-07-31', '2020-12-31'),
    ('MINURCAT', 'United Nations Mission in the Central African Republic and Chad', 'peacekeeping', NULL, '2007-09-25', '2010-12-31'),
    ('MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'peacekeeping', NULL, '2010-05-28', NULL),
    ('UNISFA', 'United Nations Interim Security Force for Abyei', 'peacekeeping', 'Abyei', '2011-06-27', NULL),
    ('UNMISS', 'United Nations Mission in South Sudan', 'peacekeeping', NULL, '2011-07-08', NULL),
    ('UNSMIS', 'United Nations Supervision Mission in Syria', 'peacekeeping', NULL, '2012-04-21', '2012-08-19'),
    ('MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'peacekeeping', NULL, '2013-04-25', '2023-12-31'),
    ('MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'peacekeeping', NULL, '2014-04-10', NULL),
    ('MINUJUSTH', 'United Nations Mission for Justice Support in Haiti', 'peacekeeping', NULL, '2017-04-13', '2019-10-15'),
    ('UNAMA', 'United Nations Assistance Mission in Afghanistan', 'political', NULL, '2002-03-28', NULL),
    ('UNAMI', 'United Nations Assistance Mission for Iraq', 'political', NULL, '2003-08-14', '2025-12-31'),
    ('BINUB', 'United Nations Integrated Office in Burundi', 'political', NULL, '2006-10-25', '2010-12-31'),
    ('UNMIN', 'United Nations Mission in Nepal', 'political', NULL, '2007-01-23', '2011-01-15'),
    ('BNUB', 'United Nations Office in Burundi', 'political', NULL, '2010-12-16', '2014-12-31');

UPDATE mission SET establishedOn = catalogue.establishedOn, closedOn = catalogue.closedOn, type = catalogue.type
FROM catalogue WHERE upper(mission.acronym) = catalogue.acronym AND mission.isReference;

-- Missions a user already recorded under a catalogue acronym keep what the user wrote.
INSERT INTO mission (acronym, name, type, territory, establishedOn, closedOn, isReference, createdAt, updatedAt)
SELECT acronym, name, type, territory, establishedOn, closedOn, true, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM catalogue
WHERE NOT EXISTS (SELECT 1 FROM mission WHERE upper(mission.acronym) = catalogue.acronym);

WITH host(acronym, code) AS (VALUES
    ('UNMOGIP', 'IND'),
    ('UNMOGIP', 'PAK'),
    ('UNEF-I', 'EGY'),
    ('UNOGIL', 'LBN'),
    ('ONUC', 'COD'),
    ('UNYOM', 'YEM'),
    ('UNFICYP', 'CYP'),
    ('DOMREP', 'DOM'),
    ('UNIPOM', 'IND'),
    ('UNIPOM', 'PAK'),
    ('UNEF-II', 'EGY'),
    ('UNDOF', 'SYR'),
    ('UNIFIL', 'LBN'),
    ('UNGOMAP', 'AFG'),
    ('UNGOMAP', 'PAK'),
    ('UNIIMOG', 'IRN'),
    ('UNIIMOG', 'IRQ'),
    ('UNAVEM-I', 'AGO'),
    ('UNTAG', 'NAM'),
    ('ONUCA', 'CRI'),
    ('ONUCA', 'SLV'),
    ('ONUCA', 'GTM'),
    ('ONUCA', 'HND'),
    ('ONUCA', 'NIC'),
    ('UNIKOM', 'IRQ'),
    ('UNIKOM', 'KWT'),
    ('UNAVEM-II', 'AGO'),
    ('ONUSAL', 'SLV'),
    ('UNAMIC', 'KHM'),
    ('UNPROFOR', 'BIH'),
    ('UNPROFOR', 'HRV'),
    ('UNPROFOR', 'MKD'),
    ('UNTAC', 'KHM'),
    ('UNOSOM-I', 'SOM'),
    ('ONUMOZ', 'MOZ'),
    ('UNOSOM-II', 'SOM'),
    ('UNOMUR', 'UGA'),
    ('UNOMIG', 'GEO'),
    ('UNOMIL', 'LBR'),
    ('UNMIH', 'HTI'),
    ('UNAMIR', 'RWA'),
    ('UNASOG', 'TCD'),
    ('UNASOG', 'LBY'),
    ('UNMOT', 'TJK'),
    ('UNAVEM-III', 'AGO'),
    ('UNCRO', 'HRV'),
    ('UNPREDEP', 'MKD'),
    ('UNMIBH', 'BIH'),
    ('UNTAES', 'HRV'),
    ('UNMOP', 'HRV'),
    ('UNSMIH', 'HTI'),
    ('MINUGUA', 'GTM'),
    ('MONUA', 'AGO'),
    ('UNTMIH', 'HTI'),
    ('MIPONUH', 'HTI'),
    ('UNCPSG', 'HRV'),
    ('MINURCA', 'CAF'),
    ('UNOMSIL', 'SLE'),
    ('UNAMSIL', 'SLE'),
    ('UNTAET', 'TLS'),
    ('MONUC', 'COD'),
    ('UNMEE', 'ETH'),
    ('UNMEE', 'ERI'),
    ('UNMISET', 'TLS'),
    ('UNMIL', 'LBR'),
    ('UNOCI', 'CIV'),
    ('MINUSTAH', 'HTI'),
    ('ONUB', 'BDI'),
    ('UNMIS', 'SDN'),
    ('UNMIT', 'TLS'),
    ('UNAMID', 'SDN'),
    ('MINURCAT', 'CAF'),
    ('MINURCAT', 'TCD'),
    ('MONUSCO', 'COD'),
    ('UNISFA', 'SDN'),
    ('UNISFA', 'SSD'),
    ('UNMISS', 'SSD'),
    ('UNSMIS', 'SYR'),
    ('MINUSMA', 'MLI'),
    ('MINUSCA', 'CAF'),
    ('MINUJUSTH', 'HTI'),
    ('UNAMA', 'AFG'),
    ('UNAMI', 'IRQ'),
    ('BINUB', 'BDI'),
    ('UNMIN', 'NPL'),
    ('BNUB', 'BDI')
)
INSERT INTO missionHost (missionId, partyId)
SELECT mission.id, party.id FROM host JOIN mission ON upper(mission.acronym) = host.acronym
JOIN party ON upper(party.code) = host.code
WHERE mission.isReference
ON CONFLICT DO NOTHING;

DROP TABLE catalogue;

WITH link(acronym, predecessor) AS (VALUES
    ('UNAVEM-II', 'UNAVEM-I'),
    ('UNTAC', 'UNAMIC'),
    ('UNOSOM-II', 'UNOSOM-I'),
    ('UNAVEM-III', 'UNAVEM-II'),
    ('UNSMIH', 'UNMIH'),
    ('MONUA', 'UNAVEM-III'),
    ('UNTMIH', 'UNSMIH'),
    ('MIPONUH', 'UNTMIH'),
    ('UNCPSG', 'UNTAES'),
    ('UNAMSIL', 'UNOMSIL'),
    ('UNMISET', 'UNTAET'),
    ('MONUSCO', 'MONUC'),
    ('UNMISS', 'UNMIS'),
    ('MINUJUSTH', 'MINUSTAH'),
    ('BINUB', 'ONUB'),
    ('BNUB', 'BINUB')
)
UPDATE mission SET predecessorId = (SELECT earlier.id FROM mission earlier WHERE upper(earlier.acronym) = link.predecessor)
FROM link WHERE upper(mission.acronym) = link.acronym AND mission.isReference;

CREATE TABLE missionPhase (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    missionId bigint NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
    phase text NOT NULL CHECK (phase IN ('active', 'drawdown', 'withdrawal', 'liquidation', 'closed')),
    fromDay text NOT NULL,
    source text,
    isReference boolean NOT NULL DEFAULT false,
    createdAt text NOT NULL,
    updatedAt text NOT NULL,
    UNIQUE (missionId, fromDay)
);

WITH decided(acronym, phase, fromDay, source) AS (VALUES
    ('UNIFIL', 'drawdown', '2025-08-28', 'S/RES/2790 (2025)'),
    ('MINUSMA', 'withdrawal', '2023-06-30', 'S/RES/2690 (2023)'),
    ('UNAMI', 'drawdown', '2024-05-31', 'S/RES/2732 (2024)')
)
INSERT INTO missionPhase (missionId, phase, fromDay, source, isReference, createdAt, updatedAt)
SELECT mission.id, decided.phase, decided.fromDay, decided.source, true, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
FROM decided JOIN mission ON upper(mission.acronym) = decided.acronym AND mission.isReference;

CREATE FUNCTION missionPhase_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    command bigint := nullif(current_setting('triad.command', true), '')::bigint;
BEGIN
    IF command IS NULL THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'missionPhase', NEW.id, 'insert', NULL,
            triad_json(json_build_object('id', NEW.id, 'missionId', NEW.missionId, 'phase', NEW.phase, 'fromDay', NEW.fromDay, 'source', NEW.source, 'isReference', NEW.isReference::int, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'missionPhase', NEW.id, 'update',
            triad_json(json_build_object('id', OLD.id, 'missionId', OLD.missionId, 'phase', OLD.phase, 'fromDay', OLD.fromDay, 'source', OLD.source, 'isReference', OLD.isReference::int, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)),
            triad_json(json_build_object('id', NEW.id, 'missionId', NEW.missionId, 'phase', NEW.phase, 'fromDay', NEW.fromDay, 'source', NEW.source, 'isReference', NEW.isReference::int, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt)));
    ELSE
        INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
        VALUES (command, 'missionPhase', OLD.id, 'delete',
            triad_json(json_build_object('id', OLD.id, 'missionId', OLD.missionId, 'phase', OLD.phase, 'fromDay', OLD.fromDay, 'source', OLD.source, 'isReference', OLD.isReference::int, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt)), NULL);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER missionPhase_journal AFTER INSERT OR UPDATE OR DELETE ON missionPhase FOR EACH ROW EXECUTE FUNCTION missionPhase_journal();

-- The meeting formats of DOMAIN.md beyond the first six.
ALTER TABLE meeting DROP CONSTRAINT meeting_kind_check;
ALTER TABLE meeting ADD CONSTRAINT meeting_kind_check CHECK (kind IN ('tpcc-consultation', 'council-public',
    'secretariat-briefing', 'wgpko', 'c34', 'force-commanders', 'police-commanders', 'sc-au-psc', 'arria',
    'interactive-dialogue', 'informal'));
