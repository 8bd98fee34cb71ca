package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

func userMsg(s string) []chat.Message { return []chat.Message{{Role: chat.User, Content: s}} }

func promptIDs(t *testing.T, l *Local, req Request) []int {
	t.Helper()
	p, err := chatml.Render(req.Messages, chatml.Options{Tools: req.Tools, AddGenerationPrompt: true})
	if err != nil {
		t.Fatal(err)
	}
	ids, err := p.Tokens(l.tok)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestLocalText(t *testing.T) {
	l, b := newScripted(t, 4096, "Hello, world! Ünïcode ✓")
	req := Request{Messages: userMsg("hi")}
	var deltas []string
	var done *Done
	for ev, err := range l.Chat(context.Background(), req) {
		if err != nil {
			t.Fatal(err)
		}
		switch ev.Kind {
		case TextEvent:
			deltas = append(deltas, ev.Text)
		case DoneEvent:
			done = ev.Done
		default:
			t.Fatalf("unexpected event %+v", ev)
		}
	}
	if got := strings.Join(deltas, ""); got != "Hello, world! Ünïcode ✓" || len(deltas) < 3 {
		t.Fatalf("text %q in %d deltas", got, len(deltas))
	}
	replyToks := len(l.tok.Encode("Hello, world! Ünïcode ✓"))
	prompt := len(promptIDs(t, l, req))
	if done == nil || done.Reason != FinishStop || done.Usage.PromptTokens != prompt || done.Usage.CompletionTokens != replyToks+1 || done.Usage.CachedTokens != 0 {
		t.Fatalf("done %+v (prompt %d, reply %d tokens)", done, prompt, replyToks)
	}
	// The prompt once, then one forward per reply token (none for <|im_end|>).
	if got := b.forwarded.Load(); got != int64(prompt+replyToks) {
		t.Fatalf("%d tokens computed, want %d", got, prompt+replyToks)
	}
}

func TestLocalToolCalls(t *testing.T) {
	call := "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>"
	l, _ := newScripted(t, 4096, "I'll check.\n"+call)
	tools := []chat.ToolSpec{mustTool(t, "get_weather")}
	r, err := Complete(context.Background(), l, Request{Messages: userMsg("weather?"), Tools: tools})
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "I'll check." || len(r.ToolCalls) != 1 || r.ToolCalls[0].Name != "get_weather" || string(r.ToolCalls[0].Arguments) != `{"city": "Paris"}` || r.Reason != FinishToolCalls {
		t.Fatalf("%+v", r)
	}
	// MaxToolCalls ends the reply after that many calls.
	two, _ := newScripted(t, 4096, call+"\n"+strings.Replace(call, "Paris", "Rome", 1))
	for _, c := range []struct{ max, want int }{{0, 2}, {1, 1}, {2, 2}} {
		r, err := Complete(context.Background(), two, Request{Messages: userMsg("weather?"), Tools: tools, MaxToolCalls: c.max})
		if err != nil || len(r.ToolCalls) != c.want || r.Reason != FinishToolCalls || string(r.ToolCalls[0].Arguments) != `{"city": "Paris"}` {
			t.Fatalf("MaxToolCalls %d: %+v %v", c.max, r, err)
		}
		if c.max == 1 && r.Usage.CompletionTokens >= len(qwenTokenizer(t).EncodeSpecial(call))*2 {
			t.Fatalf("MaxToolCalls 1 generated %d tokens: not stopped at the first call", r.Usage.CompletionTokens)
		}
	}
	// The grammar steers a model that calls a tool the request does not
	// have: with one tool whose arguments must be {}, everything after
	// <tool_call> is forced, and the reply is a call to that tool.
	strict, err := chat.NewToolSpec("now", "", json.RawMessage(`{"type": "object", "properties": {}, "additionalProperties": false}`))
	if err != nil {
		t.Fatal(err)
	}
	l2, b2 := newScripted(t, 4096, strings.Replace(call, "get_weather", "launch", 1))
	r, err = Complete(context.Background(), l2, Request{Messages: userMsg("weather?"), Tools: []chat.ToolSpec{strict}, MaxTokens: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.ToolCalls) != 1 || r.ToolCalls[0].Name != "now" || string(r.ToolCalls[0].Arguments) != "{}" || r.Reason != FinishToolCalls {
		t.Fatalf("steered call: %+v", r)
	}
	// Forced text is computed in batches: far fewer forward calls than tokens.
	if calls := b2.calls.Load(); calls >= int64(r.Usage.CompletionTokens) {
		t.Fatalf("%d forward calls for %d tokens: no jump-forward", calls, r.Usage.CompletionTokens)
	}
}

func TestLocalToolChoice(t *testing.T) {
	call := "<tool_call>\n{\"name\": \"f\", \"arguments\": {\"x\": 1}}\n</tool_call>"
	tools := []chat.ToolSpec{mustTool(t, "f"), mustTool(t, "g")}
	// The script answers in text unless the reply already opened a call.
	l, _ := newScripted(t, 4096, "Just text.", call)
	ctx := context.Background()
	r, err := Complete(ctx, l, Request{Messages: userMsg("q"), Tools: tools})
	if err != nil || r.Text != "Just text." || len(r.ToolCalls) != 0 {
		t.Fatalf("auto: %+v %v", r, err)
	}
	for _, choice := range []ToolChoice{{Mode: ToolRequired}, UseTool("f")} {
		r, err = Complete(ctx, l, Request{Messages: userMsg("q"), Tools: tools, ToolChoice: choice})
		if err != nil || len(r.ToolCalls) != 1 || r.ToolCalls[0].Name != "f" || r.Reason != FinishToolCalls {
			t.Fatalf("%v: %+v %v", choice, r, err)
		}
	}
	// With tool choice none, the <tool_call> token is masked out: a model
	// that wants to call writes something else, and nothing is parsed.
	l3, _ := newScripted(t, 4096, call)
	r, err = Complete(ctx, l3, Request{Messages: userMsg("q"), Tools: tools, ToolChoice: ToolChoice{Mode: ToolNone}, MaxTokens: 5})
	if err != nil || len(r.ToolCalls) != 0 || strings.Contains(r.Text, "<tool_call>") {
		t.Fatalf("none: %+v %v", r, err)
	}
}

func TestLocalStopAndLength(t *testing.T) {
	l, _ := newScripted(t, 4096, "one two three four five")
	ctx := context.Background()
	r, err := Complete(ctx, l, Request{Messages: userMsg("count"), Stop: []string{"ee f", "two t"}})
	if err != nil || r.Text != "one " || r.Reason != FinishStop {
		t.Fatalf("stop: %+v %v", r, err)
	}
	r, err = Complete(ctx, l, Request{Messages: userMsg("count"), MaxTokens: 3})
	if err != nil || r.Reason != FinishLength || r.Usage.CompletionTokens != 3 || r.Text != l.tok.Decode(l.tok.Encode("one two three four five")[:3]) {
		t.Fatalf("max tokens: %+v %v", r, err)
	}
}

func TestLocalContextOverflow(t *testing.T) {
	req := Request{Messages: userMsg("hi")}
	l, _ := newScripted(t, 4096, "a long reply that goes on")
	prompt := len(promptIDs(t, l, req))
	small, b := newScripted(t, prompt, "x")
	_, err := Complete(context.Background(), small, req)
	if !errors.Is(err, ErrContextOverflow) {
		t.Fatalf("prompt filling the window: %v", err)
	}
	if b.calls.Load() != 0 {
		t.Fatal("computed a prompt that does not fit")
	}
	// Room for a few tokens: the reply ends with finish reason length.
	tight, _ := newScripted(t, prompt+3, "a long reply that goes on")
	r, err := Complete(context.Background(), tight, req)
	if err != nil || r.Reason != FinishLength || r.Usage.PromptTokens+r.Usage.CompletionTokens > prompt+4 {
		t.Fatalf("window full: %+v %v", r, err)
	}
}

func TestLocalPrefixReuse(t *testing.T) {
	reply := "Sure, here it is."
	l, b := newScripted(t, 4096, reply)
	ctx := context.Background()
	req1 := Request{Messages: userMsg("first")}
	r1, err := Complete(ctx, l, req1)
	if err != nil {
		t.Fatal(err)
	}
	req2 := Request{Messages: append(userMsg("first"), r1.Message(), chat.Message{Role: chat.User, Content: "second"})}
	// What the first request left in its cache: the prompt and the reply's
	// tokens up to (not including) <|im_end|>.
	held := append(promptIDs(t, l, req1), l.tok.Encode(reply)...)
	p2 := promptIDs(t, l, req2)
	want := commonPrefix(held, p2)
	if want < len(promptIDs(t, l, req1)) {
		t.Fatalf("test setup: prefix %d shorter than the first prompt", want)
	}
	before := b.forwarded.Load()
	r2, err := Complete(ctx, l, req2)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Usage.CachedTokens != want {
		t.Fatalf("cached %d tokens, want %d", r2.Usage.CachedTokens, want)
	}
	computed := b.forwarded.Load() - before
	if wantComputed := int64(len(p2) - want + len(l.tok.Encode(reply))); computed != wantComputed {
		t.Fatalf("computed %d tokens, want %d", computed, wantComputed)
	}
	if r2.Text != reply {
		t.Fatalf("reply with a reused cache: %q", r2.Text)
	}
	// The same request again reuses all but the last prompt token.
	r3, err := Complete(ctx, l, req2)
	if err != nil || r3.Usage.CachedTokens != len(p2)-1 || r3.Text != reply {
		t.Fatalf("repeat: %+v %v", r3, err)
	}
	// Without a pool nothing is reused.
	l.pool.max = 0
	l.pool.entries = nil
	r4, err := Complete(ctx, l, req2)
	if err != nil || r4.Usage.CachedTokens != 0 || r4.Text != reply {
		t.Fatalf("no pool: %+v %v", r4, err)
	}
}

func TestLocalCancel(t *testing.T) {
	l, b := newScripted(t, 4096, strings.Repeat("word ", 50))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var gotErr error
	texts := 0
	for ev, err := range l.Chat(ctx, Request{Messages: userMsg("go")}) {
		if err != nil {
			gotErr = err
			break
		}
		if ev.Kind == TextEvent {
			texts++
			if texts == 2 {
				cancel()
			}
		}
	}
	if !errors.Is(gotErr, context.Canceled) {
		t.Fatalf("after cancel: %v", gotErr)
	}
	// Cancelled within one token: the prompt, plus one forward per text event
	// but at most one more.
	if calls := b.calls.Load(); calls > 1+int64(texts)+1 {
		t.Fatalf("%d forward calls after %d text events", calls, texts)
	}
	// Breaking out of the loop stops generation too.
	before := b.calls.Load()
	for ev, err := range l.Chat(context.Background(), Request{Messages: userMsg("go")}) {
		if err != nil {
			t.Fatal(err)
		}
		if ev.Kind == TextEvent {
			break
		}
	}
	if n := b.calls.Load() - before; n > 2 {
		t.Fatalf("%d forward calls after break", n)
	}
	// The engine is still usable and gives the whole reply.
	r, err := Complete(context.Background(), l, Request{Messages: userMsg("go")})
	if err != nil || r.Text != strings.Repeat("word ", 50) {
		t.Fatalf("after cancel: %q %v", r.Text, err)
	}
}

func TestLocalConcurrent(t *testing.T) {
	l, b := newScripted(t, 4096)
	b.echo = true
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				msg := fmt.Sprintf("request %d round %d", i, round)
				r, err := Complete(context.Background(), l, Request{Messages: userMsg(msg)})
				if err == nil && r.Text != "echo: "+msg {
					err = fmt.Errorf("%s: got %q", msg, r.Text)
				}
				if err != nil {
					errs[i] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestLocalSeed(t *testing.T) {
	l, b := newScripted(t, 4096, "the quick brown fox jumps over the lazy dog again and again")
	// Several near-equal choices at every step, so sampling matters.
	b.alternates = []int{15, 16, 17, 18, 19, 20}
	req := Request{Messages: userMsg("s"), MaxTokens: 20, Sampling: Sampling{Temperature: 1, Seed: 7}}
	ctx := context.Background()
	a, err1 := Complete(ctx, l, req)
	c, err2 := Complete(ctx, l, req)
	if err1 != nil || err2 != nil || a.Text != c.Text {
		t.Fatalf("same seed: %q vs %q (%v %v)", a.Text, c.Text, err1, err2)
	}
	differ := false
	for seed := uint64(8); seed < 12 && !differ; seed++ {
		req.Sampling.Seed = seed
		d, err := Complete(ctx, l, req)
		if err != nil {
			t.Fatal(err)
		}
		differ = d.Text != a.Text
	}
	if !differ {
		t.Fatal("different seeds never changed the output")
	}
}
