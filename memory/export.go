package memory

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/qwenkit/qwenkit/chat"
)

// The export format: one JSON object a message, one a line, in order:
//
//	{"role": ..., "content": ..., "tool_calls": [...], "tool_call_id": ...,
//	 "name": ..., "time": RFC 3339 in UTC, "tokens": ...}
//
// tool_calls are in the OpenAI shape chat.ToolCall reads, with each call's
// arguments written byte for byte as stored (encoding/json would re-space
// them; a raw line break in them, which JSON allows, makes that message
// span lines). Import reads the same lines back; tokens is recounted.

// Export writes the messages of session as JSON lines.
func (s *SQLite) Export(ctx context.Context, session string, w io.Writer) error {
	entries, err := s.History(ctx, session, HistoryQuery{})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	var line []byte
	for _, e := range entries {
		line, err = appendLine(line[:0], e)
		if err != nil {
			return fmt.Errorf("memory: export session %s, message %d: %w", session, e.Seq, err)
		}
		if _, err := bw.Write(line); err != nil {
			return fmt.Errorf("memory: export session %s: %w", session, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("memory: export session %s: %w", session, err)
	}
	return nil
}

func appendString(b []byte, s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// appendLine appends e as one export line, newline included.
func appendLine(b []byte, e Entry) ([]byte, error) {
	b = append(b, `{"role":`...)
	b = appendString(b, string(e.Role))
	b = append(b, `,"content":`...)
	b = appendString(b, e.Content)
	if len(e.ToolCalls) > 0 {
		b = append(b, `,"tool_calls":[`...)
		for i, c := range e.ToolCalls {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '{')
			if c.ID != "" {
				b = append(b, `"id":`...)
				b = appendString(b, c.ID)
				b = append(b, ',')
			}
			b = append(b, `"type":"function","function":{"name":`...)
			b = appendString(b, c.Name)
			if len(c.Arguments) > 0 {
				if !json.Valid(c.Arguments) {
					return nil, fmt.Errorf("tool call %d: arguments are not valid JSON", i)
				}
				b = append(b, `,"arguments":`...)
				b = append(b, c.Arguments...)
			}
			b = append(b, "}}"...)
		}
		b = append(b, ']')
	}
	if e.ToolCallID != "" {
		b = append(b, `,"tool_call_id":`...)
		b = appendString(b, e.ToolCallID)
	}
	if e.Name != "" {
		b = append(b, `,"name":`...)
		b = appendString(b, e.Name)
	}
	b = append(b, `,"time":`...)
	b = appendString(b, e.Time.UTC().Format(time.RFC3339Nano))
	b = append(b, `,"tokens":`...)
	b = strconv.AppendInt(b, int64(e.Tokens), 10)
	return append(b, "}\n"...), nil
}

// exportLine is what Import reads from a line.
type exportLine struct {
	chat.Message
	Time   *time.Time `json:"time"`
	Tokens *int       `json:"tokens"`
}

// ReadLines parses an export: a stream of JSON objects, one a line as
// Export writes them (a tool call's arguments holding a raw line break,
// which JSON allows and Export keeps byte for byte, make that message span
// lines). An error names the line where the bad object starts.
func ReadLines(r io.Reader) ([]Entry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	lineAt := func(off int64) int { return 1 + bytes.Count(data[:min(int(off), len(data))], []byte("\n")) }
	dec := json.NewDecoder(bytes.NewReader(data))
	var out []Entry
	for {
		var raw json.RawMessage
		start := dec.InputOffset()
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		// The value starts after the whitespace before it.
		start += int64(len(data[start:]) - len(bytes.TrimLeft(data[start:], " \t\r\n")))
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return nil, fmt.Errorf("line %d: %w: %w", lineAt(se.Offset), ErrInvalid, err)
			}
			return nil, fmt.Errorf("line %d: %w: %w", lineAt(start), ErrInvalid, err)
		}
		e, err := parseLine(raw)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", lineAt(start), err)
		}
		out = append(out, e)
	}
}

func parseLine(raw []byte) (Entry, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var l exportLine
	if err := dec.Decode(&l); err != nil {
		return Entry{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	e := Entry{Message: l.Message}
	if len(e.ToolCalls) == 0 {
		e.ToolCalls = nil
	}
	if l.Time != nil {
		e.Time = *l.Time
	}
	if err := validate(0, e.Message); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// Import creates a session (described by ns, as for CreateSession) from
// export lines, in one transaction: the session and all its messages, or,
// on any error, nothing. Messages keep their times (a line without one gets
// the time of the import); token counts are made by this store's counter.
func (s *SQLite) Import(ctx context.Context, r io.Reader, ns NewSession) (Session, error) {
	entries, err := ReadLines(r)
	if err != nil {
		return Session{}, fmt.Errorf("memory: %s: import: %w", s.path, err)
	}
	now := time.Now()
	for i := range entries {
		entries[i].Tokens = s.prompt.message(entries[i].Message)
		if entries[i].Time.IsZero() {
			entries[i].Time = now
		}
	}
	var out Session
	err = s.write(ctx, "import", func(tx *sql.Tx) error {
		var sid int64
		var err error
		if out, sid, err = createSession(ctx, tx, ns, "", 0); err != nil {
			return err
		}
		ix := newIndexer(ctx, tx)
		defer ix.close()
		if _, err := appendEntries(ctx, tx, ix, sid, 0, entries); err != nil {
			return err
		}
		out.Messages = len(entries)
		return nil
	})
	return out, err
}
