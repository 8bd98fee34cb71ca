package kernels

import (
	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// Products selects how a Pool multiplies quantized weights by activations.
type Products int

const (
	// Quantized products are llama.cpp's: each activation row is first
	// converted once to the weight type's vec-dot type (Q8_0, Q8_1 or Q8_K;
	// quant.VecDotType) and every weight row is multiplied by it with exact
	// integer sums per block (runtime/vecdot, SIMD where the CPU has it). The
	// weights are read in place, never dequantized. Results match llama.cpp's
	// CPU backend to float32 rounding.
	Quantized Products = iota
	// Exact products dequantize the weights to float32 and multiply them by
	// float32 activations: the float64 reference to about 1e-5, several
	// times slower on quantized weights.
	Exact
)

// String returns "quantized" or "exact".
func (k Products) String() string {
	if k == Exact {
		return "exact"
	}
	return "quantized"
}

// floatDirect reports whether weights of type t are multiplied in place by
// vecdot's SIMD float product (F32, F16, BF16 on a CPU that has one), in
// both modes: it converts each weight exactly and sums in float32, so it is
// as exact as dequantizing first.
func floatDirect(t quant.Type) bool {
	return simdFloat && (t == quant.F32 || t == quant.F16 || t == quant.BF16)
}

// quantizedFor reports whether p multiplies weights of type t with quantized
// activations.
func (p *Pool) quantizedFor(t quant.Type) bool {
	return p != nil && p.products == Quantized && vecdot.Supported(t)
}

// quantizeRows converts n activation rows of cols values (x) to t's vec-dot
// type into the pool's activation buffer and sets o.act and o.actRow. It runs
// as the first phase of o's operation, the rows split over the threads when
// there are several. For gemmMinTokens tokens or more of weights with a
// vecdot tile kernel (vecdot.HasGEMM), the same phase packs them for
// vecdot.RowsPacked into o.packed (nil otherwise), 16-token group by group.
func (p *Pool) quantizeRows(o *opArgs, t quant.Type, x []float32, n, cols int) {
	at, _ := quant.VecDotType(t)
	rb, err := at.RowSize(cols)
	if err != nil {
		panic("kernels: " + err.Error()) // Matrix.Check validated cols
	}
	ps := 0
	if n >= gemmMinTokens && vecdot.HasGEMM(t) {
		ps = vecdot.PackedSize(t, cols, n)
	}
	if cap(p.act) < n*rb+ps {
		p.act = make([]byte, n*rb+ps)
	}
	o.act, o.actRow, o.actType, o.actCols, o.actSrc = p.act[:n*rb], rb, at, cols, x
	if ps == 0 {
		o.packed = nil
		p.phase(o, quantizeTask, n, n*cols*4, 1, guided)
		return
	}
	o.packed, o.packType = p.act[n*rb:n*rb+ps], t
	p.phase(o, quantizePackTask, (n+packGroup-1)/packGroup, n*cols*5, 1, guided)
}

// matMulSharedSplit runs MatMulShared on the matrices of outs[0]'s type and
// on the others apart, in their order, and reports whether it did: not
// when either part would be empty or outs is longer than maxShared.
func (p *Pool) matMulSharedSplit(x []float32, n int, outs []Out) bool {
	if len(outs) > maxShared {
		return false
	}
	var first, rest [maxShared]Out
	nf, nr := 0, 0
	for _, out := range outs {
		if out.W.Type == outs[0].W.Type {
			first[nf], nf = out, nf+1
		} else {
			rest[nr], nr = out, nr+1
		}
	}
	if nf < 2 || nr == 0 {
		return false
	}
	p.MatMulShared(x, n, first[:nf]...)
	p.MatMulShared(x, n, rest[:nr]...)
	return true
}

// gemmMinTokens is the fewest tokens a product packs its activations for:
// below it vecdot.RowsTokens, which has no 16-token groups to fill, is
// faster (on 64 rows of 1536 values with AVX512-VNNI, packing included: 4
// tokens 0.75 times as fast, 6 tokens 1.5 times, 12 tokens 2.6 times).
const gemmMinTokens = 6

// packGroup is the token group of vecdot's packed activations: token blocks
// of a packed product start at multiples of it.
const packGroup = 16

// gemmTokenBlock is the token block of a packed product: four of the tile
// kernels' 32-token tiles, so that the Q8_0 kernel's per-row-tile prepass
// serves 128 tokens (measured with one thread, 128 tokens, CPU time, on the
// 0.5B shapes: Q8_0 896×896 and 4864×896 about 1.15 times as fast as blocks
// of 32, Q4_0 the same within noise).
const gemmTokenBlock = 128

func quantizeTask(o *opArgs, lo, hi, _ int) {
	rb, c := o.actRow, o.actCols
	for r := lo; r < hi; r++ {
		src := o.actSrc[r*c : (r+1)*c]
		if o.actUp != nil {
			SwiGLU(src, src, o.actUp[r*c:(r+1)*c])
		}
		if err := vecdot.QuantizeActivations(o.actType, src, o.act[r*rb:(r+1)*rb]); err != nil {
			panic("kernels: " + err.Error())
		}
	}
}

// quantizePackTask quantizes the tokens of the token groups [lo, hi) into
// o.act and packs them into o.packed.
func quantizePackTask(o *opArgs, lo, hi, thread int) {
	gb := vecdot.PackedSize(o.packType, o.actCols, packGroup)
	t0, t1 := lo*packGroup, min(o.n, hi*packGroup)
	quantizeTask(o, t0, t1, thread)
	err := vecdot.PackTokens(o.packed[lo*gb:hi*gb], o.packType, o.act[t0*o.actRow:t1*o.actRow], o.actCols, t1-t0)
	if err != nil {
		panic("kernels: " + err.Error())
	}
}

func matVecQuantTask(o *opArgs, lo, hi, _ int) {
	w := o.w
	rb := o.rb
	if w.Interleaved != nil {
		interleavedRows(o.dst[lo:hi], w, rb, lo, hi, o.act)
		return
	}
	if err := vecdot.Rows(o.dst[lo:hi], w.Type, w.Data[lo*rb:hi*rb], rb, o.act); err != nil {
		panic("kernels: " + err.Error())
	}
}

// interleavedRows is the one-token product of rows [lo, hi) of w (rows of rb
// bytes) on its interleaved copy.
func interleavedRows(dst []float32, w Matrix, rb, lo, hi int, act []byte) {
	if err := vecdot.RowsInterleaved(dst, w.Type, w.Interleaved[lo*rb:hi*rb], rb, act); err != nil {
		panic("kernels: " + err.Error())
	}
}

func matVecFloatTask(o *opArgs, lo, hi, _ int) {
	w := o.w
	rb := o.rb
	if err := vecdot.RowsFloat(o.dst[lo:hi], w.Type, w.Data[lo*rb:hi*rb], rb, o.x[:w.Cols]); err != nil {
		panic("kernels: " + err.Error())
	}
}

// tileBytes bounds the weight bytes of one row block of a tiled product (it
// stays in the level-1 cache while every token of a token block passes over
// it), and actBlockBytes the activation bytes of one token block (they stay
// in the level-2 cache while the row blocks pass).
const (
	tileBytes     = 24 << 10
	actBlockBytes = 768 << 10
)

// floatTileRows is how many float weight rows one vecdot.RowsFloatTokens
// call of a tiled product takes: 1,024 values of each (the part its tiles
// take at a time) stay in the level-2 cache while all the tokens pass.
const floatTileRows = 128

// maxShared is how many matrices one MatMulShared may multiply.
const maxShared = 4

// prod is one matrix of an operation and its output.
type prod struct {
	dst []float32
	w   Matrix
	rb  int // w.RowBytes()
}

// matMulTiled runs rows [lo, hi) of pr's n-token product in tiles. With
// quantized activations: for each block of tokens whose activations fit in
// the level-2 cache (packed ones: gemmTokenBlock tokens), for each block of
// weight rows that fits in the level-1 cache, one row-block product for the
// whole token block (vecdot.RowsPacked on packed activations, else
// vecdot.RowsTokens). With float weights: for each block of floatTileRows
// rows, one vecdot.RowsFloatTokens product over all the tokens (it keeps a
// few tokens' activations in the level-1 cache while the block's weights, in
// the level-2 cache, pass; F16 and BF16 weights are converted to float32
// once, 1,024 values of each row at a time, into the thread's scratch).
func matMulTiled(o *opArgs, pr *prod, lo, hi int, quantized bool, thread int) {
	n, w, rb := o.n, pr.w, pr.rb
	if !quantized {
		var scratch []float32 // F16 and BF16 weights converted once for all the tokens
		if w.Type != quant.F32 {
			scratch = o.pool.floats(thread, min(floatTileRows, hi-lo)*min(1024, w.Cols))
		}
		for r := lo; r < hi; r += floatTileRows {
			nr := min(floatTileRows, hi-r)
			err := vecdot.RowsFloatTokens(pr.dst[r:], w.Rows, w.Type, w.Data[r*rb:(r+nr)*rb], rb, nr, o.x[:n*w.Cols], n, scratch)
			if err != nil {
				panic("kernels: " + err.Error())
			}
		}
		return
	}
	if n == 1 && w.Interleaved != nil {
		interleavedRows(pr.dst[lo:hi], w, rb, lo, hi, o.act)
		return
	}
	actRow := o.actRow
	br := max(rowAlign, tileBytes/rb/rowAlign*rowAlign)
	var tile []byte // an interleaved matrix's row block, copied back to rows
	if w.Interleaved != nil {
		br = (br + vecdot.GroupRows - 1) / vecdot.GroupRows * vecdot.GroupRows
		tile = o.pool.rowBuf(thread, min(br, hi-lo)*rb)
	}
	if n == 1 {
		// One token (a decoding step) reuses no weight block: the whole
		// range in one call lets the kernel stream it (the AVX-512 ones
		// split it into eight sequential runs, which row blocks of a
		// tile's size would cut into runs of a few rows).
		br = hi - lo
	}
	bt := max(1, min(n, actBlockBytes/max(1, actRow)))
	packed := o.packed != nil
	var gb int // packed bytes per token group
	if packed {
		bt = gemmTokenBlock
		gb = vecdot.PackedSize(w.Type, w.Cols, packGroup)
	}
	product := func(t0, r, nr int, dw []byte) {
		t1 := min(n, t0+bt)
		if packed {
			g0, g1 := t0/packGroup, (t1+packGroup-1)/packGroup
			err := vecdot.RowsPacked(pr.dst[t0*w.Rows+r:], w.Rows, w.Type, dw, rb, nr, o.packed[g0*gb:g1*gb], t1-t0)
			if err != nil {
				panic("kernels: " + err.Error())
			}
			return
		}
		// The whole token block at once: vecdot decodes the weights once
		// per few tokens; each result equals Rows' to the bit.
		err := vecdot.RowsTokens(pr.dst[t0*w.Rows+r:], w.Rows, w.Type, dw, rb, nr, o.act[t0*actRow:t1*actRow], t1-t0)
		if err != nil {
			panic("kernels: " + err.Error())
		}
	}
	if tile != nil {
		// An interleaved matrix (qwen2.LoadWith's default, whose file
		// pages are no longer read): each row block is copied back to rows
		// once, and every token block passes over it while it is in cache.
		for r := lo; r < hi; r += br {
			nr := min(br, hi-r)
			dw := tile[:nr*rb]
			if err := vecdot.DeinterleaveRows(dw, w.Type, w.Interleaved, rb, r); err != nil {
				panic("kernels: " + err.Error())
			}
			for t0 := 0; t0 < n; t0 += bt {
				product(t0, r, nr, dw)
			}
		}
		return
	}
	for t0 := 0; t0 < n; t0 += bt {
		for r := lo; r < hi; r += br {
			nr := min(br, hi-r)
			product(t0, r, nr, w.Data[r*rb:(r+nr)*rb])
		}
	}
}

func matMulSharedQuantTask(o *opArgs, lo, hi, thread int) { sharedTask(o, lo, hi, true, thread) }

func matMulFloatTask(o *opArgs, lo, hi, thread int) { sharedTask(o, lo, hi, false, thread) }

// sharedTask runs rows [lo, hi) of the concatenated rows of o's matrices.
func sharedTask(o *opArgs, lo, hi int, quantized bool, thread int) {
	start := 0
	for i := 0; i < o.nProds; i++ {
		pr := &o.prods[i]
		end := start + pr.w.Rows
		if a, b := max(lo, start), min(hi, end); a < b {
			matMulTiled(o, pr, a-start, b-start, quantized, thread)
		}
		start = end
	}
}

// Out is one product of MatMulShared: Dst = W · x for every token.
type Out struct {
	Dst []float32 // the results: n rows of W.Rows values, token after token
	W   Matrix    // the weights; W.Cols is the width of x's rows
}

// MatMulShared computes MatMul(out.Dst, out.W, x, n) for up to four matrices
// that multiply the same activations x (a layer's query, key and value
// projections; an FFN's gate and up projections) as one operation: x is
// quantized once, and the threads split the rows of all the matrices
// together, so that a decoding step waits for its threads once instead of
// once per matrix. The results equal separate MatMul calls to the bit.
// Matrices of different kinds (another activation type, Exact products, or,
// from gemmMinTokens tokens on, different types packed for vecdot's tile
// kernels) are split into the matrices of the first one's type and the
// others, each shared again (a prefill's Q5_0 query and key with a Q8_0
// value: one operation for the first two; a decoding step's are one), or
// else take separate calls. It allocates nothing on a Pool.
func (p *Pool) MatMulShared(x []float32, n int, outs ...Out) {
	if n <= 0 || len(outs) == 0 {
		return
	}
	same, quantized, rows, align := p.sharedKind(x, n, outs)
	cols, t0 := outs[0].W.Cols, outs[0].W.Type
	if !same {
		if p.matMulSharedSplit(x, n, outs) {
			return
		}
		for _, out := range outs {
			p.MatMul(out.Dst, out.W, x, n)
		}
		return
	}
	o := p.begin()
	o.x, o.n, o.nProds = x, n, len(outs)
	for i, out := range outs {
		o.prods[i] = prod{dst: out.Dst, w: out.W, rb: out.W.RowBytes()}
	}
	fn := matMulFloatTask
	if quantized {
		p.quantizeRows(o, t0, x, n, cols)
		fn = matMulSharedQuantTask
	}
	p.run(o, fn, rows, n*rows*cols, align, scheduleFor(n))
}

// sharedKind reports whether MatMulShared runs outs as one operation
// (same), whether the products are then quantized, the matrices' rows in
// all and the multiple of rows the threads split them at. It checks the
// lengths of x and of the destinations for n tokens (n > 0, outs not empty).
func (p *Pool) sharedKind(x []float32, n int, outs []Out) (same, quantized bool, rows, align int) {
	cols, t0 := outs[0].W.Cols, outs[0].W.Type
	at0, _ := quant.VecDotType(t0)
	quantized = p.quantizedFor(t0)
	float := floatDirect(t0)
	same = len(outs) <= maxShared && (quantized || float)
	align = rowAlign
	for _, out := range outs {
		if out.W.Interleaved != nil {
			align = vecdot.GroupRows
		}
	}
	for i, out := range outs {
		t := out.W.Type
		at, _ := quant.VecDotType(t)
		packs := n >= gemmMinTokens && (vecdot.HasGEMM(t) || vecdot.HasGEMM(t0)) // see quantizeRows
		if out.W.Cols != cols || p.quantizedFor(t) != quantized || floatDirect(t) != float || (quantized && at != at0) ||
			(packs && t != t0) {
			same = false
		}
		if i < len(outs)-1 && out.W.Rows%align != 0 && (float || align != rowAlign) {
			// The next matrix would start inside a group of align rows:
			// the thread split would choose which of its rows the float
			// tiles take (see matMulTiled), or cut an interleaved group.
			same = false
		}
		_ = out.Dst[n*out.W.Rows-1]
		rows += out.W.Rows
	}
	_ = x[n*cols-1]
	return same, quantized, rows, align
}
