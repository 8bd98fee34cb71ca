package kernels

import (
	"math"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// AttentionShape is the geometry of grouped-query attention: Heads query heads
// share KVHeads key/value heads (Heads must be a multiple of KVHeads), each of
// HeadDim values, and scores are scaled by Scale (usually 1/sqrt(HeadDim)).
type AttentionShape struct {
	Heads, KVHeads, HeadDim int     // query heads, key/value heads, values per head
	Scale                   float32 // factor applied to each query·key score
}

// Attention is (*Pool).Attention on the calling goroutine alone.
func Attention(out, q []float32, kv *KVCache, s AttentionShape, start, n int) {
	(*Pool)(nil).Attention(out, q, kv, s, start, n)
}

// Attention computes causal grouped-query attention for n query tokens at
// positions start … start+n−1, whose keys and values kv already holds. q and
// out hold n rows of Heads·HeadDim values. For token t and head h, with
// g = h / (Heads/KVHeads) and P = start+t+1 positions:
//
//	s[p]   = Scale · Σ_d q[t][h][d]·K_g[p][d]     p < P
//	a      = Softmax(s)
//	out[t][h][d] = Σ_p a[p] · V_g[p][d]
//
// with each sum as dotRows computes it. One token's heads are split over p's
// threads; several tokens are split by (KV head, token), each taking all the
// query heads that share the KV head, so that the weighted sums of values
// read each value row once for the group, and a KV head's tokens together so
// that they share its keys in cache. Either way every result is the same to
// the bit. It allocates nothing on a Pool.
func (p *Pool) Attention(out, q []float32, kv *KVCache, s AttentionShape, start, n int) {
	if n <= 0 {
		return
	}
	qDim := s.Heads * s.HeadDim
	_ = out[n*qDim-1]
	_ = q[n*qDim-1]
	if s.KVHeads != kv.heads || s.HeadDim != kv.headDim || start+n > kv.cap || s.KVHeads <= 0 || s.Heads%s.KVHeads != 0 {
		panic("kernels: attention shape disagrees with the KV cache")
	}
	o := p.begin()
	o.out, o.q, o.kv, o.shape, o.start, o.n = out, q, kv, s, start, n
	work := s.Heads * n * (start + n) * s.HeadDim * 2
	if n == 1 {
		p.run(o, attentionHeadTask, s.Heads, work, 1)
		return
	}
	p.run(o, attentionGroupTask, s.KVHeads*n, work, 1)
}

// attentionHeadTask runs heads [lo, hi) of a single token.
func attentionHeadTask(o *opArgs, lo, hi, thread int) {
	group := o.shape.Heads / o.shape.KVHeads
	scores := o.pool.floats(thread, o.start+2)
	for h := lo; h < hi; h++ {
		attendGroup(o, h/group, 0, h, h+1, scores)
	}
}

// attentionGroupTask runs items [lo, hi) of (KV head, token) pairs, a KV
// head's tokens together.
func attentionGroupTask(o *opArgs, lo, hi, thread int) {
	n := o.n
	group := o.shape.Heads / o.shape.KVHeads
	scores := o.pool.floats(thread, group*(o.start+n+1))
	for j := lo; j < hi; j++ {
		g, t := j/n, j%n
		attendGroup(o, g, t, g*group, (g+1)*group, scores)
	}
}

// attendGroup computes query heads [h0, h1), which share KV head g, of token
// t over its P = start+t+1 positions. scores is scratch of at least
// (h1−h0)·(P+1) values.
func attendGroup(o *opArgs, g, t, h0, h1 int, scores []float32) {
	kv, s := o.kv, o.shape
	d, qDim := s.HeadDim, s.Heads*s.HeadDim
	np, nh := o.start+t+1, h1-h0
	sc := scores[:nh*np]
	for h := h0; h < h1; h++ {
		row := sc[(h-h0)*np : (h-h0+1)*np]
		qh := o.q[t*qDim+h*d : t*qDim+(h+1)*d]
		switch {
		case kv.f16 && simdFloat:
			rowsFloat(row, quant.F16, u16AsBytes(kv.keyRows16(g, np)), qh)
		case kv.f16:
			dotRows16(row, kv.keyRows16(g, np), d, qh)
		default:
			dotRows(row, kv.keyRows(g, np), d, qh)
		}
		Scale(row, s.Scale)
		Softmax(row)
	}
	if kv.f16 {
		for h := h0; h < h1; h++ {
			row := sc[(h-h0)*np : (h-h0+1)*np]
			oh := o.out[t*qDim+h*d : t*qDim+(h+1)*d]
			for i := 0; i < d; i++ {
				if simdFloat {
					rowsFloat(oh[i:i+1], quant.F16, u16AsBytes(kv.valueRow16(g, i, np)), row)
				} else {
					oh[i] = dot16(kv.valueRow16(g, i, np), row)
				}
			}
		}
		return
	}
	// One pass over each value row for all the group's heads: the score
	// rows are the matrix, the value row the vector.
	tmp := scores[nh*np : nh*np+nh]
	for i := 0; i < d; i++ {
		dotRows(tmp, sc, np, kv.valueRow(g, i, np))
		for h := h0; h < h1; h++ {
			o.out[t*qDim+h*d+i] = tmp[h-h0]
		}
	}
}

// dot16 is Dot with a in half precision.
func dot16(a []uint16, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	for len(a) >= 4 && len(b) >= 4 {
		x, y := a[:4:4], b[:4:4]
		s0 += quant.FP16ToFloat32(x[0]) * y[0]
		s1 += quant.FP16ToFloat32(x[1]) * y[1]
		s2 += quant.FP16ToFloat32(x[2]) * y[2]
		s3 += quant.FP16ToFloat32(x[3]) * y[3]
		a, b = a[4:], b[4:]
	}
	for i, v := range a {
		s0 += quant.FP16ToFloat32(v) * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// dotRows16 is dotRows with half-precision rows.
func dotRows16(dst []float32, rows []uint16, cols int, x []float32) {
	for r := range dst {
		dst[r] = dot16(rows[r*cols:(r+1)*cols], x)
	}
}

// DefaultScale returns 1/sqrt(headDim), the attention score scale of Qwen2.
func DefaultScale(headDim int) float32 { return float32(1 / math.Sqrt(float64(headDim))) }
