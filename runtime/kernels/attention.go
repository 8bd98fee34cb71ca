package kernels

import (
	"math"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
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
//	s[p]   = Σ_d (Scale·q[t][h][d])·K_g[p][d]     p < P
//	a      = Softmax(s)
//	out[t][h][d] = Σ_p a[p] · V_g[p][d]
//
// computed piece by piece (flash-decoding): the positions are cut into
// pieces of attnPiece, and for each piece and KV head, the scores of all
// the query heads that share the KV head (vecdot.ColsFloat: the queries
// times the columns of the transposed keys), their maximum m, e^(s−m) and
// its sum l, and Σ_p e^(s[p]−m)·V_g[p] (vecdot.ColsFloat again: the heads'
// e^(s−m) times the columns of the values); the pieces are then merged,
// each weighted by e^(m−M) for the largest maximum M, and divided by the
// weighted sum of l. One token's (KV head, piece) pairs are split over p's
// threads; several tokens are split by (KV head, token), a KV head's tokens
// together so that they share its keys in cache. Either way, and whatever
// the thread count, every result is the same to the bit. It allocates
// nothing on a Pool.
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
	if n > 1 {
		p.run(o, attentionGroupTask, s.KVHeads*n, work, 1, guided)
		return
	}
	// One token: every (KV head, piece) pair on its own, then the merge.
	pieces := (start + attnPiece) / attnPiece
	group := s.Heads / s.KVHeads
	size := group * (s.HeadDim + 2) * pieces // one KV head's partial results
	o.dst = p.attentionParts(s.KVHeads * size)
	p.phase(o, attentionPieceTask, s.KVHeads*pieces, work, 1, guided)
	for g := 0; g < s.KVHeads; g++ {
		mergePieces(out[g*group*s.HeadDim:(g+1)*group*s.HeadDim], o.dst[g*size:(g+1)*size], pieces, group, s.HeadDim)
	}
	if p != nil {
		p.end()
	}
}

// attnPiece is how many positions one piece of attention takes: the scores
// of a group of query heads over it stay in the level-1 cache.
const attnPiece = 512

// attnSub is how many positions of a piece's keys attendPiece scores at a
// time, prefetching the next run's keys: a run's keys are two 64-byte lines
// per dimension (F16), few enough prefetches to stay in flight while the
// run before computes. BenchmarkAttentionDecode/depth=2048/F16/memory (the
// keys and values from memory, as in a decoding step; three alternating
// runs): 161–174 µs per layer scoring whole pieces, 109–120 with runs of
// 64 positions; runs of 96, 144 and 192 were within noise of 64, and with
// the cache in the level-2 cache all are within noise of whole pieces.
const attnSub = 64

// attentionParts returns a buffer of n values for one decoding step's
// partial results, shared by the threads (fresh for a nil pool).
func (p *Pool) attentionParts(n int) []float32 {
	if p == nil {
		return make([]float32, n)
	}
	if cap(p.attn) < n {
		p.attn = make([]float32, n)
	}
	return p.attn[:n]
}

// attentionPieceTask runs items [lo, hi) of one token's (KV head, piece)
// pairs, writing each pair's partial results into o.dst.
func attentionPieceTask(o *opArgs, lo, hi, thread int) {
	s := o.shape
	group, d := s.Heads/s.KVHeads, s.HeadDim
	np := o.start + 1
	pieces := (np + attnPiece - 1) / attnPiece
	scratch := o.pool.floats(thread, pieceScratch(group, d))
	for j := lo; j < hi; j++ {
		g, c := j/pieces, j%pieces
		part := o.dst[(g*pieces+c)*group*(d+2) : (g*pieces+c+1)*group*(d+2)]
		attendPiece(o, g, 0, c*attnPiece, min(np, (c+1)*attnPiece), part, scratch)
	}
}

// attentionGroupTask runs items [lo, hi) of (KV head, token) pairs, a KV
// head's tokens together: each one's pieces, then their merge.
func attentionGroupTask(o *opArgs, lo, hi, thread int) {
	n, s := o.n, o.shape
	group, d := s.Heads/s.KVHeads, s.HeadDim
	maxPieces := (o.start + n + attnPiece - 1) / attnPiece
	scratch := o.pool.floats(thread, pieceScratch(group, d)+maxPieces*group*(d+2))
	work, parts := scratch[:pieceScratch(group, d)], scratch[pieceScratch(group, d):]
	qDim := s.Heads * d
	for j := lo; j < hi; j++ {
		g, t := j/n, j%n
		np := o.start + t + 1
		pieces := (np + attnPiece - 1) / attnPiece
		for c := 0; c < pieces; c++ {
			attendPiece(o, g, t, c*attnPiece, min(np, (c+1)*attnPiece), parts[c*group*(d+2):(c+1)*group*(d+2)], work)
		}
		h0 := g * group
		mergePieces(o.out[t*qDim+h0*d:t*qDim+(h0+group)*d], parts[:pieces*group*(d+2)], pieces, group, d)
	}
}

// pieceScratch is how many values of scratch attendPiece needs.
func pieceScratch(group, d int) int { return group*(d+attnPiece) + max(attnPiece, d) }

// attendPiece computes, for the query heads that share KV head g, of token
// t, over positions [p0, p1): part[h·(d+2)] = m_h, the largest score,
// part[h·(d+2)+1] = l_h = Σ_p e^(s[p]−m_h), and part[h·(d+2)+2+i] =
// Σ_p e^(s[p]−m_h)·V_g[p][i]. scratch holds at least pieceScratch(group, d)
// values.
func attendPiece(o *opArgs, g, t, p0, p1 int, part, scratch []float32) {
	kv, s := o.kv, o.shape
	d, group := s.HeadDim, s.Heads/s.KVHeads
	q := o.q[(t*s.Heads+g*group)*d : (t*s.Heads+(g+1)*group)*d]
	qs := scratch[:group*d]
	vecdot.ScaleInto(qs, q, s.Scale)
	np := p1 - p0
	sc := scratch[group*d : group*(d+np)]
	es := kv.elemSize()
	row := scratch[group*(d+np):]
	// The scores attnSub positions at a time: before each run, the keys of
	// the next one (the next piece's first, after the last) and the values
	// of this one are prefetched, so that the transposed keys, a few lines
	// per dimension, arrive while the run before computes instead of one
	// latency at a time.
	kb, end := kv.keyBytes(g, p0), o.start+t+1
	for c0, c1 := 0, 0; c0 < np; c0 = c1 {
		c1 = min(np, c0+attnSub)
		if np-c1 < attnSub/4 {
			c1 = np // a short last run joins this one: fewer column products
		}
		kv.prefetchKeys(g, p0+c1, min(p0+c1+attnSub, end))
		kv.prefetchValues(g, p0+c0, p0+c1)
		colsProduct(sc[c0:], np, kv.Type(), kb[c0*es:], kv.cap*es, c1-c0, qs, group, row)
	}
	for h := 0; h < group; h++ {
		row := sc[h*np : (h+1)*np]
		var m, l float32
		switch {
		case simdFloat:
			m = vecdot.Max(row)
		default:
			m = row[0]
			for _, v := range row[1:] {
				m = max(m, v)
			}
		}
		switch {
		case m != m || m > 3e38: // NaN or +Inf: keep the plain definition's NaNs
			for i, v := range row {
				row[i] = expf(v - m)
				l += row[i]
			}
		case simdFloat:
			l = vecdot.ExpShiftSum(row, m)
		default:
			l = float32(expShift(row, m))
		}
		part[h*(d+2)], part[h*(d+2)+1] = m, l
	}
	colsProduct(part[2:], d+2, kv.Type(), kv.valueBytes(g, p0, np), d*es, d, sc, group, row)
}

// mergePieces writes the attention of group heads (out: group rows of d
// values) from the partial results of their pieces (see attendPiece):
//
//	out[h][i] = Σ_c e^(m_c−M)·O_c[h][i] / Σ_c e^(m_c−M)·l_c,   M = max_c m_c
func mergePieces(out, parts []float32, pieces, group, d int) {
	stride := group * (d + 2)
	if pieces == 1 {
		// out = O/l: what the loop below computes for one piece (its
		// weight is 1, so the sums it forms are O and l exactly).
		for h := 0; h < group; h++ {
			ph := parts[h*(d+2) : (h+1)*(d+2)]
			vecdot.ScaleInto(out[h*d:(h+1)*d], ph[2:], 1/ph[1])
		}
		return
	}
	for h := 0; h < group; h++ {
		oh := out[h*d : (h+1)*d]
		mx := parts[h*(d+2)]
		for c := 1; c < pieces; c++ {
			mx = max(mx, parts[c*stride+h*(d+2)])
		}
		clear(oh)
		var den float32
		for c := 0; c < pieces; c++ {
			ph := parts[c*stride+h*(d+2) : c*stride+(h+1)*(d+2)]
			w := float32(1)
			if ph[0] != mx {
				w = expf(ph[0] - mx)
			}
			den += w * ph[1]
			AddScaled(oh, ph[2:], w)
		}
		Scale(oh, 1/den)
	}
}

// colsProduct computes dst[j·dstStride + c] = Σ_i x[j·k + i]·W[i][c] for
// n vectors of k = len(x)/n values and cols columns of W, whose rows of
// type t (F32 or F16, the KV cache's storage) are rowBytes apart in w:
// vecdot.ColsFloat where it has SIMD kernels, else plainCols. row is
// scratch of at least cols values. The caller has checked the lengths, so
// an error is a bug.
func colsProduct(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, cols int, x []float32, n int, row []float32) {
	if !simdFloat {
		plainCols(dst, dstStride, t, w, rowBytes, cols, x, n, row)
		return
	}
	if err := vecdot.ColsFloat(dst, dstStride, t, w, rowBytes, cols, x, n); err != nil {
		panic("kernels: " + err.Error())
	}
}

// plainCols is colsProduct in plain Go, summing in the same (index) order
// as vecdot's reference: each row of W is decoded once (into row, for F16)
// and added, scaled, to every vector's outputs.
func plainCols(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, cols int, x []float32, n int, row []float32) {
	k := len(x) / n
	for j := 0; j < n; j++ {
		clear(dst[j*dstStride : j*dstStride+cols])
	}
	es := t.TypeSize()
	for i := 0; i < k; i++ {
		b := w[i*rowBytes : i*rowBytes+cols*es]
		wr, ok := f32View(b)
		if t == quant.F16 || !ok {
			wr = row[:cols]
			for c := range wr {
				if t == quant.F16 {
					wr[c] = quant.FP16ToFloat32(uint16(b[2*c]) | uint16(b[2*c+1])<<8)
				} else {
					wr[c] = math.Float32frombits(uint32(b[4*c]) | uint32(b[4*c+1])<<8 | uint32(b[4*c+2])<<16 | uint32(b[4*c+3])<<24)
				}
			}
		}
		j := 0
		for ; j+4 <= n; j += 4 { // four vectors per pass over the row
			d0, d1 := dst[j*dstStride:j*dstStride+cols], dst[(j+1)*dstStride:(j+1)*dstStride+cols]
			d2, d3 := dst[(j+2)*dstStride:(j+2)*dstStride+cols], dst[(j+3)*dstStride:(j+3)*dstStride+cols]
			a0, a1, a2, a3 := x[j*k+i], x[(j+1)*k+i], x[(j+2)*k+i], x[(j+3)*k+i]
			d0, d1, d2, d3 = d0[:len(wr)], d1[:len(wr)], d2[:len(wr)], d3[:len(wr)] // no bounds checks below
			for c, v := range wr {
				d0[c] += a0 * v
				d1[c] += a1 * v
				d2[c] += a2 * v
				d3[c] += a3 * v
			}
		}
		if j+2 <= n {
			d0, d1 := dst[j*dstStride:j*dstStride+cols], dst[(j+1)*dstStride:(j+1)*dstStride+cols]
			a0, a1 := x[j*k+i], x[(j+1)*k+i]
			d0, d1 = d0[:len(wr)], d1[:len(wr)]
			for c, v := range wr {
				d0[c] += a0 * v
				d1[c] += a1 * v
			}
			j += 2
		}
		if j < n {
			AddScaled(dst[j*dstStride:j*dstStride+cols], wr, x[j*k+i])
		}
	}
}

// DefaultScale returns 1/sqrt(headDim), the attention score scale of Qwen2.
func DefaultScale(headDim int) float32 { return float32(1 / math.Sqrt(float64(headDim))) }
