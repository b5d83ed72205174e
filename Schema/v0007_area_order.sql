-- triad schema, version 7: each record's A4P areas in the order they were given, straight from an index.
-- The primary keys (record, area) keep an area from being given twice; listing a record's areas in their
-- order then sorted them apart for every record (twenty thousand sorts for a long follow-up).
-- Never edit this file once landed.

CREATE INDEX meetingArea_inOrder ON meetingArea (meetingId, position, area);
CREATE INDEX agendaItemArea_inOrder ON agendaItemArea (agendaItemId, position, area);
CREATE INDEX actionItemArea_inOrder ON actionItemArea (actionItemId, position, area);
