package memory

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// Counter counts tokens: the model's tokenizer (runtime/tokenizer's
// Tokenizer has this method). A Counter that also has
// Count(string) int is asked that instead, to spare the slice.
type Counter interface {
	// Encode returns text's token ids in plain mode (special-token text
	// counts as text); only their number is used.
	Encode(text string) []int
}

// ByteCounter counts one token per byte of UTF-8. Every token of a
// byte-level BPE such as Qwen2.5's covers at least one byte, so this never
// counts fewer tokens than the real tokenizer: a budget it keeps, the model
// keeps too. It is the default until a real tokenizer is given.
type ByteCounter struct{}

// Encode returns the bytes of text as ids.
func (ByteCounter) Encode(text string) []int {
	ids := make([]int, len(text))
	for i := 0; i < len(text); i++ {
		ids[i] = int(text[i])
	}
	return ids
}

// Count returns len(text).
func (ByteCounter) Count(text string) int { return len(text) }

func counterFunc(c Counter) func(string) int {
	if cc, ok := c.(interface{ Count(string) int }); ok {
		return cc.Count
	}
	return func(s string) int { return len(c.Encode(s)) }
}

// fingerprint names a tokenizer by how it splits a fixed text, so a file
// knows whether its stored counts came from the tokenizer in use.
func fingerprint(count func(string) int) string {
	probes := []string{
		"The quick brown fox jumps over the lazy dog.",
		"  indented\n\tcode() {return x+1;}",
		"数据库迁移已经完成。", "Ünïcödé façade naïve", "🙂🚀 emoji", "1234567890 3.14159",
		`{"name": "get_weather", "arguments": {"city": "Paris"}}`,
	}
	h := sha256.New()
	var b [8]byte
	for _, p := range probes {
		binary.LittleEndian.PutUint64(b[:], uint64(count(p)))
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// prompt counts what messages cost in a Qwen2.5 prompt: it renders them
// with sdk/chatml, exactly as the chat template does, and counts each
// control token as one token and each stretch of text between two control
// tokens with the counter, as the tokenizer encodes a prompt. Blocks of
// the template are separated by control tokens, so a conversation's count
// is the sum of its messages' counts; the one exception is consecutive tool
// results, which share one user block and so are counted with a few tokens
// to spare.
type prompt struct {
	count func(string) int
	base  int // an empty system block, rendered before each message
	reply int // <|im_start|>assistant\n, which opens the reply
}

func newPrompt(count func(string) int) *prompt {
	p := &prompt{count: count}
	p.base = p.render([]chat.Message{{Role: chat.System}}, false)
	p.reply = p.render([]chat.Message{{Role: chat.System}}, true) - p.base
	return p
}

// render returns the tokens of the rendered messages, or -1 if the
// template refuses them.
func (p *prompt) render(msgs []chat.Message, reply bool) int {
	segs, err := chatml.Render(msgs, chatml.Options{AddGenerationPrompt: reply})
	if err != nil {
		return -1
	}
	n := 0
	var run strings.Builder
	for _, s := range segs {
		if s.Kind != chatml.Control {
			run.WriteString(s.Text)
			continue
		}
		if run.Len() > 0 {
			n += p.count(run.String())
			run.Reset()
		}
		n++
	}
	if run.Len() > 0 {
		n += p.count(run.String())
	}
	return n
}

// message returns the tokens m takes in a prompt, ChatML framing included.
func (p *prompt) message(m chat.Message) int {
	if n := p.render([]chat.Message{{Role: chat.System}, m}, false); n >= 0 {
		return n - p.base
	}
	// Arguments the template cannot render (validate refuses them).
	n := 5 + p.count(m.Content)
	for _, c := range m.ToolCalls {
		n += 8 + p.count(c.Name) + p.count(string(c.Arguments))
	}
	return n
}
