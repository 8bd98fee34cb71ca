package kernels

import "github.com/qwenkit/qwenkit/runtime/vecdot"

// AttentionStep holds the operands of Pool.AttentionStep: one decoding
// step's self-attention up to the output projection. The slices' lengths
// follow Shape: Q and Out hold Heads·HeadDim values, K and V
// KVHeads·HeadDim, Cos and Sin HeadDim/2, X the projections' Cols.
type AttentionStep struct {
	X          []float32 // the normalized hidden state
	Wq, Wk, Wv Matrix    // query, key and value projections
	Bq, Bk, Bv []float32 // their biases; nil for none
	Cos, Sin   []float32 // RoPE.CosSin of Pos
	Q, K, V    []float32 // written: the token's rotated query and key, and its value
	Out        []float32 // written: the attention of every query head
	KV         *KVCache  // the layer's cache: the token's key and value are stored at Pos
	Shape      AttentionShape
	Pos        int // the token's position; the cache holds positions 0 … Pos−1
}

// AttentionStep computes, for one token at position a.Pos,
//
//	q = Wq·x + bq,  k = Wk·x + bk,  v = Wv·x + bv      (MatMulShared)
//	q, k = RoPE(q), RoPE(k)                            (ApplyRoPE with Cos, Sin)
//	KV[Pos] = k, v                                     (KVCache.Store)
//	Out = Attention(q, KV, Shape, Pos, 1)
//
// with the same results, to the bit, as those calls in that order. When
// the KV heads divide evenly over the pool's threads and the three
// projections can share one operation, it is one operation instead of two
// with serial work between them: each thread takes whole KV heads and, for
// each, computes its rows of q, k and v, adds the biases, rotates, stores
// and attends, without waiting for the other threads. Before its products
// it asks the CPU to prefetch the head's cached keys and values of the last
// attention piece, whose few lines per key dimension would otherwise arrive
// one latency at a time once the attention starts. Otherwise (a nil pool,
// Exact products, more threads than KV heads) it makes the calls above. It
// allocates nothing on a Pool.
func (p *Pool) AttentionStep(a AttentionStep) {
	s := a.Shape
	outs := [3]Out{{Dst: a.Q, W: a.Wq}, {Dst: a.K, W: a.Wk}, {Dst: a.V, W: a.Wv}}
	fuse, quantized, rows := p.fusesStep(&a, outs[:])
	if !fuse {
		p.MatMulShared(a.X, 1, outs[:]...)
		biasRoPE(&a, 0, s.KVHeads)
		a.KV.Store(a.Pos, a.K, a.V, 1)
		p.Attention(a.Out, a.Q, a.KV, s, a.Pos, 1)
		return
	}
	o := p.begin()
	o.x, o.n, o.nProds = a.X, 1, len(outs)
	for i, out := range outs {
		o.prods[i] = prod{dst: out.Dst, w: out.W, rb: out.W.RowBytes()}
	}
	if quantized {
		p.quantizeRows(o, a.Wq.Type, a.X, 1, a.Wq.Cols)
	}
	o.step, o.stepQuantized = a, quantized
	o.out, o.q, o.kv, o.shape, o.start = a.Out, a.Q, a.KV, s, a.Pos
	work := rows*a.Wq.Cols + s.Heads*(a.Pos+1)*s.HeadDim*2
	p.run(o, attentionStepTask, s.KVHeads, work, 1, shares)
}

// fusesStep reports whether AttentionStep runs a (whose products are outs)
// as one operation split by KV heads, and then whether the products are
// quantized and their rows in all; it checks a's lengths first, panicking
// as the separate calls would.
func (p *Pool) fusesStep(a *AttentionStep, outs []Out) (fuse, quantized bool, rows int) {
	s := a.Shape
	Q, KV := s.Heads*s.HeadDim, s.KVHeads*s.HeadDim
	if s.KVHeads <= 0 || s.Heads%s.KVHeads != 0 || s.HeadDim%2 != 0 {
		panic("kernels: attention step of an impossible shape")
	}
	_, _, _, _ = a.Q[Q-1], a.Out[Q-1], a.K[KV-1], a.V[KV-1]
	_, _ = a.Cos[s.HeadDim/2-1], a.Sin[s.HeadDim/2-1]
	if a.Wq.Rows != Q || a.Wk.Rows != KV || a.Wv.Rows != KV ||
		(a.Bq != nil && len(a.Bq) != Q) || (a.Bk != nil && len(a.Bk) != KV) || (a.Bv != nil && len(a.Bv) != KV) {
		panic("kernels: attention step's projections disagree with its shape")
	}
	if s.KVHeads != a.KV.heads || s.HeadDim != a.KV.headDim || a.Pos < 0 || a.Pos+1 > a.KV.cap {
		panic("kernels: attention step's shape or position disagrees with the KV cache")
	}
	if p == nil || s.KVHeads%p.threads != 0 || s.HeadDim%vecdot.GroupRows != 0 {
		return false, false, 0
	}
	same, quantized, rows, _ := p.sharedKind(a.X, 1, outs)
	return same, quantized, rows
}

// attentionStepTask runs KV heads [lo, hi) of AttentionStep.
func attentionStepTask(o *opArgs, lo, hi, thread int) {
	a := &o.step
	s := a.Shape
	d, group := s.HeadDim, s.Heads/s.KVHeads
	Q, KV := s.Heads*d, s.KVHeads*d
	for g := lo; g < hi; g++ {
		prefetchPiece(a.KV, g, a.Pos)
		prefetchBiases(a, g)
		sharedTask(o, g*group*d, (g+1)*group*d, o.stepQuantized, thread)
		sharedTask(o, Q+g*d, Q+(g+1)*d, o.stepQuantized, thread)
		sharedTask(o, Q+KV+g*d, Q+KV+(g+1)*d, o.stepQuantized, thread)
		biasRoPE(a, g, g+1)
		a.KV.storeHead(g, a.Pos, a.K[g*d:(g+1)*d], a.V[g*d:(g+1)*d], KV, 1)
		attentionGroupTask(o, g, g+1, thread)
	}
}

// biasRoPE adds the biases to the query, key and value rows of KV heads
// [g0, g1) and rotates their queries and key.
func biasRoPE(a *AttentionStep, g0, g1 int) {
	s := a.Shape
	d, group := s.HeadDim, s.Heads/s.KVHeads
	q0, q1, k0, k1 := g0*group*d, g1*group*d, g0*d, g1*d
	q, k, v := a.Q[q0:q1], a.K[k0:k1], a.V[k0:k1]
	if a.Bq != nil {
		Add(q, a.Bq[q0:q1])
	}
	if a.Bk != nil {
		Add(k, a.Bk[k0:k1])
	}
	if a.Bv != nil {
		Add(v, a.Bv[k0:k1])
	}
	ApplyRoPE(q, d, a.Cos, a.Sin)
	ApplyRoPE(k, d, a.Cos, a.Sin)
}

// prefetchBiases prefetches KV head g's query, key and value biases, which
// the weights streamed since the last step have evicted, so that biasRoPE
// does not wait for them line by line after the products.
func prefetchBiases(a *AttentionStep, g int) {
	s := a.Shape
	d, group := s.HeadDim, s.Heads/s.KVHeads
	prefetchFloats(a.Bq, g*group*d, (g+1)*group*d)
	prefetchFloats(a.Bk, g*d, (g+1)*d)
	prefetchFloats(a.Bv, g*d, (g+1)*d)
}

// prefetchFloats prefetches x[lo:hi], or nothing when x is nil.
func prefetchFloats(x []float32, lo, hi int) {
	if x != nil {
		vecdot.PrefetchRows(f32AsBytes(x[lo:hi]), 1, 0, 4*(hi-lo))
	}
}

// prefetchPiece prefetches KV head g's keys and values of the attention
// piece that holds the positions before pos (the only piece of a short
// context), the places the key of pos goes to, and, when there are earlier
// pieces, the first run of keys and values that attention starts with
// (attendPiece prefetches the rest a run ahead).
func prefetchPiece(c *KVCache, g, pos int) {
	p0 := pos / attnPiece * attnPiece
	c.prefetchKeys(g, p0, pos+1)
	c.prefetchValues(g, p0, pos)
	if p0 > 0 {
		c.prefetchKeys(g, 0, attnSub)
		c.prefetchValues(g, 0, attnSub)
	}
}
