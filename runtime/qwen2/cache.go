package qwen2

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/kernels"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Cache is one sequence's key/value cache: for every layer, the RoPE-rotated
// keys and the values of each position so far, in float32 (or half
// precision; see CacheOptions). It also keeps the scratch buffers that
// forward passes over it reuse, so a Cache must not be used by two Forward
// calls at once. Memory grows with use, up to 2·NLayer·KVDim·4 bytes per
// position (half that for F16).
type Cache struct {
	model  *Model
	max    int // positions it may hold
	n      int // positions it holds
	kvType quant.Type
	layers []*kernels.KVCache // per layer; nil until first used
	s      scratch
	logits []float32 // NVocab: ForwardLast's result
}

// CacheOptions configure a cache.
type CacheOptions struct {
	// MaxTokens bounds the positions the cache may hold (0: the model's
	// context length).
	MaxTokens int
	// F16 stores keys and values in IEEE half precision: half the memory
	// and half the bytes attention reads per token. On the test models
	// (logits up to ~15) it changes logits by at most 0.0052 with exact
	// products, and by at most 0.24 with the default quantized products,
	// whose 8-bit activation rounding amplifies small changes: the same as
	// llama.cpp's F16 cache on those files (0.0055 to 0.26; max |Δlogit| over
	// every fixture sequence, TestF16KVCache).
	F16 bool
}

// NewCache returns an empty cache for up to maxTokens positions (the model's
// context length when maxTokens <= 0), keys and values in float32. It
// allocates nothing until used.
func (m *Model) NewCache(maxTokens int) *Cache {
	return m.NewCacheWith(CacheOptions{MaxTokens: maxTokens})
}

// NewCacheWith returns an empty cache with options o. It allocates nothing
// until used.
func (m *Model) NewCacheWith(o CacheOptions) *Cache {
	maxTokens := o.MaxTokens
	if maxTokens <= 0 {
		maxTokens = m.Config.ContextLength
	}
	t := quant.F32
	if o.F16 {
		t = quant.F16
	}
	return &Cache{model: m, max: maxTokens, kvType: t, layers: make([]*kernels.KVCache, m.Config.NLayer)}
}

// Len returns the number of positions in the cache: the position the next
// token will take.
func (c *Cache) Len() int { return c.n }

// Cap returns the most positions the cache may hold.
func (c *Cache) Cap() int { return c.max }

// Truncate cuts the cache back to its first n positions, so that the next
// Forward continues from position n (prefix reuse, rollback). It costs
// nothing; 0 <= n <= Len.
func (c *Cache) Truncate(n int) error {
	if n < 0 || n > c.n {
		return fmt.Errorf("qwen2: truncate cache of %d positions to %d", c.n, n)
	}
	c.n = n
	return nil
}

// Reserve allocates room for total positions now (at most Cap), so that
// forward passes up to that length allocate nothing.
func (c *Cache) Reserve(total int) {
	c.reserve(min(total, c.max), min(total, c.max))
}

// reserve makes room for positions [0, total) in every layer, doubling the
// capacity (up to the cache's maximum, and at least to hint) so that
// token-by-token decoding copies O(total) values in all.
func (c *Cache) reserve(total, hint int) {
	cfg := c.model.Config
	if c.layers[0] != nil && c.layers[0].Cap() >= total {
		return
	}
	old := 0
	if c.layers[0] != nil {
		old = c.layers[0].Cap()
	}
	size := max(total, hint, min(c.max, 2*old))
	for i := range c.layers {
		if c.layers[i] == nil {
			kv, err := kernels.NewKVCache(cfg.NHeadKV, cfg.HeadDim, size, c.kvType)
			if err != nil {
				panic(err) // the config was validated at load
			}
			c.layers[i] = kv
			continue
		}
		c.layers[i].Grow(size, c.n)
	}
}

// scratch holds a forward pass's activations for up to cap tokens.
type scratch struct {
	tokens     int
	x, h, o    []float32 // tokens × NEmbd: residual stream, normed input, block output
	q, att     []float32 // tokens × QDim
	k, v       []float32 // tokens × KVDim: new keys and values before they are stored
	gate, up   []float32 // tokens × FFN hidden size (dense or shared expert)
	cos, sin   []float32 // tokens × HeadDim/2
	probs      []float32 // NExpert router probabilities (MoE)
	chosen     []int     // NExpertUsed expert indices (MoE)
	eGate, eUp []float32 // NFFExpert (MoE)
	eOut       []float32 // NEmbd (MoE)
	shared     []float32 // tokens × NEmbd: the shared expert's output (MoE)
}

// scratch returns buffers for n tokens, reusing the previous ones when large
// enough.
func (c *Cache) scratch(n int) *scratch {
	s := &c.s
	if s.tokens >= n {
		return s
	}
	cfg := c.model.Config
	hidden := cfg.NFF
	if cfg.MoE() {
		hidden = cfg.NFFShared
		s.probs = make([]float32, cfg.NExpert)
		s.chosen = make([]int, cfg.NExpertUsed)
		s.eGate = make([]float32, cfg.NFFExpert)
		s.eUp = make([]float32, cfg.NFFExpert)
		s.eOut = make([]float32, cfg.NEmbd)
		s.shared = make([]float32, n*cfg.NEmbd)
	}
	s.tokens = n
	s.x = make([]float32, n*cfg.NEmbd)
	s.h = make([]float32, n*cfg.NEmbd)
	s.o = make([]float32, n*cfg.NEmbd)
	s.q = make([]float32, n*cfg.QDim())
	s.att = make([]float32, n*cfg.QDim())
	s.k = make([]float32, n*cfg.KVDim())
	s.v = make([]float32, n*cfg.KVDim())
	s.gate = make([]float32, n*hidden)
	s.up = make([]float32, n*hidden)
	s.cos = make([]float32, n*cfg.HeadDim/2)
	s.sin = make([]float32, n*cfg.HeadDim/2)
	return s
}
