package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/grammar"
	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/qwen2"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
	"github.com/qwenkit/qwenkit/schema"
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

// A vocabulary without <tool_call> (the tiny models', like Qwen2's) writes
// the call's markers as text; the call's JSON is still grammar-constrained:
// a forced call to "score" on a random model completes, well within the
// token limit, with arguments that validate against the tool's schema (it
// used to run to the limit with unconstrained arguments, \x02 bytes and
// all). With ToolAuto, a call the model opens itself is constrained too.
func TestTinyModelToolCallsWithoutToolTokens(t *testing.T) {
	l, _ := openTiny(t, "tiny-f32.gguf")
	if l.toolOpen >= 0 {
		t.Fatal("tiny-f32 has a <tool_call> token; the test needs a vocabulary without one")
	}
	params := `{"type":"object","properties":{"value":{"type":"integer"}},"required":["value"],"additionalProperties":false}`
	score, err := chat.NewToolSpec("score", "Scores.", json.RawMessage(params))
	if err != nil {
		t.Fatal(err)
	}
	other, _ := chat.NewToolSpec("other", "", json.RawMessage(`{"type":"object","properties":{"s":{"type":"string","maxLength":3}},"required":["s"],"additionalProperties":false}`))
	v, err := schema.Compile(json.RawMessage(params))
	if err != nil {
		t.Fatal(err)
	}
	for _, choice := range []ToolChoice{UseTool("score"), {Mode: ToolRequired}} {
		for seed := range uint64(4) {
			req := Request{Messages: userMsg("score it"), Tools: []chat.ToolSpec{other, score}, ToolChoice: choice, MaxTokens: 400, Sampling: Sampling{Temperature: 1, Seed: seed}}
			r, err := Complete(context.Background(), l, req)
			if err != nil {
				t.Fatalf("%v seed %d: %v", choice, seed, err)
			}
			if r.Reason != FinishToolCalls || len(r.ToolCalls) == 0 || r.Usage.CompletionTokens >= req.MaxTokens {
				t.Fatalf("%v seed %d: %s after %d tokens, calls %+v, text %q", choice, seed, r.Reason, r.Usage.CompletionTokens, r.ToolCalls, r.Text)
			}
			// One call alone is short: the markers, the name, at most 32
			// digits.
			req.MaxToolCalls = 1
			if r1, err := Complete(context.Background(), l, req); err != nil || len(r1.ToolCalls) != 1 || r1.Usage.CompletionTokens > 120 {
				t.Fatalf("%v seed %d, one call: %+v, %v", choice, seed, r1, err)
			}
			for _, c := range r.ToolCalls {
				if choice.Mode == ToolNamed && c.Name != "score" {
					t.Fatalf("called %s", c.Name)
				}
				if c.Name == "score" {
					if err := v.Validate(c.Arguments); err != nil {
						t.Fatalf("%v seed %d: arguments %s: %v", choice, seed, c.Arguments, err)
					}
				}
			}
		}
	}
	// Free text may not run past the marker; right after it, only the
	// call's JSON.
	con, err := l.gram.textToolCalls([]chat.ToolSpec{score}, ToolChoice{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range l.tok.Encode("Let me call it. <tool_call>\n{\"name\": \"score\", \"arguments\": {\"value\": 7") {
		if err := con.Accept(tok); err != nil {
			t.Fatal(err)
		}
	}
	if con.Done() {
		t.Fatal("an open call may end the reply")
	}
	tc := con.(*textCalls)
	for _, bad := range []string{"x", "\"", "}\n"} {
		if err := tc.feed([]byte(bad)); err == nil {
			t.Fatalf("%q accepted in the arguments", bad)
		}
	}
	if err := tc.feed([]byte("}}\n</tool_call>")); err != nil || !con.Done() {
		t.Fatalf("closing the call: %v, done %v", err, con.Done())
	}
	if err := tc.feed([]byte("x")); err == nil {
		t.Fatal("text accepted after the call")
	}
	// After a call, another may begin unless the token budget is nearly
	// spent; the end is allowed either way.
	mask := make([]uint64, (l.vocab+63)/64)
	nl := l.tok.Encode("\n")[0]
	for _, left := range []int{0, 1000, closeBelow - 1} {
		tc.budget(left)
		tc.Mask(mask)
		next := mask[nl/64]&(1<<(nl%64)) != 0
		end := mask[l.stops[0]/64]&(1<<(l.stops[0]%64)) != 0
		if !end || next != (left == 0 || left >= closeBelow) {
			t.Fatalf("budget %d: another call allowed %v, the end %v", left, next, end)
		}
	}
	// A tool whose parameters no value satisfies is refused before any
	// decoding, as a schema error.
	never, err := chat.NewToolSpec("never", "Cannot be called.", json.RawMessage(`{"type": "object", "required": ["v"], "additionalProperties": false}`))
	if err != nil {
		t.Fatal(err)
	}
	var ce *grammar.CompileError
	if _, err := l.gram.textToolCalls([]chat.ToolSpec{never}, ToolChoice{Mode: ToolRequired}); !errors.As(err, &ce) {
		t.Fatalf("unsatisfiable parameters: %v (want a CompileError)", err)
	}
}

// TestOpenInterleavedWeights checks that Open gives the model its
// interleaved copies by default on Linux where the CPU reads them (none
// elsewhere), none with WithMappedWeights, and that greedy replies are still
// the model's own: the same text as greedy decoding by hand through the
// interleaved model.
func TestOpenInterleavedWeights(t *testing.T) {
	_, mapped := openTiny(t, "tiny-q8_0.gguf", WithMappedWeights(), WithCachePool(0))
	if n := mapped.InterleavedBytes() + mapped.CopiedBytes(); n != 0 {
		t.Fatalf("WithMappedWeights: %d bytes of copies", n)
	}
	l, m := openTiny(t, "tiny-q8_0.gguf", WithCachePool(0))
	if got, want := m.InterleavedBytes() > 0, vecdot.Interleavable(quant.Q8_0) && runtime.GOOS == "linux"; got != want {
		t.Fatalf("interleaved copies %v (%d bytes), want %v", got, m.InterleavedBytes(), want)
	}
	req := Request{Messages: userMsg("tell me a story"), MaxTokens: 16}
	r, err := Complete(context.Background(), l, req)
	if err != nil {
		t.Fatal(err)
	}
	if want := greedyByHand(t, l, m, promptIDs(t, l, req), 16); r.Text != want {
		t.Fatalf("reply %q, greedy by hand %q", r.Text, want)
	}
}

// TestOpenWeightCache checks that WithWeightCache reaches the model: where
// Open copies the Q4_0 fixture's weights by default (Linux and a CPU with
// interleaved kernels), the model must be mapped from a cache file in the
// directory given, with no copy in memory, and reply as the model without a
// cache does; elsewhere no cache may be written.
func TestOpenWeightCache(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "weights")
	plain, pm := openTiny(t, "tiny-q4_0.gguf", WithCachePool(0))
	l, m := openTiny(t, "tiny-q4_0.gguf", WithWeightCache(dir), WithCachePool(0))
	name, why := m.WeightCache()
	if pm.CopiedBytes() == 0 {
		if _, err := os.Stat(dir); name != "" || why != nil || !os.IsNotExist(err) {
			t.Fatalf("nothing copied here, yet WeightCache = %q, %v (directory: %v)", name, why, err)
		}
		return
	}
	if why != nil || filepath.Dir(name) != dir || m.CopiedBytes() != 0 || m.InterleavedBytes() != pm.InterleavedBytes() {
		t.Fatalf("WeightCache = %q, %v; %d bytes copied, %d interleaved (without the cache: %d)", name, why, m.CopiedBytes(), m.InterleavedBytes(), pm.InterleavedBytes())
	}
	req := Request{Messages: userMsg("tell me a story"), MaxTokens: 16}
	want, err := Complete(context.Background(), plain, req)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Complete(context.Background(), l, req)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != want.Text {
		t.Fatalf("reply %q from the cache, %q without", got.Text, want.Text)
	}
}
