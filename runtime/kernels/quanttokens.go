package kernels

import "github.com/qwenkit/qwenkit/runtime/vecdot"

// matMulQuantTokensTask runs rows [lo, hi) of a quantized MatMul in tiles
// (blocks of tokens whose activations fit in the level-2 cache × blocks of
// rows that fit in the level-1 cache), each row block multiplied by its
// whole token block in one vecdot.RowsTokens call, which decodes the weights
// once for four tokens (Q8_0, Q4_0, Q5_0, Q4_K, Q5_K and Q6_K on amd64)
// instead of once per token. Every result equals vecdot.Rows' for its token
// bit for bit, so MatMul still equals MatVec on each token.
func matMulQuantTokensTask(o *opArgs, lo, hi, _ int) {
	w, n := o.w, o.n
	rb := w.RowBytes()
	br := max(rowAlign, tileBytes/rb/rowAlign*rowAlign)
	bt := max(1, min(n, actBlockBytes/max(1, o.actRow)))
	for t0 := 0; t0 < n; t0 += bt {
		t1 := min(n, t0+bt)
		acts := o.act[t0*o.actRow : t1*o.actRow]
		for r := lo; r < hi; r += br {
			nr := min(br, hi-r)
			err := vecdot.RowsTokens(o.dst[t0*w.Rows+r:], w.Rows, w.Type, w.Data[r*rb:(r+nr)*rb], rb, nr, acts, t1-t0)
			if err != nil {
				panic("kernels: " + err.Error()) // Matrix.Check validated the geometry
			}
		}
	}
}
