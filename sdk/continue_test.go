package sdk

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
)

// The prompt of a Continue request is Hugging Face's rendering of the
// conversation (the fixtures' goldens that end with an assistant message,
// rendered without a generation prompt) minus the final "<|im_end|>\n": the
// same text, and the same token ids minus the last two.
func TestContinuePromptGoldens(t *testing.T) {
	f, err := os.Open(filepath.Join(fixtures(t), "chat", "goldens.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tok := qwenTokenizer(t)
	imEnd, _ := tok.TokenID("<|im_end|>")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	checked := 0
	for sc.Scan() {
		var c struct {
			Name     string          `json:"name"`
			Messages []chat.Message  `json:"messages"`
			Tools    []chat.ToolSpec `json:"tools"`
			Gen      bool            `json:"add_generation_prompt"`
			Rendered string          `json:"rendered"`
			IDs      []int           `json:"ids"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		last := c.Messages[len(c.Messages)-1]
		if c.Gen || last.Role != chat.Assistant || len(last.ToolCalls) > 0 {
			continue
		}
		checked++
		want, ok := strings.CutSuffix(c.Rendered, "<|im_end|>\n")
		if !ok || !slices.Equal(c.IDs[len(c.IDs)-2:], []int{imEnd, 198}) {
			t.Fatalf("%s: the golden does not end with <|im_end|>\\n", c.Name)
		}
		p, err := renderPrompt(&Request{Messages: c.Messages, Tools: c.Tools, Continue: true})
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if p.String() != want {
			t.Errorf("%s: open rendering\n got %q\nwant %q", c.Name, p.String(), want)
		}
		ids, err := p.Tokens(tok)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids, c.IDs[:len(c.IDs)-2]) {
			t.Errorf("%s: ids differ from the golden's minus <|im_end|>\\n", c.Name)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if checked < 5 {
		t.Fatalf("only %d goldens end with an assistant message", checked)
	}
}

func TestContinueValidate(t *testing.T) {
	call := chat.ToolCall{ID: "c", Name: "f", Arguments: json.RawMessage(`{}`)}
	for _, msgs := range [][]chat.Message{
		userMsg("hi"),
		{{Role: chat.User, Content: "hi"}, {Role: chat.Assistant, ToolCalls: []chat.ToolCall{call}}},
		{{Role: chat.User, Content: "hi"}, {Role: chat.Assistant, ToolCalls: []chat.ToolCall{call}}, {Role: chat.Tool, ToolCallID: "c", Content: "1"}},
	} {
		r := Request{Messages: msgs, Continue: true}
		if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "continue") {
			t.Errorf("continuing %+v: %v", msgs[len(msgs)-1], err)
		}
	}
	r := Request{Messages: append(userMsg("hi"), chat.Message{Role: chat.Assistant, Content: "Hel"}), Continue: true}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := (&Request{Messages: userMsg("hi"), StopAfter: []string{""}}).Validate(); err == nil {
		t.Fatal("empty stop-after string accepted")
	}
}

// The tool-integrated reasoning round trip on the scripted model, whose
// reply is a fixed text continued from wherever the assistant message
// stands: the reply stops just after the code block's closing fence
// (StopAfter), the program appends the block's output to the same message,
// and a Continue request writes the rest of that message, computing only
// the new tokens.
func TestContinueAfterCodeBlock(t *testing.T) {
	const (
		step1 = "Compute it.\n```python\nprint(6 * 7)\n```\n"
		out   = "```output\n42\n```\n"
		rest  = "So the answer is 42."
	)
	l, b := newScripted(t, 4096, step1+out+rest)
	ctx := context.Background()
	req := Request{Messages: userMsg("6*7?"), StopAfter: []string{"\n```\n"}, Stop: []string{"```output"}}
	r1, err := Complete(ctx, l, req)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Text != step1 || r1.Reason != FinishStop {
		t.Fatalf("first part %q (%s)", r1.Text, r1.Reason)
	}
	req.Messages = append(userMsg("6*7?"), chat.Message{Role: chat.Assistant, Content: r1.Text + out})
	req.Continue = true
	before := b.forwarded.Load()
	r2, err := Complete(ctx, l, req)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Text != rest || r2.Reason != FinishStop {
		t.Fatalf("continuation %q (%s)", r2.Text, r2.Reason)
	}
	// The prompt is the first one plus the message so far, left open.
	ids := promptIDs(t, l, Request{Messages: userMsg("6*7?")})
	open := append(ids, l.tok.Encode(r1.Text+out)...)
	if r2.Usage.PromptTokens != len(open) {
		t.Fatalf("continuation prompt %d tokens, want %d", r2.Usage.PromptTokens, len(open))
	}
	// The first request's prompt at least came from the pooled cache, and
	// only the rest was computed: the uncached prompt tokens, then one
	// forward per reply token but the last (<|im_end|>).
	if r2.Usage.CachedTokens < len(ids) {
		t.Fatalf("cached %d tokens, want at least %d", r2.Usage.CachedTokens, len(ids))
	}
	if got, want := b.forwarded.Load()-before, int64(r2.Usage.PromptTokens-r2.Usage.CachedTokens+r2.Usage.CompletionTokens-1); got != want {
		t.Fatalf("computed %d tokens, want %d", got, want)
	}
}

// On a real model (the default one: random weights, Qwen2.5's vocabulary),
// a reply stopped after a piece of its text (StopAfter) and continued
// (Continue) is the reply decoded in one go: greedy decoding (with a
// repetition penalty, which looks at the same recent tokens either way) of
// the open turn picks up exactly where it stopped. The split is put where
// the text re-encodes to the tokens the model wrote, the condition for the
// two prompts to be the same tokens.
func TestModelContinueEqualsOneGo(t *testing.T) {
	l, err := Open(synthQwen(t), WithCachePool(1))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ctx := context.Background()
	const n = 32
	base := Request{Messages: userMsg("Count the primes below 30."), MaxTokens: n, Sampling: Sampling{RepetitionPenalty: 1.5}}
	r, err := Complete(ctx, l, base)
	if err != nil {
		t.Fatal(err)
	}
	whole := r.Text
	// The pooled cache holds the prompt and the reply's tokens but the
	// last (never computed).
	prompt := promptIDs(t, l, base)
	all := l.pool.entries[0].tokens[len(prompt):]
	if len(all) != n-1 || l.tok.Decode(all) != whole[:len(l.tok.Decode(all))] {
		t.Fatalf("pooled reply tokens %d, text %q", len(all), whole)
	}
	splits := 0
	for k := 6; k < len(all)-4 && splits < 3; k += 3 {
		head := l.tok.Decode(all[:k])
		stop := l.tok.Decode(all[k-2 : k])
		if !slices.Equal(l.tok.Encode(head), all[:k]) || strings.Index(whole, stop)+len(stop) != len(head) {
			continue
		}
		splits++
		req := base
		req.StopAfter = []string{stop}
		r1, err := Complete(ctx, l, req)
		if err != nil {
			t.Fatal(err)
		}
		if r1.Text != head || r1.Reason != FinishStop {
			t.Fatalf("stopped after %q: %q (%s), want %q", stop, r1.Text, r1.Reason, head)
		}
		req = base
		req.Messages = append(userMsg(base.Messages[0].Content), chat.Message{Role: chat.Assistant, Content: r1.Text})
		req.Continue, req.MaxTokens = true, n-k
		r2, err := Complete(ctx, l, req)
		if err != nil {
			t.Fatal(err)
		}
		if r1.Text+r2.Text != whole {
			t.Fatalf("split at token %d: %q + %q, in one go %q", k, r1.Text, r2.Text, whole)
		}
		if r2.Usage.PromptTokens != len(prompt)+k || r2.Usage.CachedTokens != r2.Usage.PromptTokens-1 {
			t.Fatalf("continuation usage %+v: want the %d-token open turn, cached but its last token", r2.Usage, len(prompt)+k)
		}
	}
	t.Logf("%d splits of %q", splits, whole)
	if splits == 0 {
		t.Fatalf("no split point of %q re-encodes to the model's tokens", whole)
	}
}
