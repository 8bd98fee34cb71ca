package sdk

import (
	"errors"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

func mustTool(t *testing.T, name string) chat.ToolSpec {
	t.Helper()
	ts, err := chat.NewToolSpec(name, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func feed(t *testing.T, o *output, pieces ...string) ([]Event, error) {
	t.Helper()
	return feedCut(t, o, false, pieces...)
}

// feedCut feeds pieces and finishes the reply; cut says the token limit
// ended it.
func feedCut(t *testing.T, o *output, cut bool, pieces ...string) ([]Event, error) {
	t.Helper()
	var events []Event
	var err error
	for _, p := range pieces {
		var stopped bool
		if events, stopped, err = o.push(p, events); err != nil || stopped {
			break
		}
	}
	if err == nil {
		events, err = o.finish(events, cut)
	}
	return events, err
}

func TestOutputToolCalls(t *testing.T) {
	req := &Request{Messages: []chat.Message{{Role: chat.User}}, Tools: []chat.ToolSpec{mustTool(t, "get_weather"), mustTool(t, "now")}}
	reply := "Let me look.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>\n<tool_call>\n{\"name\": \"now\", \"arguments\": {}}\n</tool_call>"
	// Token-like pieces, some splitting the markers.
	var pieces []string
	for i := 0; i < len(reply); i += 3 {
		pieces = append(pieces, reply[i:min(i+3, len(reply))])
	}
	events, err := feed(t, newOutput(req), pieces...)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	var calls []chat.ToolCall
	for _, e := range events {
		switch e.Kind {
		case TextEvent:
			if strings.Contains(e.Text, "<") {
				t.Fatalf("markup leaked into text: %q", e.Text)
			}
			text.WriteString(e.Text)
		case ToolCallEvent:
			calls = append(calls, *e.ToolCall)
		}
	}
	if strings.TrimSpace(text.String()) != "Let me look." || len(calls) != 2 {
		t.Fatalf("text %q, calls %+v", text.String(), calls)
	}
	if calls[0].Name != "get_weather" || string(calls[0].Arguments) != `{"city": "Paris"}` || !strings.HasPrefix(calls[0].ID, "call_") || len(calls[0].ID) != 31 || calls[0].ID == calls[1].ID {
		t.Fatalf("calls %+v", calls)
	}
	// Ids are unique across requests too (the next turn's calls).
	again, err := feed(t, newOutput(req), pieces...)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range again {
		if e.Kind == ToolCallEvent && (e.ToolCall.ID == calls[0].ID || e.ToolCall.ID == calls[1].ID) {
			t.Fatalf("id %s repeated in a second reply", e.ToolCall.ID)
		}
	}
	// A call cut off by the token limit is dropped, the one before it kept;
	// the same reply ending without the limit is an error.
	cut := reply[:strings.LastIndex(reply, "\"now\"")]
	events, err = feedCut(t, newOutput(req), true, cut)
	if n := countCalls(events); err != nil || n != 1 {
		t.Fatalf("cut reply: %d calls, %v", n, err)
	}
	if _, err = feedCut(t, newOutput(req), false, cut); !errors.As(err, new(*chatml.ToolCallError)) {
		t.Fatalf("unterminated call at a stop: %v", err)
	}
	// An unknown tool is an error naming it.
	_, err = feed(t, newOutput(req), "<tool_call>\n{\"name\": \"rm_rf\", \"arguments\": {}}\n</tool_call>")
	var te *chatml.ToolCallError
	if !errors.As(err, &te) || !strings.Contains(err.Error(), "rm_rf") {
		t.Fatalf("unknown tool: %v", err)
	}
	// Without tools (or with tool choice none) the markup is plain text.
	req.ToolChoice = ToolChoice{Mode: ToolNone}
	events, err = feed(t, newOutput(req), "<tool_call>x</tool_call>")
	if err != nil || len(events) != 1 || events[0].Text != "<tool_call>x</tool_call>" {
		t.Fatalf("tool choice none: %+v %v", events, err)
	}
}

func TestOutputStopBeforeToolParsing(t *testing.T) {
	req := &Request{Stop: []string{"###"}}
	events, err := feed(t, newOutput(req), "abc#", "#", "#def")
	if err != nil || len(events) != 1 || events[0].Text != "abc" {
		t.Fatalf("%+v %v", events, err)
	}
}

func countCalls(events []Event) int {
	n := 0
	for _, e := range events {
		if e.Kind == ToolCallEvent {
			n++
		}
	}
	return n
}
