package sdk

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// fixtures finds ../shared/fixtures beside the repository root.
func fixtures(t testing.TB) string { return fixturedir.Path(t) }

var (
	qwenTokOnce sync.Once
	qwenTok     *tokenizer.Tokenizer
	qwenTokErr  error
)

// qwenTokenizer loads Qwen2.5's tokenizer from the fixtures, once.
func qwenTokenizer(t testing.TB) *tokenizer.Tokenizer {
	t.Helper()
	qwenTokOnce.Do(func() {
		qwenTok, qwenTokErr = tokenizer.LoadFile(filepath.Join(fixtures(t), "tokenizer", "tokenizer.json"))
	})
	if qwenTokErr != nil {
		t.Fatal(qwenTokErr)
	}
	return qwenTok
}

// scriptBackend is a stand-in model: after the last "<|im_start|>assistant\n"
// of its input it writes the first of its replies that the text generated so
// far is a prefix of (one token per step: the next token of the rest of that
// reply, encoded), then <|im_end|>. Its logits give that token 10 and the
// alternates 9.5, every other token 0.
type scriptBackend struct {
	tok        *tokenizer.Tokenizer
	replies    []string
	alternates []int
	ctx        int
	forwarded  atomic.Int64 // tokens computed, over all caches
	calls      atomic.Int64 // forward calls
	echo       bool         // reply "echo: " + the last user message instead
}

type scriptCache struct {
	toks []int
	cap  int
}

func (c *scriptCache) Len() int { return len(c.toks) }

func (c *scriptCache) Truncate(n int) error {
	if n < 0 || n > len(c.toks) {
		return errors.New("truncate out of range")
	}
	c.toks = c.toks[:n]
	return nil
}

func (b *scriptBackend) newCache(maxTokens int) kvCache { return &scriptCache{cap: maxTokens} }
func (b *scriptBackend) contextLength() int             { return b.ctx }
func (b *scriptBackend) bytesPerToken() int             { return 1 }

func (b *scriptBackend) forward(kc kvCache, tokens []int) ([]float32, error) {
	c := kc.(*scriptCache)
	if len(c.toks)+len(tokens) > c.cap {
		return nil, errors.New("cache full")
	}
	c.toks = append(c.toks, tokens...)
	b.forwarded.Add(int64(len(tokens)))
	b.calls.Add(1)
	logits := make([]float32, 151936)
	for _, a := range b.alternates {
		logits[a] = 9.5
	}
	logits[b.next(c.toks)] = 10
	return logits, nil
}

var assistantOpen = []int{151644, 77091, 198} // <|im_start|>assistant\n

func (b *scriptBackend) next(h []int) int {
	start := -1
	for i := len(h) - len(assistantOpen); i >= 0; i-- {
		if h[i] == assistantOpen[0] && h[i+1] == assistantOpen[1] && h[i+2] == assistantOpen[2] {
			start = i + 3
			break
		}
	}
	imEnd, _ := b.tok.TokenID("<|im_end|>")
	if start < 0 {
		return imEnd
	}
	done := b.tok.Decode(h[start:])
	replies := b.replies
	if b.echo {
		prompt := b.tok.Decode(h[:start])
		i := strings.LastIndex(prompt, "<|im_start|>user\n")
		j := strings.LastIndex(prompt, "<|im_end|>")
		replies = []string{"echo: " + prompt[i+len("<|im_start|>user\n"):j]}
	}
	for _, r := range replies {
		if strings.HasPrefix(r, done) && len(r) > len(done) {
			return b.tok.EncodeSpecial(r[len(done):])[0]
		}
	}
	return imEnd
}

func newScripted(t testing.TB, ctx int, replies ...string) (*Local, *scriptBackend) {
	t.Helper()
	tok := qwenTokenizer(t)
	b := &scriptBackend{tok: tok, replies: replies, ctx: ctx}
	l, err := newLocal(b, tok, 151936, options{poolSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	return l, b
}
