-- triad schema, version 11: the mission catalogue, the phases of a mission, and the meeting formats the
-- Council uses beyond res. 1353's three (DOMAIN.md, "The mission catalogue" and "Meeting formats"). Never edit
-- this file once landed.
--
-- The catalogue holds the United Nations peacekeeping operations since 1948 and the special political
-- missions that appear in the UN's personnel statistics (the real data file: BINUB, BNUB, UNAMA, UNAMI,
-- UNMIN). One date convention for all: `establishedOn` is the adoption of the establishing resolution,
-- `closedOn` the end of the last mandate. Sources: the resolutions named below (un.org/securitycouncil,
-- "Resolutions"), and DPO's list of past peacekeeping operations (peacekeeping.un.org/en/past-peacekeeping-
-- operations) for the closing dates. Two operations were established by the General Assembly (UNEF I, UNSF);
-- UNGOMAP was set up by an exchange of letters and confirmed by res. 622 (1988), whose date it takes.
--
-- Establishing resolutions:
--   UNTSO: S/RES/50 (1948)
--   UNMOGIP: S/RES/47 (1948)
--   UNEF-I: A/RES/1000 (ES-I)
--   UNOGIL: S/RES/128 (1958)
--   ONUC: S/RES/143 (1960)
--   UNSF: A/RES/1752 (XVII)
--   UNYOM: S/RES/179 (1963)
--   UNFICYP: S/RES/186 (1964)
--   DOMREP: S/RES/203 (1965)
--   UNIPOM: S/RES/211 (1965)
--   UNEF-II: S/RES/340 (1973)
--   UNDOF: S/RES/350 (1974)
--   UNIFIL: S/RES/425 (1978)
--   UNGOMAP: S/RES/622 (1988)
--   UNIIMOG: S/RES/619 (1988)
--   UNAVEM-I: S/RES/626 (1988)
--   UNTAG: S/RES/632 (1989)
--   ONUCA: S/RES/644 (1989)
--   UNIKOM: S/RES/689 (1991)
--   MINURSO: S/RES/690 (1991)
--   UNAVEM-II: S/RES/696 (1991)
--   ONUSAL: S/RES/693 (1991)
--   UNAMIC: S/RES/717 (1991)
--   UNPROFOR: S/RES/743 (1992)
--   UNTAC: S/RES/745 (1992)
--   UNOSOM-I: S/RES/751 (1992)
--   ONUMOZ: S/RES/797 (1992)
--   UNOSOM-II: S/RES/814 (1993)
--   UNOMUR: S/RES/846 (1993)
--   UNOMIG: S/RES/858 (1993)
--   UNOMIL: S/RES/866 (1993)
--   UNMIH: S/RES/867 (1993)
--   UNAMIR: S/RES/872 (1993)
--   UNASOG: S/RES/915 (1994)
--   UNMOT: S/RES/968 (1994)
--   UNAVEM-III: S/RES/976 (1995)
--   UNCRO: S/RES/981 (1995)
--   UNPREDEP: S/RES/983 (1995)
--   UNMIBH: S/RES/1035 (1995)
--   UNTAES: S/RES/1037 (1996)
--   UNMOP: S/RES/1038 (1996)
--   UNSMIH: S/RES/1063 (1996)
--   MINUGUA: S/RES/1094 (1997)
--   MONUA: S/RES/1118 (1997)
--   UNTMIH: S/RES/1123 (1997)
--   MIPONUH: S/RES/1141 (1997)
--   UNCPSG: S/RES/1145 (1997)
--   MINURCA: S/RES/1159 (1998)
--   UNOMSIL: S/RES/1181 (1998)
--   UNMIK: S/RES/1244 (1999)
--   UNAMSIL: S/RES/1270 (1999)
--   UNTAET: S/RES/1272 (1999)
--   MONUC: S/RES/1279 (1999)
--   UNMEE: S/RES/1312 (2000)
--   UNMISET: S/RES/1410 (2002)
--   UNMIL: S/RES/1509 (2003)
--   UNOCI: S/RES/1528 (2004)
--   MINUSTAH: S/RES/1542 (2004)
--   ONUB: S/RES/1545 (2004)
--   UNMIS: S/RES/1590 (2005)
--   UNMIT: S/RES/1704 (2006)
--   UNAMID: S/RES/1769 (2007)
--   MINURCAT: S/RES/1778 (2007)
--   MONUSCO: S/RES/1925 (2010)
--   UNISFA: S/RES/1990 (2011)
--   UNMISS: S/RES/1996 (2011)
--   UNSMIS: S/RES/2043 (2012)
--   MINUSMA: S/RES/2100 (2013)
--   MINUSCA: S/RES/2149 (2014)
--   MINUJUSTH: S/RES/2350 (2017)
--   UNAMA: S/RES/1401 (2002)
--   UNAMI: S/RES/1500 (2003); closed by S/RES/2732 (2024)
--   BINUB: S/RES/1719 (2006)
--   UNMIN: S/RES/1740 (2007)
--   BNUB: S/RES/1959 (2010)

-- The mission's journal copies gain the two new columns; the triggers are replaced after the reference
-- rows, which are no one's command.
DROP TRIGGER mission_journal_insert;
DROP TRIGGER mission_journal_update;
DROP TRIGGER mission_journal_delete;
DROP TRIGGER missionHost_journal_insert;

ALTER TABLE mission ADD COLUMN type TEXT NOT NULL DEFAULT 'peacekeeping' CHECK (type IN ('peacekeeping', 'political'));
ALTER TABLE mission ADD COLUMN predecessorId INTEGER REFERENCES mission(id) ON DELETE SET NULL;
CREATE INDEX mission_byPredecessor ON mission (predecessorId);

-- The reference missions of v0002 take the convention: MONUSCO's res. 1925 was adopted on 28 May 2010
-- (it took over on 1 July), UNMISS's res. 1996 on 8 July 2011 (South Sudan's independence was the 9th),
-- UNMOGIP's res. 47 on 21 April 1948 (its first observers arrived in January 1949).
CREATE TEMP TABLE catalogue (acronym TEXT, name TEXT, type TEXT, territory TEXT, establishedOn TEXT, closedOn TEXT);
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
FROM catalogue WHERE mission.acronym = catalogue.acronym AND mission.isReference = 1;

-- Missions a user already recorded under a catalogue acronym keep what the user wrote.
INSERT INTO mission (acronym, name, type, territory, establishedOn, closedOn, isReference, createdAt, updatedAt)
SELECT acronym, name, type, territory, establishedOn, closedOn, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM catalogue
WHERE NOT EXISTS (SELECT 1 FROM mission WHERE mission.acronym = catalogue.acronym);

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
INSERT OR IGNORE INTO missionHost (missionId, partyId)
SELECT mission.id, party.id FROM host JOIN mission ON mission.acronym = host.acronym JOIN party ON party.code = host.code
WHERE mission.isReference = 1;

DROP TABLE temp.catalogue;

-- Where one mission took over from another.
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
UPDATE mission SET predecessorId = (SELECT earlier.id FROM mission earlier WHERE earlier.acronym = link.predecessor)
FROM link WHERE mission.acronym = link.acronym AND mission.isReference = 1;

CREATE TRIGGER mission_journal_insert AFTER INSERT ON mission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mission', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'acronym', NEW.acronym, 'name', NEW.name, 'territory', NEW.territory, 'establishedOn', NEW.establishedOn, 'closedOn', NEW.closedOn, 'type', NEW.type, 'predecessorId', NEW.predecessorId, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mission_journal_update AFTER UPDATE ON mission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mission', NEW.rowid, 'update',
        json_object('id', OLD.id, 'acronym', OLD.acronym, 'name', OLD.name, 'territory', OLD.territory, 'establishedOn', OLD.establishedOn, 'closedOn', OLD.closedOn, 'type', OLD.type, 'predecessorId', OLD.predecessorId, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'acronym', NEW.acronym, 'name', NEW.name, 'territory', NEW.territory, 'establishedOn', NEW.establishedOn, 'closedOn', NEW.closedOn, 'type', NEW.type, 'predecessorId', NEW.predecessorId, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER mission_journal_delete AFTER DELETE ON mission BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'mission', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'acronym', OLD.acronym, 'name', OLD.name, 'territory', OLD.territory, 'establishedOn', OLD.establishedOn, 'closedOn', OLD.closedOn, 'type', OLD.type, 'predecessorId', OLD.predecessorId, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

CREATE TRIGGER missionHost_journal_insert AFTER INSERT ON missionHost BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'missionHost', NEW.rowid, 'insert',
        NULL,
        json_object('missionId', NEW.missionId, 'partyId', NEW.partyId));
END;

-- A mission's phase from a day: the phase in force on a day is the latest recorded on or before it (the Core
-- derives `active` from the establishment and `closed` from the day after `closedOn`).
CREATE TABLE missionPhase (
    id INTEGER PRIMARY KEY,
    missionId INTEGER NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ('active', 'drawdown', 'withdrawal', 'liquidation', 'closed')),
    fromDay TEXT NOT NULL,
    source TEXT,
    isReference INTEGER NOT NULL DEFAULT 0 CHECK (isReference IN (0, 1)),
    createdAt TEXT NOT NULL,
    updatedAt TEXT NOT NULL,
    UNIQUE (missionId, fromDay)
) STRICT;

-- The phases the Council decided, from the resolutions' adoption:
--   UNIFIL: res. 2790 (2025), 28 August 2025, extends the mandate a final time to 31 December 2026 and
--     asks for the withdrawal within a year of that date.
--   MINUSMA: res. 2690 (2023), 30 June 2023, ends the mandate and asks for the withdrawal by 31 December 2023.
--   UNAMI: res. 2732 (2024), 31 May 2024, extends the mandate a final time to 31 December 2025.
WITH decided(acronym, phase, fromDay, source) AS (VALUES
    ('UNIFIL', 'drawdown', '2025-08-28', 'S/RES/2790 (2025)'),
    ('MINUSMA', 'withdrawal', '2023-06-30', 'S/RES/2690 (2023)'),
    ('UNAMI', 'drawdown', '2024-05-31', 'S/RES/2732 (2024)')
)
INSERT INTO missionPhase (missionId, phase, fromDay, source, isReference, createdAt, updatedAt)
SELECT mission.id, decided.phase, decided.fromDay, decided.source, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
FROM decided JOIN mission ON mission.acronym = decided.acronym AND mission.isReference = 1;

CREATE TRIGGER missionPhase_journal_insert AFTER INSERT ON missionPhase BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'missionPhase', NEW.rowid, 'insert',
        NULL,
        json_object('id', NEW.id, 'missionId', NEW.missionId, 'phase', NEW.phase, 'fromDay', NEW.fromDay, 'source', NEW.source, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER missionPhase_journal_update AFTER UPDATE ON missionPhase BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'missionPhase', NEW.rowid, 'update',
        json_object('id', OLD.id, 'missionId', OLD.missionId, 'phase', OLD.phase, 'fromDay', OLD.fromDay, 'source', OLD.source, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        json_object('id', NEW.id, 'missionId', NEW.missionId, 'phase', NEW.phase, 'fromDay', NEW.fromDay, 'source', NEW.source, 'isReference', NEW.isReference, 'createdAt', NEW.createdAt, 'updatedAt', NEW.updatedAt));
END;

CREATE TRIGGER missionPhase_journal_delete AFTER DELETE ON missionPhase BEGIN
    INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
    VALUES ((SELECT max(id) FROM journalCommand), 'missionPhase', OLD.rowid, 'delete',
        json_object('id', OLD.id, 'missionId', OLD.missionId, 'phase', OLD.phase, 'fromDay', OLD.fromDay, 'source', OLD.source, 'isReference', OLD.isReference, 'createdAt', OLD.createdAt, 'updatedAt', OLD.updatedAt),
        NULL);
END;

-- The meeting formats of DOMAIN.md beyond the first six. Widening a CHECK changes no stored row, so the
-- table's definition is edited in place (SQLite's "ALTER TABLE", section 7); the migrator then bumps the
-- schema version so that every connection reads the new definition.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, '''wgpko'', ''c34'', ''informal'')',
    '''wgpko'', ''c34'', ''force-commanders'', ''police-commanders'', ''sc-au-psc'', ''arria'', ''interactive-dialogue'', ''informal'')')
WHERE type = 'table' AND name = 'meeting';
PRAGMA writable_schema = OFF;
