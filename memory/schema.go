package memory

import (
	"context"
	"database/sql"
	"fmt"
)

// migration is one numbered step of the schema. The file's PRAGMA
// user_version is the number of steps applied; Open applies the missing ones
// in one transaction, so a file is either at the old version or the new one.
type migration struct {
	what  string
	stmts []string
}

// migrations is the schema's history, oldest first. Append; never edit a
// step that has shipped.
var migrations = []migration{
	{"sessions, messages, tool calls, documents and the search index", []string{
		`CREATE TABLE meta (
			key   TEXT PRIMARY KEY,
			value TEXT NOT NULL
		) WITHOUT ROWID`,
		// id is internal; uid is the ID callers see.
		`CREATE TABLE sessions (
			id         INTEGER PRIMARY KEY,
			uid        TEXT NOT NULL UNIQUE,
			title      TEXT NOT NULL,
			metadata   TEXT NOT NULL,          -- a JSON object of strings
			created    INTEGER NOT NULL,       -- Unix nanoseconds
			parent     TEXT,                   -- uid of the session this was forked from
			parent_seq INTEGER                 -- the last message copied from it
		)`,
		`CREATE INDEX sessions_by_created ON sessions (created, id)`,
		// Every searchable text: a message's content or a document chunk,
		// as index terms (see index.go). A message or chunk has its text's
		// id. scope: sessions.id for a message, 0 for a chunk.
		`CREATE TABLE texts (
			id    INTEGER PRIMARY KEY,
			scope INTEGER NOT NULL,
			body  TEXT NOT NULL
		)`,
		`CREATE VIRTUAL TABLE fts_scope USING fts4(content="texts", body, languageid="scope", tokenize=simple, order=DESC)`,
		`CREATE VIRTUAL TABLE fts_all USING fts4(content="texts", body, tokenize=simple, order=DESC)`,
		// Merge index segments a little at each commit rather than all at
		// once now and then, so no single Append pays for a big merge.
		`INSERT INTO fts_scope(fts_scope) VALUES ('automerge=8')`,
		`INSERT INTO fts_all(fts_all) VALUES ('automerge=8')`,
		// seq is the message's position in its session, from 0, without gaps.
		`CREATE TABLE messages (
			id           INTEGER PRIMARY KEY,  -- texts.id
			session      INTEGER NOT NULL,     -- sessions.id
			seq          INTEGER NOT NULL,
			role         TEXT NOT NULL,
			content      TEXT NOT NULL,
			tool_call_id TEXT,                 -- for a tool result: the call it answers
			name         TEXT,
			tokens       INTEGER NOT NULL,     -- prompt tokens, ChatML framing included
			time         INTEGER NOT NULL,     -- Unix nanoseconds
			UNIQUE (session, seq)
		)`,
		`CREATE INDEX messages_user_turns ON messages (session, seq) WHERE role = 'user'`,
		`CREATE TABLE tool_calls (
			message   INTEGER NOT NULL,        -- messages.id
			idx       INTEGER NOT NULL,
			call_id   TEXT NOT NULL,
			name      TEXT NOT NULL,
			arguments TEXT NOT NULL,           -- JSON text exactly as given
			PRIMARY KEY (message, idx)
		) WITHOUT ROWID`,
		`CREATE TABLE documents (
			id      INTEGER PRIMARY KEY,
			name    TEXT NOT NULL UNIQUE,
			created INTEGER NOT NULL,
			chars   INTEGER NOT NULL,
			tokens  INTEGER NOT NULL
		)`,
		// start is the chunk's first character (code point) in the document.
		`CREATE TABLE chunks (
			id       INTEGER PRIMARY KEY,      -- texts.id
			document INTEGER NOT NULL,         -- documents.id
			seq      INTEGER NOT NULL,
			text     TEXT NOT NULL,
			start    INTEGER NOT NULL,
			tokens   INTEGER NOT NULL,
			UNIQUE (document, seq)
		)`,
	}},
}

// SchemaVersion is the schema version this package writes: the number of
// migrations it knows.
var SchemaVersion = len(migrations)

// migrate brings the file to SchemaVersion inside one write transaction. It
// re-reads the version under the write lock, so two processes opening the
// same new file at once apply each step once.
func migrate(ctx context.Context, db *sql.DB, path string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("memory: %s: begin migration: %w", path, classify(err))
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return fmt.Errorf("memory: %s: read schema version: %w", path, classify(err))
	}
	if v > SchemaVersion {
		return fmt.Errorf("memory: %s: %w: the file has schema version %d, this qwenkit knows up to %d; use a newer qwenkit", path, ErrNewerSchema, v, SchemaVersion)
	}
	if v == SchemaVersion {
		return nil
	}
	for i := v; i < SchemaVersion; i++ {
		for _, s := range migrations[i].stmts {
			if _, err := tx.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("memory: %s: migration %d (%s): %w", path, i+1, migrations[i].what, classify(err))
			}
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, SchemaVersion)); err != nil {
		return fmt.Errorf("memory: %s: set schema version: %w", path, classify(err))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("memory: %s: commit migration: %w", path, classify(err))
	}
	return nil
}
