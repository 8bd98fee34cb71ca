package qwen2

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/kernels"
)

// Forward runs the model over tokens, appending them to the cache at
// positions c.Len() … c.Len()+len(tokens)−1, and returns the logits
// (NVocab values) after every new position when all is true, else only after
// the last one. The whole batch is computed at once (each weight row is
// dequantized once for all tokens); decoding one token per call gives the
// same logits to float32 rounding. On error (a token out of range, a full
// cache, a cache of another model) nothing changes.
//
// Cost: about 2·(parameters) multiply-adds per token plus attention over the
// cache; the returned rows are newly allocated, the rest reuses the cache's
// scratch.
func (m *Model) Forward(c *Cache, tokens []int, all bool) ([][]float32, error) {
	cfg := m.Config
	if c == nil || c.model != m {
		return nil, fmt.Errorf("qwen2: forward: cache is nil or belongs to another model")
	}
	if len(tokens) == 0 {
		return nil, fmt.Errorf("qwen2: forward: no tokens")
	}
	for i, t := range tokens {
		if t < 0 || t >= cfg.NVocab {
			return nil, fmt.Errorf("qwen2: forward: token %d at index %d is outside the vocabulary [0, %d)", t, i, cfg.NVocab)
		}
	}
	if c.n+len(tokens) > c.max {
		return nil, fmt.Errorf("qwen2: forward: %d tokens after %d cached exceed the cache's %d positions", len(tokens), c.n, c.max)
	}
	n, pos0, E, half := len(tokens), c.n, cfg.NEmbd, cfg.HeadDim/2
	c.reserve(pos0 + n)
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

	rows := 1
	if all {
		rows = n
	}
	h := s.h[:rows*E]
	for r := range rows {
		t := n - rows + r
		kernels.RMSNorm(h[r*E:(r+1)*E], x[t*E:(t+1)*E], m.outputNorm, cfg.RMSEps)
	}
	flat := make([]float32, rows*cfg.NVocab)
	kernels.MatMul(flat, m.output, h, rows)
	out := make([][]float32, rows)
	for r := range out {
		out[r] = flat[r*cfg.NVocab : (r+1)*cfg.NVocab : (r+1)*cfg.NVocab]
	}
	return out, nil
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
	k := c.k[il][pos0*KV : (pos0+n)*KV]
	v := c.v[il][pos0*KV : (pos0+n)*KV]
	kernels.MatMul(q, l.wq, h, n)
	kernels.MatMul(k, l.wk, h, n)
	kernels.MatMul(v, l.wv, h, n)
	for t := range n {
		qt, kt, vt := q[t*Q:(t+1)*Q], k[t*KV:(t+1)*KV], v[t*KV:(t+1)*KV]
		kernels.Add(qt, l.bq)
		kernels.Add(kt, l.bk)
		kernels.Add(vt, l.bv)
		cos, sin := s.cos[t*half:(t+1)*half], s.sin[t*half:(t+1)*half]
		kernels.ApplyRoPE(qt, D, cos, sin)
		kernels.ApplyRoPE(kt, D, cos, sin)
	}
	shape := kernels.AttentionShape{Heads: cfg.NHead, KVHeads: cfg.NHeadKV, HeadDim: D, Scale: kernels.DefaultScale(D)}
	kernels.Attention(s.att[:n*Q], q, c.k[il], c.v[il], shape, pos0, n)
	kernels.MatMul(s.o[:n*E], l.wo, s.att[:n*Q], n)
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
		l.moe.forward(o, h, n, cfg, s)
	} else {
		l.ffn.forward(o, h, n, s.gate, s.up)
	}
	kernels.Add(x, o)
}

// forward computes dst = down(silu(gate·h) ⊙ up·h) for n tokens; gate and up
// are scratch of at least n times the hidden size.
func (f *ffn) forward(dst, h []float32, n int, gate, up []float32) {
	hid := f.gate.Rows
	gate, up = gate[:n*hid], up[:n*hid]
	kernels.MatMul(gate, f.gate, h, n)
	kernels.MatMul(up, f.up, h, n)
	kernels.SwiGLU(gate, gate, up)
	kernels.MatMul(dst, f.down, gate, n)
}

// forward computes the mixture for n tokens into dst (n × NEmbd):
//
//	p = Softmax(router·h);  E = the NExpertUsed largest p (w_e = p_e, divided
//	by Σ_E p when NormTopK)
//	dst = Σ_{e∈E} w_e·expert_e(h) + sigmoid(sharedGate·h)·shared(h)
func (mo *moe) forward(dst, h []float32, n int, cfg Config, s *scratch) {
	E := cfg.NEmbd
	shared := s.shared[:n*E]
	mo.shared.forward(shared, h, n, s.gate, s.up)
	for t := range n {
		ht, dt := h[t*E:(t+1)*E], dst[t*E:(t+1)*E]
		kernels.MatVec(s.probs, mo.router, ht)
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
			mo.experts[e].forward(s.eOut, ht, 1, s.eGate, s.eUp)
			kernels.AddScaled(dt, s.eOut, s.probs[e]*norm)
		}
		gate := kernels.Sigmoid(kernels.Dot(mo.sharedGate, ht))
		kernels.AddScaled(dt, shared[t*E:(t+1)*E], gate)
	}
}
