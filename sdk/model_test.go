package sdk

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/runtime/qwen2"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// openTiny opens a tiny fixture model (tokenizer from its GGUF metadata)
// through Open.
func openTiny(t *testing.T, name string, opts ...Option) (*Local, *qwen2.Model) {
	t.Helper()
	l, err := Open(filepath.Join(fixtures(t), "models", name), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l, l.b.(qwenBackend).m
}

func TestOpenErrors(t *testing.T) {
	if _, err := Open(filepath.Join(t.TempDir(), "missing.gguf")); err == nil {
		t.Fatal("missing file opened")
	}
	bad := filepath.Join(fixtures(t), "models", "manifest.json")
	if _, err := Open(bad); err == nil || !strings.Contains(err.Error(), "manifest.json") {
		t.Fatalf("not a model: %v", err)
	}
	l, _ := openTiny(t, "tiny-f32.gguf", WithContext(100), WithCachePool(0))
	if l.ContextLength() != 100 || l.MemoryPerToken() != 2*2*128*4 {
		t.Fatalf("context %d, %d bytes per token", l.ContextLength(), l.MemoryPerToken())
	}
}

// greedyByHand decodes greedily with the model directly: a fresh cache, the
// whole prompt, then one token at a time, the argmax each step.
func greedyByHand(t *testing.T, l *Local, m *qwen2.Model, prompt []int, n int) string {
	t.Helper()
	c := m.NewCache(0)
	rows, err := m.Forward(c, prompt, false)
	if err != nil {
		t.Fatal(err)
	}
	logits := rows[len(rows)-1]
	var out []int
	for len(out) < n {
		best := 0
		for i := range l.vocab {
			if logits[i] > logits[best] {
				best = i
			}
		}
		if containsInt(l.stops, best) {
			break
		}
		out = append(out, best)
		if rows, err = m.Forward(c, []int{best}, false); err != nil {
			t.Fatal(err)
		}
		logits = rows[0]
	}
	return l.tok.Decode(out)
}

func TestTinyModelGreedy(t *testing.T) {
	l, m := openTiny(t, "tiny-f32.gguf")
	ctx := context.Background()
	req := Request{Messages: userMsg("hello there"), MaxTokens: 24}
	r, err := Complete(ctx, l, req)
	if err != nil {
		t.Fatal(err)
	}
	want := greedyByHand(t, l, m, promptIDs(t, l, req), 24)
	if r.Text != want || r.Text == "" {
		t.Fatalf("engine %q, by hand %q", r.Text, want)
	}
	if r.Usage.PromptTokens != len(promptIDs(t, l, req)) || r.Usage.CompletionTokens == 0 || r.Usage.TimeToFirstToken <= 0 {
		t.Fatalf("usage %+v", r.Usage)
	}

	// The next turn reuses the cache and still decodes exactly as a fresh
	// computation of the whole prompt does.
	req2 := Request{Messages: append(userMsg("hello there"), r.Message(), chat.Message{Role: chat.User, Content: "and then?"}), MaxTokens: 24}
	r2, err := Complete(ctx, l, req2)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Usage.CachedTokens < len(promptIDs(t, l, req)) {
		t.Fatalf("cached %d tokens, want at least the first prompt's %d", r2.Usage.CachedTokens, len(promptIDs(t, l, req)))
	}
	if want2 := greedyByHand(t, l, m, promptIDs(t, l, req2), 24); r2.Text != want2 {
		t.Fatalf("with a reused cache %q, fresh %q", r2.Text, want2)
	}
}

func TestTinyModelConcurrentSeeded(t *testing.T) {
	l, _ := openTiny(t, "tiny-q8_0.gguf", WithCachePool(2))
	ctx := context.Background()
	mk := func(i int) Request {
		return Request{Messages: userMsg(fmt.Sprintf("story %d", i%3)), MaxTokens: 16, Sampling: Sampling{Temperature: 3, MinP: 0.001, Seed: uint64(i % 3)}}
	}
	// Sequential answers first, then the same requests from 6 goroutines.
	want := make([]string, 6)
	for i := range want {
		r, err := Complete(ctx, l, mk(i))
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r.Text
	}
	if want[0] != want[3] || want[0] == want[1] && want[1] == want[2] {
		t.Fatalf("seeded outputs: %q", want)
	}
	got := make([]string, 6)
	errs := make([]error, 6)
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := Complete(ctx, l, mk(i))
			if err == nil {
				got[i] = r.Text
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil || got[i] != want[i] {
			t.Errorf("request %d concurrently: %q (%v), sequentially %q", i, got[i], errs[i], want[i])
		}
	}
}

// BenchmarkTinyChat measures a whole request on a tiny model: prompt,
// 32 sampled tokens, events. Reported per request, with tokens/s.
func BenchmarkTinyChat(b *testing.B) {
	l, err := Open(filepath.Join(fixtures(b), "models", "tiny-q8_0.gguf"), WithCachePool(0))
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	req := Request{Messages: userMsg("benchmark"), MaxTokens: 32, Sampling: Sampling{Temperature: 3, Seed: 1}}
	var toks int
	for b.Loop() {
		r, err := Complete(context.Background(), l, req)
		if err != nil {
			b.Fatal(err)
		}
		toks += r.Usage.CompletionTokens
	}
	b.ReportMetric(float64(toks)/b.Elapsed().Seconds(), "tokens/s")
}

// A vocabulary without <tool_call> (the tiny models', like Qwen2's) gets no
// tool grammar: a named tool choice forces the call's opening as text, and
// the rest is the model's (here, a random model's, so the call is left open
// at the token limit: the reply ends for length, with no call and no text;
// the same open call at the end of the model's turn is an error).
func TestTinyModelNamedToolWithoutGrammar(t *testing.T) {
	l, _ := openTiny(t, "tiny-f32.gguf")
	f, err := chat.NewToolSpec("f", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Complete(context.Background(), l, Request{Messages: userMsg("call f"), Tools: []chat.ToolSpec{f}, ToolChoice: UseTool("f"), MaxTokens: 40})
	if err != nil || r.Reason != FinishLength || len(r.ToolCalls) != 0 || r.Text != "" {
		t.Fatalf("got %+v, %v", r, err)
	}
	o := newOutput(&Request{Tools: []chat.ToolSpec{f}, ToolChoice: UseTool("f")})
	_, err = feedCut(t, o, false, "<tool_call>\n{\"name\": \"f\", \"arguments\": {")
	var te *chatml.ToolCallError
	if !errors.As(err, &te) || !strings.HasPrefix(te.Body, "\n{\"name\": \"f\", \"arguments\": ") {
		t.Fatalf("got %v", err)
	}
}
