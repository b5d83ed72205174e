-- triad schema, version 4: undo. Never edit this file once landed.
-- A command can be undone once; the undo is itself a command. Journal entries copied from another
-- database's bundle describe rows of that database and are never undone here.
ALTER TABLE journalCommand ADD COLUMN undoneBy INTEGER REFERENCES journalCommand(id);
ALTER TABLE journalCommand ADD COLUMN isUndo INTEGER NOT NULL DEFAULT 0 CHECK (isUndo IN (0, 1));
ALTER TABLE journalCommand ADD COLUMN isImported INTEGER NOT NULL DEFAULT 0 CHECK (isImported IN (0, 1));
CREATE INDEX journalCommand_undoable ON journalCommand (id) WHERE undoneBy IS NULL AND isUndo = 0 AND isImported = 0;
