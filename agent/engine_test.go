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
// would have got. It applies stop strings as an engine does.
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
		for _, m := range req.Messages {
			if m.Role == chat.Assistant {
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
		for _, stop := range req.Stop {
			if i := strings.Index(text, stop); i >= 0 {
				text = text[:i]
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
