-- triad schema, version 5: indexes for "closed in the last days" (the follow-up report), per owner and
-- overall, so that it reads the recently closed actions, not every action an owner ever closed.
-- Never edit this file once landed.

CREATE INDEX actionItem_byOwnerClosed ON actionItem (ownerPartyId, status, closedAt);
CREATE INDEX actionItem_byClosed ON actionItem (status, closedAt);
