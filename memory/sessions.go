package memory

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

func newSessionID() string {
	var b [10]byte
	rand.Read(b[:])
	return idEncoding.EncodeToString(b[:])
}

func checkID(id string) error {
	if id == "" || len(id) > 128 || !utf8.ValidString(id) {
		return fmt.Errorf("%w: session ID %q: want 1 to 128 bytes of UTF-8", ErrInvalid, id)
	}
	for _, r := range id {
		if unicode.IsSpace(r) || !unicode.IsPrint(r) {
			return fmt.Errorf("%w: session ID %q: spaces and control characters are not allowed", ErrInvalid, id)
		}
	}
	return nil
}

// CreateSession starts an empty session; with ns.ID empty it gets a random
// 16-letter ID. An ID already in use gives ErrExists.
func (s *SQLite) CreateSession(ctx context.Context, ns NewSession) (Session, error) {
	var out Session
	err := s.write(ctx, "create session", func(tx *sql.Tx) error {
		var err error
		out, _, err = createSession(ctx, tx, ns, "", 0)
		return err
	})
	return out, err
}

// createSession inserts the session ns describes and returns it with its
// internal id.
func createSession(ctx context.Context, tx *sql.Tx, ns NewSession, parent string, parentSeq int) (Session, int64, error) {
	if ns.ID == "" {
		ns.ID = newSessionID()
	}
	if err := checkID(ns.ID); err != nil {
		return Session{}, 0, err
	}
	if !utf8.ValidString(ns.Title) {
		return Session{}, 0, fmt.Errorf("%w: session %s: title is not UTF-8", ErrInvalid, ns.ID)
	}
	meta := ns.Metadata
	if meta == nil {
		meta = map[string]string{}
	}
	mj, err := json.Marshal(meta)
	if err != nil {
		return Session{}, 0, fmt.Errorf("%w: session %s: metadata: %w", ErrInvalid, ns.ID, err)
	}
	now := time.Now()
	var p any
	var ps any
	if parent != "" {
		p, ps = parent, parentSeq
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO sessions(uid, title, metadata, created, parent, parent_seq) VALUES (?, ?, ?, ?, ?, ?)`,
		ns.ID, ns.Title, string(mj), now.UnixNano(), p, ps)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE") {
			return Session{}, 0, fmt.Errorf("session %s: %w", ns.ID, ErrExists)
		}
		return Session{}, 0, err
	}
	sid, err := res.LastInsertId()
	if err != nil {
		return Session{}, 0, err
	}
	return Session{ID: ns.ID, Title: ns.Title, Metadata: ns.Metadata, Created: time.Unix(0, now.UnixNano()), Parent: parent, ParentSeq: parentSeq}, sid, nil
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// sessionKey returns the internal id of session uid, or ErrNotFound.
func sessionKey(ctx context.Context, q querier, uid string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM sessions WHERE uid = ?`, uid).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("session %q: %w", uid, ErrNotFound)
	}
	return id, err
}

const sessionCols = `s.uid, s.title, s.metadata, s.created, s.parent, s.parent_seq,
	(SELECT coalesce(max(m.seq) + 1, 0) FROM messages m WHERE m.session = s.id)`

func scanSession(sc interface{ Scan(...any) error }) (Session, error) {
	var out Session
	var meta string
	var created int64
	var parent sql.NullString
	var parentSeq sql.NullInt64
	if err := sc.Scan(&out.ID, &out.Title, &meta, &created, &parent, &parentSeq, &out.Messages); err != nil {
		return Session{}, err
	}
	if err := json.Unmarshal([]byte(meta), &out.Metadata); err != nil {
		return Session{}, fmt.Errorf("session %s: metadata: %w", out.ID, err)
	}
	if len(out.Metadata) == 0 {
		out.Metadata = nil
	}
	out.Created = time.Unix(0, created)
	out.Parent, out.ParentSeq = parent.String, int(parentSeq.Int64)
	return out, nil
}

// Session returns the session with that ID, or ErrNotFound.
func (s *SQLite) Session(ctx context.Context, id string) (Session, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+sessionCols+` FROM sessions s WHERE s.uid = ?`, id)
	out, err := scanSession(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, fmt.Errorf("memory: %s: session %q: %w", s.path, id, ErrNotFound)
	}
	if err != nil {
		return Session{}, fmt.Errorf("memory: %s: session %q: %w", s.path, id, classify(err))
	}
	return out, nil
}

// Sessions lists sessions, newest first. Each costs one index lookup for
// its message count.
func (s *SQLite) Sessions(ctx context.Context, q SessionQuery) ([]Session, error) {
	before := int64(1<<63 - 1)
	if !q.Before.IsZero() {
		before = q.Before.UnixNano()
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+sessionCols+` FROM sessions s WHERE s.created < ? ORDER BY s.created DESC, s.id DESC LIMIT ?`, before, limit)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: list sessions: %w", s.path, classify(err))
	}
	defer rows.Close()
	var out []Session
	for rows.Next() {
		ss, err := scanSession(rows)
		if err != nil {
			return nil, fmt.Errorf("memory: %s: list sessions: %w", s.path, classify(err))
		}
		out = append(out, ss)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("memory: %s: list sessions: %w", s.path, classify(err))
	}
	return out, nil
}

// DeleteSession removes the session, its messages, their tool calls and
// their index entries, in one transaction. Sessions forked from it keep
// their own copies.
func (s *SQLite) DeleteSession(ctx context.Context, id string) error {
	return s.write(ctx, "delete session "+id, func(tx *sql.Tx) error {
		sid, err := sessionKey(ctx, tx, id)
		if err != nil {
			return err
		}
		ix := newIndexer(ctx, tx)
		defer ix.close()
		if err := ix.removeSelected(`SELECT id FROM messages WHERE session = ?`, sid); err != nil {
			return err
		}
		for _, q := range []string{
			`DELETE FROM tool_calls WHERE message IN (SELECT id FROM messages WHERE session = ?)`,
			`DELETE FROM messages WHERE session = ?`,
			`DELETE FROM sessions WHERE id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, sid); err != nil {
				return err
			}
		}
		return nil
	})
}

// Fork starts a new session (described by ns, as for CreateSession) holding
// copies of messages 0..at of session id, with their times, and indexes
// them. The copies are independent: appending to or deleting either session
// leaves the other as it is. It costs as much as appending the copied
// messages.
func (s *SQLite) Fork(ctx context.Context, id string, at int, ns NewSession) (Session, error) {
	var out Session
	err := s.write(ctx, "fork session "+id, func(tx *sql.Tx) error {
		sid, err := sessionKey(ctx, tx, id)
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq) + 1, 0) FROM messages WHERE session = ?`, sid).Scan(&n); err != nil {
			return err
		}
		if at < 0 || at >= n {
			return fmt.Errorf("%w: fork session %s at message %d: it has messages 0 to %d", ErrNotFound, id, at, n-1)
		}
		entries, err := readHistory(ctx, tx, sid, 0, at+1)
		if err != nil {
			return err
		}
		var nid int64
		out, nid, err = createSession(ctx, tx, ns, id, at)
		if err != nil {
			return err
		}
		ix := newIndexer(ctx, tx)
		defer ix.close()
		if _, err := appendEntries(ctx, tx, ix, nid, 0, entries); err != nil {
			return err
		}
		out.Messages = len(entries)
		return nil
	})
	return out, err
}
