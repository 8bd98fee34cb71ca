package memory

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"time"
	"unicode/utf8"

	"github.com/qwenkit/qwenkit/chat"
)

// validate checks what the store refuses to keep: an unknown role, text
// that is not UTF-8 (it could not be exported exactly), tool calls on a
// message that is not the assistant's, and arguments that are not JSON.
func validate(i int, m chat.Message) error {
	switch m.Role {
	case chat.System, chat.User, chat.Assistant, chat.Tool:
	default:
		return fmt.Errorf("%w: message %d: role %q is not system, user, assistant or tool", ErrInvalid, i, m.Role)
	}
	for what, v := range map[string]string{"content": m.Content, "tool_call_id": m.ToolCallID, "name": m.Name} {
		if !utf8.ValidString(v) {
			return fmt.Errorf("%w: message %d: %s is not valid UTF-8", ErrInvalid, i, what)
		}
	}
	if len(m.ToolCalls) > 0 && m.Role != chat.Assistant {
		return fmt.Errorf("%w: message %d: a %s message has tool calls; only the assistant's may", ErrInvalid, i, m.Role)
	}
	for j, c := range m.ToolCalls {
		if c.Name == "" || !utf8.ValidString(c.Name) || !utf8.ValidString(c.ID) {
			return fmt.Errorf("%w: message %d, tool call %d: the name must be non-empty UTF-8", ErrInvalid, i, j)
		}
		if len(c.Arguments) > 0 && !json.Valid(c.Arguments) {
			return fmt.Errorf("%w: message %d, tool call %d (%s): arguments are not valid JSON", ErrInvalid, i, j, c.Name)
		}
	}
	return nil
}

// prepare validates msgs and makes their entries, counting tokens before any
// lock is taken.
func (s *SQLite) prepare(msgs []chat.Message, at time.Time) ([]Entry, error) {
	out := make([]Entry, len(msgs))
	for i, m := range msgs {
		if err := validate(i, m); err != nil {
			return nil, err
		}
		out[i] = Entry{Message: m, Tokens: s.prompt.message(m), Time: at}
	}
	return out, nil
}

// Append adds msgs to the end of session in one transaction and returns
// them as stored. Either every message is stored and indexed, or, on any
// error, none is. With SyncFull the messages are on disk when Append
// returns.
func (s *SQLite) Append(ctx context.Context, session string, msgs ...chat.Message) ([]Entry, error) {
	entries, err := s.prepare(msgs, time.Now())
	if err != nil {
		return nil, fmt.Errorf("memory: %s: append to session %s: %w", s.path, session, err)
	}
	err = s.write(ctx, "append to session "+session, func(tx *sql.Tx) error {
		sid, err := sessionKey(ctx, tx, session)
		if err != nil {
			return err
		}
		ix := newIndexer(ctx, tx)
		defer ix.close()
		entries, err = appendEntries(ctx, tx, ix, sid, -1, entries)
		return err
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// Turn is one Append's worth of messages for AppendBatch.
type Turn struct {
	// Session is the ID of the session to append to; it must exist.
	Session string
	// Messages are appended in order, as one Append would.
	Messages []chat.Message
}

// AppendBatch appends many turns, to any sessions, in one transaction: all
// or nothing. It amortizes the commit and the index writes over the batch;
// use it for imports and bulk loads.
func (s *SQLite) AppendBatch(ctx context.Context, turns []Turn) error {
	now := time.Now()
	prepared := make([][]Entry, len(turns))
	for i, t := range turns {
		e, err := s.prepare(t.Messages, now)
		if err != nil {
			return fmt.Errorf("memory: %s: append batch: turn %d (session %s): %w", s.path, i, t.Session, err)
		}
		prepared[i] = e
	}
	return s.write(ctx, "append batch", func(tx *sql.Tx) error {
		ix := newIndexer(ctx, tx)
		defer ix.close()
		keys := map[string]int64{}
		for i, t := range turns {
			sid, ok := keys[t.Session]
			if !ok {
				var err error
				if sid, err = sessionKey(ctx, tx, t.Session); err != nil {
					return fmt.Errorf("turn %d: %w", i, err)
				}
				keys[t.Session] = sid
			}
			if _, err := appendEntries(ctx, tx, ix, sid, -1, prepared[i]); err != nil {
				return fmt.Errorf("turn %d: %w", i, err)
			}
		}
		return nil
	})
}

// appendEntries stores entries at the end of session sid (from seq, or
// after the last message when seq < 0), keeping their Time and Tokens, and
// adds them to ix. It fills in ID and Seq.
func appendEntries(ctx context.Context, tx *sql.Tx, ix *indexer, sid int64, seq int, entries []Entry) ([]Entry, error) {
	if seq < 0 {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq) + 1, 0) FROM messages WHERE session = ?`, sid).Scan(&seq); err != nil {
			return nil, err
		}
	}
	for i := range entries {
		e := &entries[i]
		id, err := ix.add(sid, e.Content)
		if err != nil {
			return nil, err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO messages(id, session, seq, role, content, tool_call_id, name, tokens, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, sid, seq+i, string(e.Role), e.Content, nullable(e.ToolCallID), nullable(e.Name), e.Tokens, e.Time.UnixNano())
		if err != nil {
			return nil, err
		}
		e.ID, e.Seq = id, seq+i
		for j, c := range e.ToolCalls {
			if _, err := tx.ExecContext(ctx, `INSERT INTO tool_calls(message, idx, call_id, name, arguments) VALUES (?, ?, ?, ?, ?)`,
				e.ID, j, c.ID, c.Name, string(c.Arguments)); err != nil {
				return nil, err
			}
		}
	}
	return entries, nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// History returns messages of session in order, as q selects. The reads
// run in one read transaction, so they see one moment of the session.
func (s *SQLite) History(ctx context.Context, session string, q HistoryQuery) ([]Entry, error) {
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: history of session %s: %w", s.path, session, classify(err))
	}
	defer tx.Rollback()
	out, err := history(ctx, tx, session, q)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: history of session %s: %w", s.path, session, classify(err))
	}
	return out, nil
}

func history(ctx context.Context, tx *sql.Tx, session string, q HistoryQuery) ([]Entry, error) {
	sid, err := sessionKey(ctx, tx, session)
	if err != nil {
		return nil, err
	}
	from := max(q.From, 0)
	if q.LastTurns > 0 {
		start, err := turnStart(ctx, tx, sid, q.LastTurns)
		if err != nil {
			return nil, err
		}
		from = max(from, start)
	}
	to := -1
	if q.Limit > 0 {
		to = from + q.Limit
	}
	return readHistory(ctx, tx, sid, from, to)
}

// turnStart returns the seq where the last n turns of session sid begin.
func turnStart(ctx context.Context, q querier, sid int64, n int) (int, error) {
	var seq int
	err := q.QueryRowContext(ctx, `SELECT seq FROM messages WHERE session = ? AND role = 'user' ORDER BY seq DESC LIMIT 1 OFFSET ?`, sid, n-1).Scan(&seq)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return seq, err
}

// readHistory reads messages from <= seq < to (to < 0: to the end) of
// session sid with their tool calls.
func readHistory(ctx context.Context, q querier, sid int64, from, to int) ([]Entry, error) {
	if to < 0 {
		to = math.MaxInt
	}
	rows, err := q.QueryContext(ctx, `SELECT id, seq, role, content, tool_call_id, name, tokens, time FROM messages
		WHERE session = ? AND seq >= ? AND seq < ? ORDER BY seq`, sid, from, to)
	if err != nil {
		return nil, err
	}
	var out []Entry
	for rows.Next() {
		var e Entry
		var role string
		var callID, name sql.NullString
		var t int64
		if err := rows.Scan(&e.ID, &e.Seq, &role, &e.Content, &callID, &name, &e.Tokens, &t); err != nil {
			rows.Close()
			return nil, err
		}
		e.Role, e.ToolCallID, e.Name, e.Time = chat.Role(role), callID.String, name.String, time.Unix(0, t)
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	return out, attachCalls(ctx, q, sid, out)
}

// attachCalls fills in the tool calls of entries, which are consecutive
// messages of session sid in order.
func attachCalls(ctx context.Context, q querier, sid int64, entries []Entry) error {
	byID := make(map[int64]int, len(entries))
	for i, e := range entries {
		byID[e.ID] = i
	}
	rows, err := q.QueryContext(ctx, `SELECT tc.message, tc.call_id, tc.name, tc.arguments
		FROM messages m JOIN tool_calls tc ON tc.message = m.id
		WHERE m.session = ? AND m.seq BETWEEN ? AND ? ORDER BY tc.message, tc.idx`,
		sid, entries[0].Seq, entries[len(entries)-1].Seq)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var msg int64
		var c chat.ToolCall
		var args string
		if err := rows.Scan(&msg, &c.ID, &c.Name, &args); err != nil {
			return err
		}
		if args != "" {
			c.Arguments = json.RawMessage(args)
		}
		if i, ok := byID[msg]; ok {
			entries[i].ToolCalls = append(entries[i].ToolCalls, c)
		}
	}
	return rows.Err()
}
