package qwen2

import "fmt"

// Cache is one sequence's key/value cache: for every layer, the RoPE-rotated
// keys and the values of each position so far, in float32. It also keeps the
// scratch buffers that forward passes over it reuse, so a Cache must not be
// used by two Forward calls at once. Memory grows with use, up to
// 2·NLayer·KVDim·4 bytes per position.
type Cache struct {
	model *Model
	max   int         // positions it may hold
	n     int         // positions it holds
	k, v  [][]float32 // per layer: positions × KVDim, capacity grown on demand
	s     scratch
}

// NewCache returns an empty cache for up to maxTokens positions (the model's
// context length when maxTokens <= 0). It allocates nothing until used.
func (m *Model) NewCache(maxTokens int) *Cache {
	if maxTokens <= 0 {
		maxTokens = m.Config.ContextLength
	}
	return &Cache{model: m, max: maxTokens, k: make([][]float32, m.Config.NLayer), v: make([][]float32, m.Config.NLayer)}
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

// reserve makes room for positions [0, total) in every layer, doubling the
// capacity so that token-by-token decoding copies O(total) values in all.
func (c *Cache) reserve(total int) {
	kv := c.model.Config.KVDim()
	if len(c.k[0]) >= total*kv {
		return
	}
	size := max(total, min(c.max, 2*len(c.k[0])/kv)) * kv
	for i := range c.k {
		c.k[i] = append(make([]float32, 0, size), c.k[i][:c.n*kv]...)[:size]
		c.v[i] = append(make([]float32, 0, size), c.v[i][:c.n*kv]...)[:size]
	}
}

// scratch holds a forward pass's activations for up to cap tokens.
type scratch struct {
	tokens     int
	x, h, o    []float32 // tokens × NEmbd: residual stream, normed input, block output
	q, att     []float32 // tokens × QDim
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
	s.gate = make([]float32, n*hidden)
	s.up = make([]float32, n*hidden)
	s.cos = make([]float32, n*cfg.HeadDim/2)
	s.sin = make([]float32, n*cfg.HeadDim/2)
	return s
}
