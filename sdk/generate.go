package sdk

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
	"github.com/qwenkit/qwenkit/sdk/chatml"
	"github.com/qwenkit/qwenkit/sdk/sample"
)

// prefillChunk is how many prompt tokens one forward call computes; ctx is
// checked between chunks.
const prefillChunk = 256

// generation is one request's state on the local engine.
type generation struct {
	l       *Local
	req     Request
	prompt  []int
	forced  []int    // tokens written before sampling starts (a forced tool call's opening)
	mask    []uint64 // static allowed-token mask, or nil
	sampler *sample.Sampler
	out     *output
	dec     *tokenizer.StreamDecoder
	begin   time.Time

	// con is the grammar matcher of a response format or of the tool calls
	// (nil: unconstrained); conMask is its mask's buffer.
	con     constraint
	conMask []uint64
}

func (l *Local) start(req Request) (*generation, error) {
	begin := time.Now()
	if err := req.Validate(); err != nil {
		return nil, err
	}
	p, err := renderPrompt(&req)
	if err != nil {
		return nil, err
	}
	ids, err := p.Tokens(l.tok)
	if err != nil {
		return nil, err
	}
	g := &generation{l: l, req: req, prompt: ids, out: newOutput(&req), dec: l.tok.NewStreamDecoder(), begin: begin}
	switch {
	case req.ResponseFormat != nil:
		if g.con, err = l.gram.schema(req.ResponseFormat.Schema); err != nil {
			return nil, fmt.Errorf("sdk: response format: %w", err)
		}
	case g.out.tools != nil && l.toolOpen >= 0 && l.toolClose >= 0:
		if g.con, err = l.gram.toolCalls(req.Tools, req.ToolChoice); err != nil {
			return nil, fmt.Errorf("sdk: tool-call grammar: %w", err)
		}
	case g.out.tools != nil:
		// No <tool_call> tokens: the markers are text, the JSON a grammar.
		if g.con, err = l.gram.textToolCalls(req.Tools, req.ToolChoice); err != nil {
			return nil, fmt.Errorf("sdk: tool-call grammar: %w", err)
		}
	}
	switch req.ToolChoice.Mode {
	case ToolNone:
		if l.toolOpen >= 0 && len(req.Tools) > 0 {
			g.mask = allowAllBut(l.vocab, l.toolOpen)
		}
	case ToolRequired:
		if g.con == nil {
			g.forced = l.encodeControl("", chatml.ToolCallOpen, "")
		}
	case ToolNamed:
		if g.con == nil {
			g.forced = l.encodeControl("", chatml.ToolCallOpen, "\n{\"name\": \""+req.ToolChoice.Name+"\", \"arguments\": ")
		}
	}
	if need := len(ids) + 1 + len(g.forced); need > l.ctxLen {
		return nil, fmt.Errorf("%w: the prompt takes %d tokens and the reply at least %d more, the context window is %d", ErrContextOverflow, len(ids), need-len(ids), l.ctxLen)
	}
	if g.sampler, err = sample.New(req.Sampling, l.vocab); err != nil {
		return nil, err
	}
	return g, nil
}

// renderPrompt renders a request's conversation: with the generation prompt
// for a new assistant turn, or with the last message left open when the
// request continues it.
func renderPrompt(req *Request) (chatml.Prompt, error) {
	p, err := chatml.Render(req.Messages, chatml.Options{Tools: req.Tools, AddGenerationPrompt: !req.Continue})
	if err != nil || !req.Continue {
		return p, err
	}
	return openLastTurn(p)
}

// openLastTurn removes the "<|im_end|>\n" that closes a rendered
// conversation's last message, leaving that message open for the model to
// continue: the prompt's text is then the template's rendering minus that
// suffix, and its tokens the rendering's tokens minus the last two (the
// text before <|im_end|> is encoded on its own either way).
func openLastTurn(p chatml.Prompt) (chatml.Prompt, error) {
	n := len(p)
	if n < 2 || p[n-2] != (chatml.Segment{Kind: chatml.Control, Text: chatml.ImEnd}) || p[n-1] != (chatml.Segment{Kind: chatml.Text, Text: "\n"}) {
		return nil, errors.New("sdk: continue: the rendered conversation does not end with the last message's <|im_end|>")
	}
	return p[:n-2], nil
}

// encodeControl encodes plain text, the control token ctl (as text when the
// vocabulary lacks it), then plain text.
func (l *Local) encodeControl(before, ctl, after string) []int {
	if id, ok := l.tok.TokenID(ctl); ok {
		return append(append(l.tok.Encode(before), id), l.tok.Encode(after)...)
	}
	return l.tok.Encode(before + ctl + after)
}

func allowAllBut(n int, ids ...int) []uint64 {
	m := make([]uint64, (n+63)/64)
	for i := range m {
		m[i] = ^uint64(0)
	}
	for _, id := range ids {
		m[id/64] &^= 1 << (id % 64)
	}
	return m
}

// run generates the reply, yielding its events. The cache goes back to the
// pool however it ends.
func (g *generation) run(ctx context.Context, yield func(Event, error) bool) {
	l := g.l
	cache, held, prefix, ok := l.pool.take(g.prompt)
	if !ok {
		cache = l.b.newCache(l.ctxLen)
	}
	// held is the pooled token list: keep the shared prefix and append.
	prefix = min(prefix, len(g.prompt)-1) // the last prompt token is always computed, for its logits
	tokens := append(held[:0:0], g.prompt[:prefix]...)
	if err := cache.Truncate(prefix); err != nil {
		cache, tokens, prefix = l.b.newCache(l.ctxLen), nil, 0
	}
	defer func() { l.pool.put(cache, tokens) }()

	usage := Usage{PromptTokens: len(g.prompt), CachedTokens: prefix}
	var logits []float32
	for at := prefix; at < len(g.prompt); at += prefillChunk {
		if err := ctx.Err(); err != nil {
			yield(Event{}, err)
			return
		}
		chunk := g.prompt[at:min(at+prefillChunk, len(g.prompt))]
		var err error
		if logits, err = l.b.forward(cache, chunk); err != nil {
			yield(Event{}, fmt.Errorf("sdk: prompt: %w", err))
			return
		}
		tokens = append(tokens, chunk...)
	}

	var (
		events  []Event
		first   time.Time
		reason  FinishReason
		lastN   = g.req.Sampling.LastN()
		maxToks = g.req.MaxTokens
		queue   = g.forced
		one     = make([]int, 1)
	)
generate:
	for {
		if err := ctx.Err(); err != nil {
			yield(Event{}, err)
			return
		}
		var batch []int
		if len(queue) == 0 && g.con != nil {
			// Jump forward over what the grammar forces: one batch.
			queue = g.jump(g.con.Forced())
		}
		if len(queue) > 0 {
			batch, queue = queue, nil
		} else {
			mask := g.mask
			if b, ok := g.con.(interface{ budget(int) }); ok && maxToks > 0 {
				b.budget(maxToks - usage.CompletionTokens)
			}
			if g.con != nil {
				if g.conMask == nil {
					g.conMask = make([]uint64, (len(logits)+63)/64)
				}
				g.con.Mask(g.conMask)
				mask = g.conMask
			}
			recent := tokens[max(0, len(tokens)-lastN):]
			tok, err := g.sampler.Sample(logits[:l.vocab], mask, recent)
			if errors.Is(err, sample.ErrNoToken) && g.con != nil {
				yield(Event{}, fmt.Errorf("sdk: token %d: the grammar allows no next token after %q (a defect of the grammar for this schema)", usage.CompletionTokens, l.tok.Decode(tokens[len(g.prompt):])))
				return
			}
			if err != nil {
				yield(Event{}, fmt.Errorf("sdk: sampling token %d: %w", usage.CompletionTokens, err))
				return
			}
			one[0] = tok
			batch = one
		}
		for _, tok := range batch {
			usage.CompletionTokens++
			if usage.CompletionTokens == 1 {
				first = time.Now()
				usage.TimeToFirstToken = first.Sub(g.begin)
			}
			if containsInt(l.stops, tok) {
				reason = FinishStop
				break generate
			}
			if g.con != nil {
				if err := g.con.Accept(tok); err != nil {
					yield(Event{}, fmt.Errorf("sdk: token %d: %w", usage.CompletionTokens, err))
					return
				}
			}
			var stopped bool
			var err error
			events, stopped, err = g.out.push(g.dec.Add(tok), events[:0])
			if !g.emit(events, err, yield) {
				return
			}
			if stopped || (g.req.MaxToolCalls > 0 && g.out.calls() >= g.req.MaxToolCalls) {
				reason = FinishStop
				break generate
			}
			if maxToks > 0 && usage.CompletionTokens >= maxToks {
				reason = FinishLength
				break generate
			}
		}
		if cache.Len()+len(batch) > l.ctxLen {
			reason = FinishLength
			break
		}
		var err error
		if logits, err = l.b.forward(cache, batch); err != nil {
			yield(Event{}, fmt.Errorf("sdk: token %d: %w", usage.CompletionTokens, err))
			return
		}
		tokens = append(tokens, batch...)
	}

	// Flush what the decoder and the filters hold.
	events = events[:0]
	var err error
	if tail := g.dec.Flush(); tail != "" && !g.out.stopped {
		events, _, err = g.out.push(tail, events)
	}
	if err == nil {
		events, err = g.out.finish(events, reason == FinishLength)
	}
	if !g.emit(events, err, yield) {
		return
	}
	if reason == FinishStop && g.out.calls() > 0 {
		reason = FinishToolCalls
	}
	if n := usage.CompletionTokens; n > 1 {
		if d := time.Since(first); d > 0 {
			usage.TokensPerSecond = float64(n-1) / d.Seconds()
		}
	}
	yield(Event{Kind: DoneEvent, Done: &Done{Reason: reason, Usage: usage}}, nil)
}

// jump returns the tokens for forced bytes f: their plain encoding, cut back
// to whole characters, or nothing when the encoding does not spell f byte for
// byte (text that NFC would change is left to the sampler and the mask).
func (g *generation) jump(f []byte) []int {
	for len(f) > 0 && !utf8.Valid(f) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return nil
	}
	ids := g.l.tok.Encode(string(f))
	n := 0
	for _, id := range ids {
		b := g.l.tok.TokenBytes(id)
		if n+len(b) > len(f) || string(f[n:n+len(b)]) != string(b) {
			return nil
		}
		n += len(b)
	}
	if n != len(f) {
		return nil
	}
	return ids
}

// emit yields events, then err if any; false means stop.
func (g *generation) emit(events []Event, err error, yield func(Event, error) bool) bool {
	for _, e := range events {
		if !yield(e, nil) {
			return false
		}
	}
	if err != nil {
		yield(Event{}, err)
		return false
	}
	return true
}
