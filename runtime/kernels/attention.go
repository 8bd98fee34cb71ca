package kernels

import "math"

// AttentionShape is the geometry of grouped-query attention: Heads query heads
// share KVHeads key/value heads (Heads must be a multiple of KVHeads), each of
// HeadDim values, and scores are scaled by Scale (usually 1/sqrt(HeadDim)).
type AttentionShape struct {
	Heads, KVHeads, HeadDim int
	Scale                   float32
}

// AttendHead computes causal attention for one query head over nPos cached
// positions. Key p is k[p·stride : p·stride+len(q)], value p likewise in v:
//
//	s[p]  = scale · Σ_d q[d]·k_p[d]         p < nPos
//	a     = Softmax(s)
//	out[d] = Σ_p a[p] · v_p[d]               d < len(q)
//
// scores is scratch of at least nPos values.
func AttendHead(out, q, k, v []float32, nPos, stride int, scale float32, scores []float32) {
	d := len(q)
	out = out[:d]
	s := scores[:nPos]
	for p := range s {
		s[p] = scale * Dot(q, k[p*stride:p*stride+d])
	}
	Softmax(s)
	clear(out)
	for p, a := range s {
		AddScaled(out, v[p*stride:p*stride+d], a)
	}
}

// Attention computes causal grouped-query attention for n query tokens at
// positions start … start+n−1. q and out hold n rows of Heads·HeadDim values;
// k and v hold at least start+n rows of KVHeads·HeadDim values (the cache,
// position 0 first). For token t and head h, with g = Heads/KVHeads:
//
//	out[t][h] = AttendHead(q[t][h], k[·][h/g], v[·][h/g], nPos = start+t+1)
//
// The n·Heads (token, head) pairs are split over the CPUs; each worker
// allocates one score buffer.
func Attention(out, q, k, v []float32, s AttentionShape, start, n int) {
	if n <= 0 {
		return
	}
	qDim, kvDim := s.Heads*s.HeadDim, s.KVHeads*s.HeadDim
	group := s.Heads / s.KVHeads
	_ = out[n*qDim-1]
	_ = q[n*qDim-1]
	_ = k[(start+n)*kvDim-1]
	_ = v[(start+n)*kvDim-1]
	work := n * s.Heads * (start + n) * s.HeadDim * 2
	parallelFor(n*s.Heads, work, func(lo, hi int) {
		scores := make([]float32, start+n)
		for j := lo; j < hi; j++ {
			t, h := j/s.Heads, j%s.Heads
			kv := (h / group) * s.HeadDim
			o := t*qDim + h*s.HeadDim
			AttendHead(out[o:o+s.HeadDim], q[o:o+s.HeadDim], k[kv:], v[kv:], start+t+1, kvDim, s.Scale, scores)
		}
	})
}

// DefaultScale returns 1/sqrt(headDim), the attention score scale of Qwen2.
func DefaultScale(headDim int) float32 { return float32(1 / math.Sqrt(float64(headDim))) }
