package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
)

// scripted is an Engine that replays fixed events: what a remote engine's
// adapter would yield.
type scripted struct {
	events []Event
	err    error
}

func (s scripted) Chat(ctx context.Context, req Request) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		for _, e := range s.events {
			if !yield(e, nil) {
				return
			}
		}
		if s.err != nil {
			yield(Event{}, s.err)
		}
	}
}

func TestComplete(t *testing.T) {
	call := chat.ToolCall{ID: "c", Name: "f", Arguments: json.RawMessage(`{}`)}
	e := scripted{events: []Event{
		{Kind: TextEvent, Text: "Checking "},
		{Kind: TextEvent, Text: "now.\n"},
		{Kind: ToolCallEvent, ToolCall: &call},
		{Kind: DoneEvent, Done: &Done{Reason: FinishToolCalls, Usage: Usage{PromptTokens: 10, CompletionTokens: 7}}},
	}}
	r, err := Complete(context.Background(), e, Request{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Checking now." || len(r.ToolCalls) != 1 || r.ToolCalls[0].Name != "f" || r.Reason != FinishToolCalls || r.Usage.CompletionTokens != 7 {
		t.Fatalf("%+v", r)
	}
	m := r.Message()
	if m.Role != chat.Assistant || m.Content != "Checking now." || len(m.ToolCalls) != 1 {
		t.Fatalf("message %+v", m)
	}
	boom := errors.New("boom")
	if _, err := Complete(context.Background(), scripted{events: e.events[:1], err: boom}, Request{}); !errors.Is(err, boom) {
		t.Fatalf("error not returned: %v", err)
	}
}

func TestRequestValidate(t *testing.T) {
	msgs := []chat.Message{{Role: chat.User, Content: "hi"}}
	f := mustTool(t, "f")
	good := []Request{
		{Messages: msgs},
		{Messages: msgs, Tools: []chat.ToolSpec{f}, ToolChoice: ToolChoice{Mode: ToolRequired}},
		{Messages: msgs, Tools: []chat.ToolSpec{f}, ToolChoice: UseTool("f")},
		{Messages: msgs, ResponseFormat: &ResponseFormat{}, Stop: []string{"x"}, MaxTokens: 5},
	}
	for i, r := range good {
		if err := r.Validate(); err != nil {
			t.Errorf("good %d: %v", i, err)
		}
	}
	bad := []Request{
		{},
		{Messages: msgs, ToolChoice: ToolChoice{Mode: ToolRequired}},
		{Messages: msgs, Tools: []chat.ToolSpec{f}, ToolChoice: UseTool("g")},
		{Messages: msgs, Tools: []chat.ToolSpec{f}, ToolChoice: UseTool("f"), ResponseFormat: &ResponseFormat{}},
		{Messages: msgs, MaxTokens: -1},
		{Messages: msgs, MaxToolCalls: -1},
		{Messages: msgs, Stop: []string{""}},
		{Messages: msgs, Sampling: Sampling{TopP: 2}},
		{Messages: msgs, ToolChoice: ToolChoice{Mode: 9}},
	}
	for i, r := range bad {
		if err := r.Validate(); err == nil {
			t.Errorf("bad %d accepted", i)
		}
	}
}

func TestToolChoiceJSON(t *testing.T) {
	for _, c := range []struct {
		in   string
		want ToolChoice
	}{
		{`"auto"`, ToolChoice{}},
		{`"none"`, ToolChoice{Mode: ToolNone}},
		{`"required"`, ToolChoice{Mode: ToolRequired}},
		{`{"type": "function", "function": {"name": "f"}}`, UseTool("f")},
	} {
		var got ToolChoice
		if err := json.Unmarshal([]byte(c.in), &got); err != nil || got != c.want {
			t.Errorf("%s: %+v %v", c.in, got, err)
		}
		out, _ := json.Marshal(got)
		var back ToolChoice
		if err := json.Unmarshal(out, &back); err != nil || back != c.want {
			t.Errorf("%s: round trip through %s gave %+v", c.in, out, back)
		}
	}
	for _, in := range []string{`"sometimes"`, `{"function": {}}`, `3`} {
		var got ToolChoice
		if err := json.Unmarshal([]byte(in), &got); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
}
