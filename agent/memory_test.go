package agent

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/memory"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools/python"
)

// TestMemoryStoreResume runs the crash-and-resume story on the SQLite store.
func TestMemoryStoreResume(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "agent.db")
	db, err := memory.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddDocument(ctx, "geo", "Paris is the capital of France. Lyon is known for its food."); err != nil {
		t.Fatal(err)
	}
	var cnt counter
	script := []reply{
		{calls: []chat.ToolCall{call("", "search_memory", `{"query":"capital France"}`)}},
		{calls: []chat.ToolCall{call("", "add", `{"a":1,"b":2}`)}},
		{text: "Paris; 3."},
	}
	// The engine fails at the third model call: the process "crashes"
	// after two stored steps.
	crashing := append([]reply(nil), script...)
	crashing[2] = reply{err: errCrash}
	opts := []Option{WithMemory(db, "run-1"), WithTools(addTool(t, &cnt))}
	if _, err := Run(ctx, &scripted{script: crashing}, "capital of France, and 1+2?", opts...); !errors.Is(err, errCrash) {
		t.Fatalf("run: %v", err)
	}
	db.Close()

	db, err = memory.Open(ctx, path) // a new process
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	e := &scripted{script: script}
	res, err := Resume(ctx, e, WithMemory(db, "run-1"), WithTools(addTool(t, &cnt)))
	if err != nil {
		t.Fatal(err)
	}
	if res.Answer != "Paris; 3." || len(e.requests()) != 1 || !reflect.DeepEqual(cnt.snapshot(), map[string]int{"1+2": 1}) {
		t.Fatalf("resume: %+v, %d model calls, tool runs %v", res, len(e.requests()), cnt.snapshot())
	}
	msgs := e.requests()[0].Messages
	if len(msgs) != 5 || msgs[2].Role != chat.Tool || !strings.Contains(msgs[2].Content, "Paris is the capital") {
		t.Fatalf("resumed prompt %+v", msgs)
	}
	var hits []map[string]any
	if err := json.Unmarshal([]byte(msgs[2].Content), &hits); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range hits {
		found = found || h["kind"] == "document" && h["document"] == "geo"
	}
	if !found {
		t.Fatalf("search found no document: %s", msgs[2].Content)
	}
	entries, err := db.History(ctx, "run-1", memory.HistoryQuery{})
	if err != nil || len(entries) != 6 {
		t.Fatalf("stored %d messages: %v", len(entries), err)
	}
}

func TestMemoryReadDocument(t *testing.T) {
	ctx := context.Background()
	db, err := memory.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.AddDocument(ctx, "notes", "Remember the milk."); err != nil {
		t.Fatal(err)
	}
	e := &scripted{script: []reply{
		{calls: []chat.ToolCall{call("", "read_document", `{"name":"notes"}`), call("", "read_document", `{"name":"missing"}`)}},
		{text: "milk"},
	}}
	if _, err := Run(ctx, e, "what to remember?", WithMemory(db, "s")); err != nil {
		t.Fatal(err)
	}
	msgs := e.requests()[1].Messages
	if !strings.Contains(msgs[2].Content, "Remember the milk.") || !strings.Contains(msgs[3].Content, `no document named \"missing\"; the documents are: notes`) {
		t.Fatalf("results %q / %q", msgs[2].Content, msgs[3].Content)
	}
	if _, err := Run(ctx, e, "x", WithMemory(nil, "s")); err == nil {
		t.Fatal("nil memory accepted")
	}
}

func TestContextBudget(t *testing.T) {
	ctx := context.Background()
	db, err := memory.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var old []chat.Message
	for i := range 40 {
		old = append(old, chat.Message{Role: chat.User, Content: strings.Repeat("old question ", 20)},
			chat.Message{Role: chat.Assistant, Content: strings.Repeat("old answer ", 20) + string(rune('a'+i%26))})
	}
	if _, err := db.CreateSession(ctx, memory.NewSession{ID: "long"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Append(ctx, "long", old...); err != nil {
		t.Fatal(err)
	}
	var cnt counter
	// With a budget, a run on a long session sends a short prompt.
	stepOne := &budgetEngine{}
	res, err := Run(ctx, stepOne, "new question", WithMemory(db, "long"), WithTools(addTool(t, &cnt)), WithSystem("be brief"), WithContextBudget(400))
	if err != nil {
		t.Fatal(err)
	}
	if len(stepOne.prompts) != 2 || res.Answer != "four" {
		t.Fatalf("%d model calls, answer %q", len(stepOne.prompts), res.Answer)
	}
	for i, p := range stepOne.prompts {
		if len(p) >= len(old) || p[0].Role != chat.System || p[0].Content != "be brief" {
			t.Fatalf("prompt %d has %d messages, first %+v", i, len(p), p[0])
		}
	}
	if last := stepOne.prompts[0][len(stepOne.prompts[0])-1]; last.Content != "new question" {
		t.Fatalf("first prompt ends with %+v", last)
	}
	if last := stepOne.prompts[1][len(stepOne.prompts[1])-1]; last.Role != chat.Tool || last.Content != "4" {
		t.Fatalf("second prompt ends with %+v", last)
	}
	if _, err := Run(ctx, stepOne, "x", WithStore(newMemStore(), "s"), WithContextBudget(400)); err == nil {
		t.Fatal("a budget without memory accepted")
	}
}

// budgetEngine calls add once, then answers "four"; it keeps the prompts.
type budgetEngine struct{ prompts [][]chat.Message }

func (b *budgetEngine) Chat(ctx context.Context, req sdk.Request) iter.Seq2[sdk.Event, error] {
	b.prompts = append(b.prompts, req.Messages)
	r := reply{text: "four"}
	if len(b.prompts) == 1 {
		r = reply{calls: []chat.ToolCall{call("", "add", `{"a":2,"b":2}`)}}
	}
	return (&scripted{script: []reply{r}}).Chat(ctx, sdk.Request{Messages: []chat.Message{{Role: chat.User}}})
}

// A TIR turn on the SQLite store: the model fails after the first code
// step; a new process resumes by continuing the stored turn, and the
// finished session reads back as one assistant message.
func TestMemoryStoreTIRResume(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tir.db")
	db, err := memory.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	script := []reply{
		{text: "Let me compute.\n```python\nprint(6 * 7)\n```\n"},
		{text: "So it is 42."},
	}
	crashing := []reply{script[0], {err: errCrash}}
	opts := []Option{WithMemory(db, "tir"), WithTIR(python.Options{})}
	if _, err := Run(ctx, &scripted{script: crashing}, "6*7?", opts...); !errors.Is(err, errCrash) {
		t.Fatalf("run: %v", err)
	}
	db.Close()
	if db, err = memory.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	opts = []Option{WithMemory(db, "tir"), WithTIR(python.Options{})}
	e := &scripted{script: script}
	res, err := Resume(ctx, e, opts...)
	if err != nil {
		t.Fatal(err)
	}
	turn := "Let me compute.\n```python\nprint(6 * 7)\n```\n```output\n42\n```\nSo it is 42."
	if res.Answer != turn || res.CodeRuns != 0 || len(e.requests()) != 1 || !e.requests()[0].Continue {
		t.Fatalf("resumed: %+v, requests %+v", res, e.requests())
	}
	again, err := Resume(ctx, &scripted{}, opts...)
	if err != nil || again.Answer != turn || len(again.Messages) != 2 {
		t.Fatalf("finished session: %+v, %v", again, err)
	}
}
