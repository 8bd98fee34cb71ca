package agent

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
)

// reply is one scripted model reply.
type reply struct {
	text  string
	calls []chat.ToolCall
	err   error
}

// scripted is an sdk.Engine that replays fixed replies. It is stateless:
// the reply to a request is script[n], n being the number of assistant
// messages already in the request, so a resumed run gets the reply it
// would have got; a request that continues its last message (Continue)
// counts that message once per output block in it (one per TIR step
// done) and replays the rest of the reply past the text the message
// already holds of it. It applies stop strings (Stop, StopAfter) as an engine does.
type scripted struct {
	script []reply
	mu     sync.Mutex
	reqs   []sdk.Request
}

func (s *scripted) Chat(ctx context.Context, req sdk.Request) iter.Seq2[sdk.Event, error] {
	return func(yield func(sdk.Event, error) bool) {
		s.mu.Lock()
		s.reqs = append(s.reqs, req)
		s.mu.Unlock()
		n := 0
		for i, m := range req.Messages {
			switch {
			case m.Role != chat.Assistant:
			case req.Continue && i == len(req.Messages)-1:
				n += strings.Count(m.Content, "```output")
			default:
				n++
			}
		}
		if n >= len(s.script) {
			yield(sdk.Event{}, fmt.Errorf("scripted engine: no reply %d", n))
			return
		}
		r := s.script[n]
		if r.err != nil {
			yield(sdk.Event{}, r.err)
			return
		}
		if err := ctx.Err(); err != nil {
			yield(sdk.Event{}, err)
			return
		}
		text := r.text
		if req.Continue {
			// Continue the reply past what the open message already holds
			// of it (the text after its last output block).
			m := req.Messages[len(req.Messages)-1].Content
			if i := strings.LastIndex(m, "```output"); i >= 0 {
				j := strings.Index(m[i:], "\n```\n")
				m = m[i+j+len("\n```\n"):]
			}
			text = strings.TrimPrefix(text, m)
		}
		for _, stop := range req.Stop {
			if i := strings.Index(text, stop); i >= 0 {
				text = text[:i]
			}
		}
		for _, stop := range req.StopAfter {
			if i := strings.Index(text, stop); i >= 0 {
				text = text[:i+len(stop)]
			}
		}
		// Text in two pieces, to exercise the deltas.
		half := len(text) / 2
		for _, piece := range []string{text[:half], text[half:]} {
			if piece != "" && !yield(sdk.Event{Kind: sdk.TextEvent, Text: piece}, nil) {
				return
			}
		}
		for i := range r.calls {
			c := r.calls[i]
			if !yield(sdk.Event{Kind: sdk.ToolCallEvent, ToolCall: &c}, nil) {
				return
			}
		}
		reason := sdk.FinishStop
		if len(r.calls) > 0 {
			reason = sdk.FinishToolCalls
		}
		yield(sdk.Event{Kind: sdk.DoneEvent, Done: &sdk.Done{Reason: reason, Usage: sdk.Usage{PromptTokens: 10 * len(req.Messages), CompletionTokens: 1 + len(text)}}}, nil)
	}
}

func (s *scripted) requests() []sdk.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sdk.Request(nil), s.reqs...)
}

// call builds a tool call.
func call(id, name, args string) chat.ToolCall {
	return chat.ToolCall{ID: id, Name: name, Arguments: []byte(args)}
}

var errCrash = errors.New("simulated crash")

// memStore is a Store in memory. With crashAt = k, its k-th Append (from 1)
// stores the messages and then fails, as a process that dies right after
// its commit; with failAt = k, the k-th Append fails without storing.
type memStore struct {
	mu       sync.Mutex
	sessions map[string][]chat.Message
	appends  int
	crashAt  int
	failAt   int
}

func newMemStore() *memStore { return &memStore{sessions: map[string][]chat.Message{}} }

func (m *memStore) Messages(_ context.Context, session string) ([]chat.Message, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]chat.Message(nil), m.sessions[session]...), nil
}

func (m *memStore) Append(_ context.Context, session string, msgs ...chat.Message) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.appends++
	if m.appends == m.failAt {
		return errCrash
	}
	m.sessions[session] = append(m.sessions[session], msgs...)
	if m.appends == m.crashAt {
		return errCrash
	}
	return nil
}
