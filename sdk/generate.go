package sdk

import (
	"context"
	"fmt"
	"time"

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
}

func (l *Local) start(req Request) (*generation, error) {
	begin := time.Now()
	if err := req.Validate(); err != nil {
		return nil, err
	}
	if req.ResponseFormat != nil {
		return nil, errNoGrammar
	}
	p, err := chatml.Render(req.Messages, chatml.Options{Tools: req.Tools, AddGenerationPrompt: true})
	if err != nil {
		return nil, err
	}
	ids, err := p.Tokens(l.tok)
	if err != nil {
		return nil, err
	}
	g := &generation{l: l, req: req, prompt: ids, out: newOutput(&req), dec: l.tok.NewStreamDecoder(), begin: begin}
	switch req.ToolChoice.Mode {
	case ToolNone:
		if l.toolOpen >= 0 && len(req.Tools) > 0 {
			g.mask = allowAllBut(l.vocab, l.toolOpen)
		}
	case ToolRequired:
		g.forced = l.encodeControl(chatml.ToolCallOpen, "")
	case ToolNamed:
		g.forced = l.encodeControl(chatml.ToolCallOpen, "\n{\"name\": \""+req.ToolChoice.Name+"\", \"arguments\": ")
	}
	if need := len(ids) + 1 + len(g.forced); need > l.ctxLen {
		return nil, fmt.Errorf("%w: the prompt takes %d tokens and the reply at least %d more, the context window is %d", ErrContextOverflow, len(ids), need-len(ids), l.ctxLen)
	}
	if g.sampler, err = sample.New(req.Sampling, l.vocab); err != nil {
		return nil, err
	}
	return g, nil
}

// encodeControl encodes the control token ctl (as text when the vocabulary
// lacks it) followed by plain text.
func (l *Local) encodeControl(ctl, text string) []int {
	if id, ok := l.tok.TokenID(ctl); ok {
		return append([]int{id}, l.tok.Encode(text)...)
	}
	return l.tok.Encode(ctl + text)
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
	)
	for {
		if err := ctx.Err(); err != nil {
			yield(Event{}, err)
			return
		}
		var tok int
		if len(g.forced) > 0 {
			tok, g.forced = g.forced[0], g.forced[1:]
		} else {
			var err error
			recent := tokens[max(0, len(tokens)-lastN):]
			if tok, err = g.sampler.Sample(logits[:l.vocab], g.mask, recent); err != nil {
				yield(Event{}, fmt.Errorf("sdk: sampling token %d: %w", usage.CompletionTokens, err))
				return
			}
		}
		usage.CompletionTokens++
		if usage.CompletionTokens == 1 {
			first = time.Now()
			usage.TimeToFirstToken = first.Sub(g.begin)
		}
		if containsInt(l.stops, tok) {
			reason = FinishStop
			break
		}
		var stopped bool
		var err error
		events, stopped, err = g.out.push(g.dec.Add(tok), events[:0])
		if !g.emit(events, err, yield) {
			return
		}
		if stopped {
			reason = FinishStop
			break
		}
		if maxToks > 0 && usage.CompletionTokens >= maxToks || cache.Len() >= l.ctxLen {
			reason = FinishLength
			break
		}
		if logits, err = l.b.forward(cache, []int{tok}); err != nil {
			yield(Event{}, fmt.Errorf("sdk: token %d: %w", usage.CompletionTokens, err))
			return
		}
		tokens = append(tokens, tok)
	}

	// Flush what the decoder and the filters hold.
	events = events[:0]
	var err error
	if tail := g.dec.Flush(); tail != "" && !g.out.stopped {
		events, _, err = g.out.push(tail, events)
	}
	if err == nil {
		events, err = g.out.finish(events)
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
