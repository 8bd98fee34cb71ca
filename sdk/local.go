package sdk

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"github.com/qwenkit/qwenkit/runtime/qwen2"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// Local is the engine that runs a Qwen2/Qwen2.5 model in this process.
//
// One loaded model serves any number of goroutines: each request gets its own
// KV cache, and the model's weights are shared read-only. A KV cache costs
// MemoryPerToken bytes per position (2 × layers × KV width × 4 bytes, float32
// keys and values: 24 KiB per token for Qwen2.5-0.5B, so 768 MiB for a full
// 32K context; 112 KiB per token for Qwen2.5-7B), growing with use up to the
// context window. Up to a few finished caches (WithCachePool) are kept, each
// with its tokens, and a request that continues one of them (the same
// conversation, one turn later) reuses its longest common token prefix
// instead of recomputing it.
type Local struct {
	b      backend
	tok    *tokenizer.Tokenizer
	ctxLen int
	vocab  int   // tokens the sampler may pick: the tokenizer's, not the embedding's padding rows
	stops  []int // token ids that end a turn
	// Control tokens, -1 when the vocabulary lacks them.
	toolOpen, toolClose int
	pool                cachePool
	gram                *grammars
	closer              func() error
}

// Option configures Open.
type Option func(*options)

type options struct {
	contextLen int
	poolSize   int
	tokenizer  string
	mapped     bool
	cacheDir   string
}

// WithContext caps each request's context window (prompt and reply) at n
// tokens; by default it is the model's trained context length.
func WithContext(n int) Option { return func(o *options) { o.contextLen = n } }

// WithCachePool sets how many finished KV caches are kept for prefix reuse
// (default 4; 0 disables reuse). Each kept cache holds its memory.
func WithCachePool(n int) Option { return func(o *options) { o.poolSize = n } }

// WithMappedWeights makes Open read every weight matrix in place from the
// mapped file (qwen2.Options.Mapped), shared with other processes through
// the page cache, instead of the default: on Linux and CPUs with
// interleaved kernels (AVX-512: Q8_0, Q4_0, Q5_0 and Q4_K; AVX2: the same,
// Q8_0 only on AMD CPUs), Open
// copies the weights into anonymous memory, those formats in the
// sixteen-row interleaved layout that decoding reads faster, at the cost of
// one pass over the weights at load; the file's pages leave resident memory
// as they are copied.
func WithMappedWeights() Option { return func(o *options) { o.mapped = true } }

// WithWeightCache keeps the copy of the weights that Open makes by default
// (see WithMappedWeights) in a file of dir (qwen2.Options.CacheDir): the
// first Open of a model file writes it, about the file's size; later ones
// map it read-only instead of copying, so the weights are memory-mapped and
// shared with other processes through the page cache, and decode as fast as
// from the in-memory copy. Where the cache cannot be written or read, Open
// keeps the in-memory copy. Ignored with WithMappedWeights.
func WithWeightCache(dir string) Option { return func(o *options) { o.cacheDir = dir } }

// WithTokenizer loads the tokenizer from path (a tokenizer.json, a folder or a
// GGUF file) instead of from the model.
func WithTokenizer(path string) Option { return func(o *options) { o.tokenizer = path } }

// Open loads a model for local inference: a GGUF file (tokenizer from its
// metadata) or a Hugging Face folder (config.json, *.safetensors,
// tokenizer.json). The weights are memory-mapped, and on Linux and CPUs
// with interleaved kernels copied once into the layout decoding reads fastest,
// the mapped pages leaving resident memory (see WithMappedWeights); Close
// releases them.
func Open(path string, opts ...Option) (*Local, error) {
	o := options{poolSize: 4}
	for _, f := range opts {
		f(&o)
	}
	m, err := qwen2.LoadWith(path, qwen2.Options{Mapped: o.mapped, CacheDir: o.cacheDir})
	if err != nil {
		return nil, err
	}
	tp := path
	if o.tokenizer != "" {
		tp = o.tokenizer
	}
	tok, err := tokenizer.LoadFile(tp)
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("sdk: tokenizer for %s: %w", path, err)
	}
	return openLoaded(m, tok, path, opts)
}

// openLoaded makes the engine of a loaded model and tokenizer; on error the
// model is closed.
func openLoaded(m *qwen2.Model, tok *tokenizer.Tokenizer, path string, opts []Option) (*Local, error) {
	o := options{poolSize: 4}
	for _, f := range opts {
		f(&o)
	}
	l, err := newLocal(qwenBackend{m}, tok, m.Config.NVocab, o)
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("sdk: %s: %w", path, err)
	}
	l.closer = m.Close
	return l, nil
}

func newLocal(b backend, tok *tokenizer.Tokenizer, nvocab int, o options) (*Local, error) {
	l := &Local{b: b, tok: tok, ctxLen: b.contextLength(), vocab: min(tok.NumTokens(), nvocab), toolOpen: -1, toolClose: -1}
	if o.contextLen > 0 && (l.ctxLen <= 0 || o.contextLen < l.ctxLen) {
		l.ctxLen = o.contextLen
	}
	if l.ctxLen <= 0 {
		return nil, errors.New("no context length (set one with WithContext)")
	}
	l.pool.max = o.poolSize
	for _, s := range []string{"<|im_end|>", "<|endoftext|>"} {
		if id, ok := tok.TokenID(s); ok && id < l.vocab {
			l.stops = append(l.stops, id)
		}
	}
	if eos := tok.EOS(); eos >= 0 && eos < l.vocab && !containsInt(l.stops, eos) {
		l.stops = append(l.stops, eos)
	}
	if len(l.stops) == 0 {
		return nil, errors.New("the vocabulary has no <|im_end|>, <|endoftext|> or EOS token to stop at")
	}
	if id, ok := tok.TokenID("<tool_call>"); ok && id < l.vocab {
		l.toolOpen = id
	}
	if id, ok := tok.TokenID("</tool_call>"); ok && id < l.vocab {
		l.toolClose = id
	}
	l.gram = &grammars{voc: tok, stops: l.stops}
	return l, nil
}

func containsInt(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// Tokenizer returns the engine's tokenizer.
func (l *Local) Tokenizer() *tokenizer.Tokenizer { return l.tok }

// ContextLength is the most tokens (prompt and reply) one request may use.
func (l *Local) ContextLength() int { return l.ctxLen }

// MemoryPerToken is the KV cache's memory per position of a request, in bytes.
func (l *Local) MemoryPerToken() int { return l.b.bytesPerToken() }

// WeightCache returns the weight cache file the model's weights are mapped
// from (WithWeightCache), or "" and, where a cache was asked for but not
// used, why (qwen2.Model.WeightCache); "", nil for the built-in default
// model and other backends.
func (l *Local) WeightCache() (string, error) {
	if b, ok := l.b.(qwenBackend); ok {
		return b.m.WeightCache()
	}
	return "", nil
}

// Close releases the model. Requests must have finished.
func (l *Local) Close() error {
	l.pool.mu.Lock()
	l.pool.entries = nil
	l.pool.mu.Unlock()
	if l.closer != nil {
		return l.closer()
	}
	return nil
}

// Chat generates the reply to req. See Engine. Cost: the prompt tokens not
// covered by a reused cache are computed in one batched forward pass (in
// chunks, checking ctx between them), then one forward pass per reply token.
func (l *Local) Chat(ctx context.Context, req Request) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		g, err := l.start(req)
		if err != nil {
			yield(Event{}, err)
			return
		}
		g.run(ctx, yield)
	}
}
