package chatml

import (
	"errors"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
)

type wantCall struct{ name, args string }

func TestParseToolCalls(t *testing.T) {
	for _, c := range []struct {
		reply string
		text  string
		calls []wantCall
	}{
		{"Hello there.", "Hello there.", nil},
		{"<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\", \"n\": 1.50}}\n</tool_call>", "",
			[]wantCall{{"get_weather", `{"city": "Paris", "n": 1.50}`}}},
		{"Let me check.\n<tool_call>\n{\"name\": \"a\", \"arguments\": {}}\n</tool_call>\n<tool_call>\n{\"name\": \"b\", \"arguments\": {\"x\": [1, {\"y\": \"</tool\"}]}}\n</tool_call>\n",
			"Let me check.", []wantCall{{"a", `{}`}, {"b", `{"x": [1, {"y": "</tool"}]}`}}},
		{"<tool_call>{\"name\":\"s\",\"arguments\":\"{\\\"q\\\": 1}\"}</tool_call>", "", []wantCall{{"s", `{"q": 1}`}}},
		{"<tool_call>\n{\"name\": \"now\"}\n</tool_call>", "", []wantCall{{"now", `{}`}}},
		{"<tool_call>\n{\"name\": \"now\", \"arguments\": null}\n</tool_call>", "", []wantCall{{"now", `{}`}}},
		{"<tool_call>\n{\"name\": \"now\", \"arguments\": \"\"}\n</tool_call>", "", []wantCall{{"now", `{}`}}},
		// The model stopped at <|im_end|> before </tool_call>, the JSON complete.
		{"<tool_call>\n{\"name\": \"f\", \"arguments\": {\"a\": 1}}\n", "", []wantCall{{"f", `{"a": 1}`}}},
		{"a <tool_ b", "a <tool_ b", nil},
		{"x</tool_call>y", "x</tool_call>y", nil},
		{"<tool_call>\n{\"name\": \"f\", \"arguments\": {}}\n</tool_call>\nDone, with text after.", "Done, with text after.", []wantCall{{"f", `{}`}}},
	} {
		check := func(how, text string, calls []chat.ToolCall, err error) {
			t.Helper()
			if err != nil {
				t.Errorf("%s %q: %v", how, c.reply, err)
				return
			}
			if text != c.text {
				t.Errorf("%s %q: text %q, want %q", how, c.reply, text, c.text)
			}
			if len(calls) != len(c.calls) {
				t.Errorf("%s %q: %d calls, want %d", how, c.reply, len(calls), len(c.calls))
				return
			}
			for i, w := range c.calls {
				if calls[i].Name != w.name || string(calls[i].Arguments) != w.args {
					t.Errorf("%s %q: call %d = %s %s, want %s %s", how, c.reply, i, calls[i].Name, calls[i].Arguments, w.name, w.args)
				}
			}
		}
		text, calls, err := ParseToolCalls(c.reply)
		check("whole", text, calls, err)
		// Streamed one byte at a time: the same calls, and the same text once
		// the whitespace around the calls is trimmed.
		var s Scanner
		var sb strings.Builder
		var all []chat.ToolCall
		for i := 0; i < len(c.reply) && err == nil; i++ {
			var tx string
			var cs []chat.ToolCall
			tx, cs, err = s.Feed(c.reply[i : i+1])
			if strings.Contains(tx, "<tool_call>") {
				t.Errorf("%q: streamed text %q holds a call opening", c.reply, tx)
			}
			sb.WriteString(tx)
			all = append(all, cs...)
		}
		if err == nil {
			var tx string
			var cs []chat.ToolCall
			tx, cs, err = s.Close()
			sb.WriteString(tx)
			all = append(all, cs...)
		}
		text = sb.String()
		if len(all) > 0 {
			text = strings.TrimSpace(text)
		}
		check("bytewise", text, all, err)
	}
}

func TestParseToolCallsMalformed(t *testing.T) {
	for _, c := range []struct{ reply, msg string }{
		{"<tool_call>\n{\"name\": \"f\", \"arguments\": {\"a\": }}\n</tool_call>", "invalid JSON at offset"},
		{"<tool_call>\n{\"arguments\": {}}\n</tool_call>", `no "name"`},
		{"<tool_call>\n{\"name\": 3, \"arguments\": {}}\n</tool_call>", `"name" must be a string`},
		{"<tool_call>\n{\"name\": \"\", \"arguments\": {}}\n</tool_call>", `empty "name"`},
		{"<tool_call>\n{\"name\": \"f\", \"arguments\": [1]}\n</tool_call>", `"arguments" must be a JSON object`},
		{"<tool_call>\n{\"name\": \"f\", \"arguments\": \"not json\"}\n</tool_call>", `"arguments" must be a JSON object`},
		{"<tool_call>\n{\"name\": \"f\", \"arguments\": {}} and more\n</tool_call>", "text after"},
		{"<tool_call>\n\n</tool_call>", "empty tool call"},
		{"<tool_call>\nget_weather(city=\"Paris\")\n</tool_call>", "want a JSON object"},
		{"<tool_call>\n{\"name\": \"f\", \"argu", "unterminated <tool_call>"},
		{"ok <tool_call>{\"name\": \"a\"}</tool_call><tool_call>{\"name\": \"b\", \"arguments\": 1}</tool_call>", "tool call 1 at offset"},
	} {
		_, _, err := ParseToolCalls(c.reply)
		var te *ToolCallError
		if !errors.As(err, &te) {
			t.Errorf("%q: error %v, want a *ToolCallError", c.reply, err)
			continue
		}
		if !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%q: error %q does not say %q", c.reply, err, c.msg)
		}
	}
	// The offset points at the body in the reply.
	reply := "abc<tool_call>{\"x\": 1}</tool_call>"
	_, _, err := ParseToolCalls(reply)
	var te *ToolCallError
	if !errors.As(err, &te) || reply[te.Offset:te.Offset+len(te.Body)] != te.Body || te.Offset != 14 {
		t.Fatalf("offset: %+v", te)
	}
}

// A call rendered by the template parses back to itself.
func TestToolCallRoundTrip(t *testing.T) {
	calls := []chat.ToolCall{{Name: "get_weather", Arguments: []byte(`{"city": "Zürich", "days": [1, 2], "q": "a \"b\" <|im_end|>"}`)}, {Name: "now", Arguments: []byte(`{}`)}}
	p, err := Render([]chat.Message{{Role: chat.User, Content: "x"}, {Role: chat.Assistant, Content: "Checking.", ToolCalls: calls}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := p.String()
	reply := s[strings.LastIndex(s, "<|im_start|>assistant\n")+len("<|im_start|>assistant\n") : strings.LastIndex(s, "<|im_end|>")]
	text, got, err := ParseToolCalls(reply)
	if err != nil {
		t.Fatal(err)
	}
	if text != "Checking." || len(got) != 2 {
		t.Fatalf("text %q, %d calls", text, len(got))
	}
	for i := range calls {
		if got[i].Name != calls[i].Name || string(got[i].Arguments) != string(calls[i].Arguments) {
			t.Errorf("call %d: %s %s, want %s %s", i, got[i].Name, got[i].Arguments, calls[i].Name, calls[i].Arguments)
		}
	}
}

func FuzzParseToolCalls(f *testing.F) {
	f.Add("<tool_call>\n{\"name\": \"f\", \"arguments\": {\"a\": 1}}\n</tool_call>")
	f.Add("text <tool_ca")
	f.Add("<tool_call>{\"name\":\"s\",\"arguments\":\"{}\"}</tool_call>x<tool_call>")
	f.Fuzz(func(t *testing.T, reply string) {
		text, calls, err := ParseToolCalls(reply)
		if err != nil {
			return
		}
		for _, c := range calls {
			if c.Name == "" || len(c.Arguments) == 0 || c.Arguments[0] != '{' {
				t.Fatalf("bad call %+v from %q", c, reply)
			}
		}
		if len(calls) == 0 && text != reply {
			t.Fatalf("text %q changed without calls from %q", text, reply)
		}
	})
}
