package chatml

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/qwenkit/qwenkit/chat"
)

// ToolCallError reports a <tool_call> block that does not hold a well-formed
// call. Offset is the byte offset in the reply where the block's body starts.
type ToolCallError struct {
	Index  int    // which call of the reply (0-based)
	Offset int    // byte offset of the body in the reply
	Body   string // the block's body as the model wrote it
	Err    error  // what is wrong with it
}

// Error names the call, its offset and what is wrong, with the body (cut at
// 200 bytes).
func (e *ToolCallError) Error() string {
	body := e.Body
	if len(body) > 200 {
		body = body[:200] + "…"
	}
	return fmt.Sprintf("chatml: tool call %d at offset %d: %v (body %q)", e.Index, e.Offset, e.Err, body)
}

// Unwrap returns the cause, for errors.Is and errors.As.
func (e *ToolCallError) Unwrap() error { return e.Err }

// ParseToolCall parses the body of one <tool_call> block, the text between
// <tool_call> and </tool_call>: one JSON object {"name": ..., "arguments":
// {...}} with optional surrounding whitespace. Arguments given as a JSON string
// that holds an object are unwrapped to the object; missing or null arguments
// become {}. The arguments' JSON is kept as the model wrote it.
func ParseToolCall(body string) (chat.ToolCall, error) {
	trimmed := strings.TrimSpace(body)
	if trimmed == "" {
		return chat.ToolCall{}, errors.New("empty tool call")
	}
	if trimmed[0] != '{' {
		return chat.ToolCall{}, fmt.Errorf("want a JSON object {\"name\": ..., \"arguments\": {...}}, got %.20q", trimmed)
	}
	dec := json.NewDecoder(strings.NewReader(trimmed))
	var w struct {
		Name      *json.RawMessage `json:"name"`
		Arguments json.RawMessage  `json:"arguments"`
	}
	if err := dec.Decode(&w); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return chat.ToolCall{}, fmt.Errorf("invalid JSON at offset %d of the call: %w", se.Offset, err)
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return chat.ToolCall{}, fmt.Errorf("incomplete JSON: %w", err)
		}
		return chat.ToolCall{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if rest := strings.TrimSpace(trimmed[dec.InputOffset():]); rest != "" {
		return chat.ToolCall{}, fmt.Errorf("text after the call's JSON object: %.20q", rest)
	}
	if w.Name == nil {
		return chat.ToolCall{}, errors.New(`no "name"`)
	}
	var name string
	if err := json.Unmarshal(*w.Name, &name); err != nil {
		return chat.ToolCall{}, fmt.Errorf(`"name" must be a string, got %s`, *w.Name)
	}
	if name == "" {
		return chat.ToolCall{}, errors.New(`empty "name"`)
	}
	args := bytes.TrimSpace(w.Arguments)
	switch {
	case len(args) == 0 || string(args) == "null":
		args = []byte("{}")
	case args[0] == '"':
		var s string
		if err := json.Unmarshal(args, &s); err != nil {
			return chat.ToolCall{}, fmt.Errorf(`"arguments": %w`, err)
		}
		inner := bytes.TrimSpace([]byte(s))
		if len(inner) == 0 {
			inner = []byte("{}")
		}
		if inner[0] != '{' || !json.Valid(inner) {
			return chat.ToolCall{}, fmt.Errorf(`"arguments" must be a JSON object, got the string %.40q`, s)
		}
		args = inner
	case args[0] != '{':
		return chat.ToolCall{}, fmt.Errorf(`"arguments" must be a JSON object, got %.40s`, args)
	}
	return chat.ToolCall{Name: name, Arguments: bytes.Clone(args)}, nil
}

// ParseToolCalls splits a complete assistant reply into its text and the tool
// calls of its <tool_call> blocks, in order. With calls present, whitespace
// around the blocks is dropped from the text. A block that is malformed, or
// left open without a complete JSON object, is a *ToolCallError.
func ParseToolCalls(reply string) (text string, calls []chat.ToolCall, err error) {
	var s Scanner
	t1, c1, err := s.Feed(reply)
	if err != nil {
		return "", nil, err
	}
	t2, c2, err := s.Close()
	if err != nil {
		return "", nil, err
	}
	calls = append(c1, c2...)
	if text = t1 + t2; len(calls) > 0 {
		text = strings.TrimSpace(text)
	}
	return text, calls, nil
}

// Scanner splits a reply streamed in pieces into text and tool calls. Text
// that could be the start of "<tool_call>" is held back until it is known;
// whitespace after a call is held until more text follows it (and dropped at
// the end). Callers showing text before a call may trim its trailing space.
// The zero Scanner is ready; it is not safe for concurrent use.
type Scanner struct {
	pending  string // text not yet classified
	held     string // whitespace after a call, not yet emitted
	inCall   bool
	searched int // in a call: pending[:searched] holds no start of ToolCallClose
	offset   int // reply offset of pending[0]
	bodyAt   int // reply offset of the open call's body
	ncalls   int
	finished bool
}

// Feed adds the next piece of the reply and returns the text that is now
// known to be plain text and the calls completed by this piece.
func (s *Scanner) Feed(piece string) (text string, calls []chat.ToolCall, err error) {
	if s.finished {
		return "", nil, errors.New("chatml: Feed after Close")
	}
	s.pending += piece
	var out strings.Builder
	for {
		if s.inCall {
			// Search only what the last piece can have completed, so a call
			// streamed token by token is scanned once, not once per token.
			i := strings.Index(s.pending[s.searched:], ToolCallClose)
			if i < 0 {
				s.searched = max(0, len(s.pending)-len(ToolCallClose)+1)
				return out.String(), calls, nil
			}
			i += s.searched
			c, err := s.call(s.pending[:i])
			if err != nil {
				return "", nil, err
			}
			calls = append(calls, c)
			s.advance(i + len(ToolCallClose))
			s.inCall = false
			continue
		}
		if i := strings.Index(s.pending, ToolCallOpen); i >= 0 {
			s.plain(&out, s.pending[:i])
			s.held = ""
			s.advance(i + len(ToolCallOpen))
			s.inCall, s.bodyAt = true, s.offset
			continue
		}
		keep := partialSuffix(s.pending, ToolCallOpen)
		s.plain(&out, s.pending[:len(s.pending)-keep])
		s.advance(len(s.pending) - keep)
		return out.String(), calls, nil
	}
}

// Close ends the reply: it returns the text still held back and, when a
// block is open, the call in it if its body is already a complete call, else a
// *ToolCallError.
func (s *Scanner) Close() (text string, calls []chat.ToolCall, err error) {
	if s.finished {
		return "", nil, nil
	}
	s.finished = true
	if s.inCall {
		c, err := s.call(s.pending)
		if err != nil {
			var te *ToolCallError
			if errors.As(err, &te) {
				te.Err = fmt.Errorf("unterminated <tool_call> (no </tool_call>): %w", te.Err)
			}
			return "", nil, err
		}
		return "", []chat.ToolCall{c}, nil
	}
	var out strings.Builder
	s.plain(&out, s.pending)
	s.pending = ""
	return out.String(), nil, nil
}

// Calls reports how many calls the scanner has parsed so far.
func (s *Scanner) Calls() int { return s.ncalls }

// InCall reports whether a <tool_call> block is open.
func (s *Scanner) InCall() bool { return s.inCall }

func (s *Scanner) advance(n int) {
	s.pending = s.pending[n:]
	s.offset += n
	s.searched = 0
}

func (s *Scanner) call(body string) (chat.ToolCall, error) {
	c, err := ParseToolCall(body)
	if err != nil {
		return chat.ToolCall{}, &ToolCallError{Index: s.ncalls, Offset: s.bodyAt, Body: body, Err: err}
	}
	s.ncalls++
	return c, nil
}

// plain classifies t as text: after a call, whitespace is held back until
// something else follows.
func (s *Scanner) plain(out *strings.Builder, t string) {
	if s.ncalls == 0 {
		out.WriteString(t)
		return
	}
	if strings.TrimFunc(t, unicode.IsSpace) == "" {
		s.held += t
		return
	}
	out.WriteString(s.held)
	s.held = ""
	out.WriteString(t)
}

// partialSuffix returns the length of the longest proper suffix of s that is a
// prefix of marker.
func partialSuffix(s, marker string) int {
	n := min(len(s), len(marker)-1)
	for ; n > 0; n-- {
		if strings.HasSuffix(s, marker[:n]) {
			return n
		}
	}
	return 0
}
