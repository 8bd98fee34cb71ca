package qwen2

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/kernels"
)

// Forward runs the model over tokens, appending them to the cache at
// positions c.Len() … c.Len()+len(tokens)−1, and returns the logits
// (NVocab values) after every new position when all is true, else only after
// the last one. The whole batch is computed at once (each block of weight
// rows is dequantized once for all tokens); decoding one token per call gives
// the same logits to float32 rounding. On error (a token out of range, a full
// cache, a cache of another model) nothing changes.
//
// Cost: about 2·(parameters) multiply-adds per token plus attention over the
// cache, split over the model's threads (SetThreads); the returned rows are
// newly allocated, the rest reuses the cache's buffers. ForwardLast
// allocates nothing.
func (m *Model) Forward(c *Cache, tokens []int, all bool) ([][]float32, error) {
	if err := m.check(c, tokens); err != nil {
		return nil, err
	}
	rows, V := 1, m.Config.NVocab
	if all {
		rows = len(tokens)
	}
	flat := make([]float32, rows*V)
	m.forward(c, tokens, flat, rows)
	out := make([][]float32, rows)
	for r := range out {
		out[r] = flat[r*V : (r+1)*V : (r+1)*V]
	}
	return out, nil
}

// ForwardLast is Forward that returns only the logits after the last token,
// in a slice the cache owns: it stays valid until the next call on c, and
// the caller must not keep it past that. Once the cache has room for the
// positions (it grows by doubling; see Cache.Reserve) and its buffers have
// seen a batch of this size, a call allocates nothing: this is the decoding
// loop's entry point.
func (m *Model) ForwardLast(c *Cache, tokens []int) ([]float32, error) {
	if err := m.check(c, tokens); err != nil {
		return nil, err
	}
	if len(c.logits) != m.Config.NVocab {
		c.logits = make([]float32, m.Config.NVocab)
	}
	m.forward(c, tokens, c.logits, 1)
	return c.logits, nil
}

// check validates a forward pass's arguments.
func (m *Model) check(c *Cache, tokens []int) error {
	if c == nil || c.model != m {
		return fmt.Errorf("qwen2: forward: cache is nil or belongs to another model")
	}
	if len(tokens) == 0 {
		return fmt.Errorf("qwen2: forward: no tokens")
	}
	nv := m.Config.NVocab
	for i, t := range tokens {
		if t < 0 || t >= nv {
			return fmt.Errorf("qwen2: forward: token %d at index %d is outside the vocabulary [0, %d)", t, i, nv)
		}
	}
	if c.n+len(tokens) > c.max {
		return fmt.Errorf("qwen2: forward: %d tokens after %d cached exceed the cache's %d positions", len(tokens), c.n, c.max)
	}
	return nil
}

// forward runs checked tokens through the model and writes the logits of the
// last rows positions into logits (rows·NVocab values).
func (m *Model) forward(c *Cache, tokens []int, logits []float32, rows int) {
	cfg := m.Config
	n, pos0, E, half := len(tokens), c.n, cfg.NEmbd, cfg.HeadDim/2
	c.reserve(pos0+n, 0)
	s := c.scratch(n)
	x := s.x[:n*E]
	for t, tok := range tokens {
		m.embd.DequantizeRow(x[t*E:(t+1)*E], tok)
	}
	for t := range n {
		m.rope.CosSin(pos0+t, s.cos[t*half:(t+1)*half], s.sin[t*half:(t+1)*half])
	}
	for il := range m.layers {
		m.attention(il, c, pos0, n, s)
		m.feedForward(il, n, s)
	}
	c.n += n

	h := s.h[:rows*E]
	for r := range rows {
		t := n - rows + r
		kernels.RMSNorm(h[r*E:(r+1)*E], x[t*E:(t+1)*E], m.outputNorm, cfg.RMSEps)
	}
	m.pool.MatMul(logits[:rows*cfg.NVocab], m.output, h, rows)
}

// attention adds self-attention to the residual stream s.x of n tokens:
//
//	h = RMSNorm(x)·attn_norm
//	q, k, v = Wq h + bq, Wk h + bk, Wv h + bv;  q, k = RoPE(q), RoPE(k)
//	x += Wo · Attention(q, cached k, cached v)
//
// The new keys and values are written straight into the cache at pos0….
func (m *Model) attention(il int, c *Cache, pos0, n int, s *scratch) {
	cfg, l := m.Config, &m.layers[il]
	E, Q, KV, D, half := cfg.NEmbd, cfg.QDim(), cfg.KVDim(), cfg.HeadDim, cfg.HeadDim/2
	x, h, q := s.x[:n*E], s.h[:n*E], s.q[:n*Q]
	for t := range n {
		kernels.RMSNorm(h[t*E:(t+1)*E], x[t*E:(t+1)*E], l.attnNorm, cfg.RMSEps)
	}
	k, v := s.k[:n*KV], s.v[:n*KV]
	p := m.pool
	kv := c.layers[il]
	shape := kernels.AttentionShape{Heads: cfg.NHead, KVHeads: cfg.NHeadKV, HeadDim: D, Scale: kernels.DefaultScale(D)}
	if n == 1 {
		// A decoding step: the same as below, fused by KV head.
		p.AttentionStep(kernels.AttentionStep{
			X: h, Wq: l.wq, Wk: l.wk, Wv: l.wv, Bq: l.bq, Bk: l.bk, Bv: l.bv,
			Cos: s.cos[:half], Sin: s.sin[:half], Q: q, K: k, V: v, Out: s.att[:Q],
			KV: kv, Shape: shape, Pos: pos0,
		})
	} else {
		p.MatMulShared(h, n, kernels.Out{Dst: q, W: l.wq}, kernels.Out{Dst: k, W: l.wk}, kernels.Out{Dst: v, W: l.wv})
		for t := range n {
			qt, kt, vt := q[t*Q:(t+1)*Q], k[t*KV:(t+1)*KV], v[t*KV:(t+1)*KV]
			kernels.Add(qt, l.bq)
			kernels.Add(kt, l.bk)
			kernels.Add(vt, l.bv)
			cos, sin := s.cos[t*half:(t+1)*half], s.sin[t*half:(t+1)*half]
			kernels.ApplyRoPE(qt, D, cos, sin)
			kernels.ApplyRoPE(kt, D, cos, sin)
		}
		kv.Store(pos0, k, v, n)
		p.Attention(s.att[:n*Q], q, kv, shape, pos0, n)
	}
	p.MatMul(s.o[:n*E], l.wo, s.att[:n*Q], n)
	kernels.Add(x, s.o[:n*E])
}

// feedForward adds the FFN (dense SwiGLU or mixture of experts) of layer il
// to the residual stream: x += FFN(RMSNorm(x)·ffn_norm).
func (m *Model) feedForward(il, n int, s *scratch) {
	cfg, l := m.Config, &m.layers[il]
	E := cfg.NEmbd
	x, h, o := s.x[:n*E], s.h[:n*E], s.o[:n*E]
	for t := range n {
		kernels.RMSNorm(h[t*E:(t+1)*E], x[t*E:(t+1)*E], l.ffnNorm, cfg.RMSEps)
	}
	if l.moe != nil {
		l.moe.forward(m.pool, o, h, n, cfg, s)
	} else {
		l.ffn.forward(m.pool, o, h, n, s.gate, s.up)
	}
	kernels.Add(x, o)
}

// forward computes dst = down(silu(gate·h) ⊙ up·h) for n tokens; gate and up
// are scratch of at least n times the hidden size. One token (a decoding
// step) takes kernels.Pool.FFNStep, the same results as the calls for
// several in one operation of the pool.
func (f *ffn) forward(p *kernels.Pool, dst, h []float32, n int, gate, up []float32) {
	hid := f.gate.Rows
	gate, up = gate[:n*hid], up[:n*hid]
	if n == 1 {
		p.FFNStep(dst, h, gate, up, f.gate, f.up, f.down)
		return
	}
	p.MatMulShared(h, n, kernels.Out{Dst: gate, W: f.gate}, kernels.Out{Dst: up, W: f.up})
	p.MatMulSwiGLU(dst, f.down, gate, up, n)
}

// forward computes the mixture for n tokens into dst (n × NEmbd):
//
//	p = Softmax(router·h);  E = the NExpertUsed largest p (w_e = p_e, divided
//	by Σ_E p when NormTopK)
//	dst = Σ_{e∈E} w_e·expert_e(h) + sigmoid(sharedGate·h)·shared(h)
func (mo *moe) forward(p *kernels.Pool, dst, h []float32, n int, cfg Config, s *scratch) {
	E := cfg.NEmbd
	shared := s.shared[:n*E]
	mo.shared.forward(p, shared, h, n, s.gate, s.up)
	for t := range n {
		ht, dt := h[t*E:(t+1)*E], dst[t*E:(t+1)*E]
		p.MatVec(s.probs, mo.router, ht)
		kernels.Softmax(s.probs)
		kernels.TopK(s.chosen, s.probs)
		var norm float32 = 1
		if cfg.NormTopK {
			var sum float32
			for _, e := range s.chosen {
				sum += s.probs[e]
			}
			norm = 1 / sum
		}
		clear(dt)
		for _, e := range s.chosen {
			mo.experts[e].forward(p, s.eOut, ht, 1, s.eGate, s.eUp)
			kernels.AddScaled(dt, s.eOut, s.probs[e]*norm)
		}
		gate := kernels.Sigmoid(kernels.Dot(mo.sharedGate, ht))
		kernels.AddScaled(dt, shared[t*E:(t+1)*E], gate)
	}
}
