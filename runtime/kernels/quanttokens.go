package kernels

// matMulQuantTokensTask runs rows [lo, hi) of a quantized MatMul (o.prods[0])
// in tiles (see matMulTiled): with packed activations each row block is
// multiplied by a whole token block in one vecdot.RowsPacked call (a tile
// kernel: each result equals vecdot.Rows' up to the order of the float32
// additions), otherwise in one vecdot.RowsTokens call, which decodes the
// weights once for four tokens (Q8_0, Q4_0, Q5_0, Q4_K, Q5_K and Q6_K on
// amd64) and equals vecdot.Rows to the bit.
func matMulQuantTokensTask(o *opArgs, lo, hi, thread int) {
	matMulTiled(o, &o.prods[0], lo, hi, true, thread)
}
