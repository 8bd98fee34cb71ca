package kernels

import (
	"math"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// AttentionShape is the geometry of grouped-query attention: Heads query heads
// share KVHeads key/value heads (Heads must be a multiple of KVHeads), each of
// HeadDim values, and scores are scaled by Scale (usually 1/sqrt(HeadDim)).
type AttentionShape struct {
	Heads, KVHeads, HeadDim int
	Scale                   float32
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
// with each sum as Dot computes it. The Heads·n (head, token) pairs are split
// over p's threads, a head's tokens together so that they share its keys in
// cache. It allocates nothing on a Pool.
func (p *Pool) Attention(out, q []float32, kv *KVCache, s AttentionShape, start, n int) {
	if n <= 0 {
		return
	}
	qDim := s.Heads * s.HeadDim
	_ = out[n*qDim-1]
	_ = q[n*qDim-1]
	if s.KVHeads != kv.heads || s.HeadDim != kv.headDim || start+n > kv.cap {
		panic("kernels: attention shape disagrees with the KV cache")
	}
	o := p.begin()
	o.out, o.q, o.kv, o.shape, o.start, o.n = out, q, kv, s, start, n
	work := s.Heads * n * (start + n) * s.HeadDim * 2
	p.run(o, attentionTask, s.Heads*n, work, 1)
}

func attentionTask(o *opArgs, lo, hi, thread int) {
	s, n, kv := o.shape, o.n, o.kv
	d, qDim := s.HeadDim, s.Heads*s.HeadDim
	group := s.Heads / s.KVHeads
	scores := o.pool.floats(thread, o.start+n)
	for j := lo; j < hi; j++ {
		h, t := j/n, j%n
		g := h / group
		off := t*qDim + h*d
		attendHead(o.out[off:off+d], o.q[off:off+d], kv, g, o.start+t+1, s.Scale, scores)
	}
}

// attendHead computes one query head's attention over the first np
// positions of KV head g; scores is scratch of at least np values.
func attendHead(out, q []float32, kv *KVCache, g, np int, scale float32, scores []float32) {
	d := len(q)
	sc := scores[:np]
	switch {
	case kv.f16 && simdFloat:
		rowsFloat(sc, quant.F16, u16AsBytes(kv.keyRows16(g, np)), q)
	case kv.f16:
		dotRows16(sc, kv.keyRows16(g, np), d, q)
	default:
		dotRows(sc, kv.keyRows(g, np), d, q)
	}
	Scale(sc, scale)
	Softmax(sc)
	for i := 0; i < d; i++ {
		switch {
		case kv.f16 && simdFloat:
			rowsFloat(out[i:i+1], quant.F16, u16AsBytes(kv.valueRow16(g, i, np)), sc)
		case kv.f16:
			out[i] = dot16(kv.valueRow16(g, i, np), sc)
		default:
			dotRows(out[i:i+1], kv.valueRow(g, i, np), np, sc)
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
