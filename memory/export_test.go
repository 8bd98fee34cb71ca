package memory

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
)

func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	mustSession(t, src, "s")
	msgs := []chat.Message{
		{Role: chat.System, Content: "You are <helpful> & brief."},
		user("line one\nline two\t\"quoted\" \\ back\u2028sep 🙂 数据"),
		{Role: chat.Assistant, Content: "Let me check.", ToolCalls: []chat.ToolCall{
			{ID: "call_1", Name: "get_weather", Arguments: json.RawMessage(`{ "city" : "Paris",
  "days": [1, 2.50, 1e3] }`)},
			{Name: "echo", Arguments: json.RawMessage(`"a string argument"`)},
			{Name: "noargs"},
		}},
		{Role: chat.Tool, ToolCallID: "call_1", Name: "get_weather", Content: `{"temp": 21}`},
		{Role: chat.Tool, Content: "echoed"},
		assistant(""),
	}
	mustAppend(t, src, "s", msgs[:2]...)
	mustAppend(t, src, "s", msgs[2:5]...)
	mustAppend(t, src, "s", msgs[5])
	var out1 bytes.Buffer
	if err := src.Export(ctx, "s", &out1); err != nil {
		t.Fatal(err)
	}
	// One line a message (plus the line break inside the arguments),
	// each JSON that chat.Message reads as the message.
	if lines := strings.Count(out1.String(), "\n"); lines != len(msgs)+1 {
		t.Fatalf("%d lines for %d messages", lines, len(msgs))
	}
	dec := json.NewDecoder(&out1)
	for i := range msgs {
		var m chat.Message
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		if !reflect.DeepEqual(m, msgs[i]) {
			t.Errorf("message %d reads as %+v, want %+v", i, m, msgs[i])
		}
	}
	out1.Reset()
	if err := src.Export(ctx, "s", &out1); err != nil {
		t.Fatal(err)
	}

	dst := openTemp(t)
	sess, err := dst.Import(ctx, bytes.NewReader(out1.Bytes()), NewSession{ID: "copy"})
	if err != nil {
		t.Fatal(err)
	}
	if sess.Messages != len(msgs) {
		t.Errorf("imported %d messages", sess.Messages)
	}
	a, _ := src.History(ctx, "s", HistoryQuery{})
	b, _ := dst.History(ctx, "copy", HistoryQuery{})
	if !reflect.DeepEqual(messagesOf(a), messagesOf(b)) {
		t.Errorf("imported messages differ:\n%+v\n%+v", messagesOf(a), messagesOf(b))
	}
	for i := range a {
		if !a[i].Time.Equal(b[i].Time) || a[i].Tokens != b[i].Tokens {
			t.Errorf("message %d: time %v/%v tokens %d/%d", i, a[i].Time, b[i].Time, a[i].Tokens, b[i].Tokens)
		}
	}
	var out2 bytes.Buffer
	if err := dst.Export(ctx, "copy", &out2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out1.Bytes(), out2.Bytes()) {
		t.Errorf("export after import differs:\n%s\n%s", out1.String(), out2.String())
	}
}

func TestImportRefusesBadLines(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	good := `{"role":"user","content":"hi","time":"2024-05-01T10:00:00Z"}`
	for _, bad := range []string{
		good + "\n{\"role\":\"user\",\"content\":",
		good + "\n{\"role\":\"wizard\",\"content\":\"x\"}",
		good + "\n{\"role\":\"user\",\"content\":\"x\",\"extra\":1}",
		good + "\n{\"role\":\"user\",\"content\":\"x\"} {}",
		good + "\n[1,2]",
	} {
		_, err := s.Import(ctx, strings.NewReader(bad), NewSession{ID: "x"})
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%q: err = %v, want ErrInvalid naming line 2", bad, err)
		}
	}
	if list, _ := s.Sessions(ctx, SessionQuery{}); len(list) != 0 {
		t.Errorf("a failed import left sessions: %+v", list)
	}
	sess, err := s.Import(ctx, strings.NewReader("\n"+good+"\n\n"), NewSession{})
	if err != nil {
		t.Fatal(err)
	}
	h, _ := s.History(ctx, sess.ID, HistoryQuery{})
	if len(h) != 1 || !h[0].Time.Equal(time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("imported %+v", h)
	}
}

func FuzzReadLines(f *testing.F) {
	f.Add([]byte(`{"role":"user","content":"hi","time":"2024-05-01T10:00:00Z","tokens":3}` + "\n"))
	f.Add([]byte(`{"role":"assistant","content":"","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":{"a": 1}}}]}`))
	f.Add([]byte(`{"role":"tool","content":"r","tool_call_id":"c"}` + "\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ReadLines(bytes.NewReader(data))
		if err != nil {
			return
		}
		// What parses exports and parses back to the same messages.
		var buf []byte
		for _, e := range entries {
			if e.Time.IsZero() {
				e.Time = time.Unix(0, 0)
			}
			if buf, err = appendLine(buf, e); err != nil {
				t.Fatalf("export of a parsed line: %v", err)
			}
		}
		again, err := ReadLines(bytes.NewReader(buf))
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, buf)
		}
		if len(again) != len(entries) {
			t.Fatalf("%d entries, then %d", len(entries), len(again))
		}
		for i := range again {
			if !reflect.DeepEqual(again[i].Message, entries[i].Message) {
				t.Fatalf("entry %d: %+v then %+v", i, entries[i].Message, again[i].Message)
			}
		}
	})
}
