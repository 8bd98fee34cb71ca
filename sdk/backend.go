package sdk

import (
	"github.com/qwenkit/qwenkit/runtime/qwen2"
)

// backend is what the local engine needs from a model: caches and a forward
// pass that returns the logits after the last token. *qwen2.Model provides it
// through qwenBackend; tests script one.
type backend interface {
	newCache(maxTokens int) kvCache
	// forward appends tokens to c and returns the logits after the last one,
	// in a buffer c owns: valid until the next forward on c.
	forward(c kvCache, tokens []int) ([]float32, error)
	// contextLength is the model's context window in tokens.
	contextLength() int
	// bytesPerToken is the KV cache's memory per position.
	bytesPerToken() int
}

// kvCache is one sequence's KV cache.
type kvCache interface {
	Len() int
	Truncate(n int) error
}

type qwenBackend struct{ m *qwen2.Model }

func (b qwenBackend) newCache(maxTokens int) kvCache { return b.m.NewCache(maxTokens) }

func (b qwenBackend) forward(c kvCache, tokens []int) ([]float32, error) {
	return b.m.ForwardLast(c.(*qwen2.Cache), tokens)
}

func (b qwenBackend) contextLength() int { return b.m.Config.ContextLength }

func (b qwenBackend) bytesPerToken() int { return 2 * b.m.Config.NLayer * b.m.Config.KVDim() * 4 }
