package kernels

import (
	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// blockFloats is how many dequantized weights a product keeps in one
// thread's scratch at a time: a block of whole rows (at least two), small
// enough to stay in the level-1/2 cache while it is used.
const blockFloats = 16384

// rowAlign is the multiple of rows the products hand to one thread at a
// time (see Pool.run).
const rowAlign = 8

// alignOf is the row multiple w's products split at: vecdot.GroupRows for
// an interleaved matrix (whose kernels take whole groups), else rowAlign.
func alignOf(w Matrix) int {
	if w.Interleaved != nil {
		return vecdot.GroupRows
	}
	return rowAlign
}

// blockRows returns how many rows of cols values a scratch block holds.
func blockRows(cols int) int { return max(2, blockFloats/cols) }

// MatVec is (*Pool).MatVec on the calling goroutine alone.
func MatVec(dst []float32, w Matrix, x []float32) { (*Pool)(nil).MatVec(dst, w, x) }

// MatVec computes, for every row r < w.Rows,
//
//	dst[r] = Σ_{c < w.Cols} W[r][c] · x[c]
//
// F32, F16 and BF16 weights are multiplied in place (SIMD where the CPU has
// it). Other types follow the pool's Products: Quantized converts x once to
// the weight type's vec-dot type and takes llama.cpp's integer block
// products (runtime/vecdot); Exact (and a nil pool) dequantizes W to float32
// a block of rows at a time and sums as dotRows does. Rows are split over p's threads. It allocates nothing on a
// Pool (on a nil pool, its operands and one block of scratch). dst needs
// w.Rows values and x w.Cols.
func (p *Pool) MatVec(dst []float32, w Matrix, x []float32) { p.matVec(dst, w, x, nil) }

// matVec is MatVec; with up (w.Cols values) on the quantized path, x is
// first replaced by SwiGLU(x, up) row by row as it is quantized (see
// MatMulSwiGLU; the caller has checked the path).
func (p *Pool) matVec(dst []float32, w Matrix, x, up []float32) {
	_ = dst[w.Rows-1]
	_ = x[w.Cols-1]
	o := p.begin()
	o.dst, o.w, o.x, o.rb = dst, w, x, w.RowBytes()
	fn := matVecTask
	switch {
	case floatDirect(w.Type):
		fn = matVecFloatTask
	case p.quantizedFor(w.Type):
		o.actUp = up
		p.quantizeRows(o, w.Type, x, 1, w.Cols)
		fn = matVecQuantTask
	}
	p.run(o, fn, w.Rows, w.Rows*w.Cols, alignOf(w), shares)
}

func matVecTask(o *opArgs, lo, hi, thread int) {
	matVecRows(o.dst, o.w, o.x, lo, hi, o.pool, thread)
}

func matVecRows(dst []float32, w Matrix, x []float32, lo, hi int, p *Pool, thread int) {
	cols := w.Cols
	if w.Type == quant.F32 {
		if all, ok := f32View(w.Data); ok {
			dotRows(dst[lo:hi], all[lo*cols:hi*cols], cols, x)
			return
		}
	}
	br := blockRows(cols)
	buf := p.floats(thread, br*cols)
	for r := lo; r < hi; r += br {
		nr := min(br, hi-r)
		w.dequantizeRows(buf[:nr*cols], r, nr)
		dotRows(dst[r:r+nr], buf[:nr*cols], cols, x)
	}
}

// MatMul is (*Pool).MatMul on the calling goroutine alone.
func MatMul(dst []float32, w Matrix, x []float32, n int) { (*Pool)(nil).MatMul(dst, w, x, n) }

// MatMul computes the product for n tokens at once: x holds n rows of w.Cols
// values and dst n rows of w.Rows values, and for every token t and row r
//
//	dst[t·w.Rows + r] = Σ_{c < w.Cols} W[r][c] · x[t·w.Cols + c]
//
// equal to the bit to MatVec on each token, with the same choice of product,
// except on six tokens or more for float weights (F32, F16, BF16), which take
// vecdot.RowsFloatTokens' tiles where the CPU has them, and for Q8_0, Q4_0,
// Q5_0, Q4_K and Q6_K weights with Quantized products where vecdot has tile
// kernels
// (vecdot.HasGEMM), which sum each row's blocks in order with fused
// multiply-adds, as llama.cpp's CPU backend does: those agree with MatVec's
// results up to the order of the float32 additions, not bit for bit (and are
// the same whatever the pool's thread count).
// It works in tiles: a block of weight rows (dequantized once into a
// thread's scratch on the exact path; read in place otherwise) is multiplied
// by every token of a block of tokens while both stay in cache, and
// activations are quantized once per token for the whole product, so a
// prefill reads the weights once per token block rather than once per token.
// Row blocks are split over p's threads. It allocates nothing on a Pool once
// its buffers have grown to the largest product.
func (p *Pool) MatMul(dst []float32, w Matrix, x []float32, n int) { p.matMul(dst, w, x, nil, n) }

// MatMulSwiGLU computes gate = SwiGLU(gate, up) (n rows of w.Cols values
// each; gate is overwritten) and then MatMul(dst, w, gate, n): the FFN's
// down projection applied to its activation. The results are those of
// SwiGLU followed by MatMul, to the bit; with Quantized products on
// quantized weights the activation is formed row by row while it is
// quantized for the product, which saves one pass over it and one
// operation of the pool (a dispatch to the threads and a wait for them) per
// call. It allocates nothing on a Pool once its buffers have grown.
func (p *Pool) MatMulSwiGLU(dst []float32, w Matrix, gate, up []float32, n int) {
	if n <= 0 {
		return
	}
	gate, up = gate[:n*w.Cols], up[:n*w.Cols]
	if floatDirect(w.Type) || !p.quantizedFor(w.Type) {
		p.SwiGLU(gate, gate, up)
		p.MatMul(dst, w, gate, n)
		return
	}
	p.matMul(dst, w, gate, up, n)
}

// matMul is MatMul, with MatMulSwiGLU's up on the quantized path (nil: none).
func (p *Pool) matMul(dst []float32, w Matrix, x, up []float32, n int) {
	if n <= 0 {
		return
	}
	_ = dst[n*w.Rows-1]
	_ = x[n*w.Cols-1]
	if n == 1 {
		p.matVec(dst, w, x, up)
		return
	}
	o := p.begin()
	o.dst, o.w, o.x, o.n, o.rb = dst, w, x, n, w.RowBytes()
	o.prods[0], o.nProds = prod{dst: dst, w: w, rb: o.rb}, 1
	fn := matMulTask
	switch {
	case floatDirect(w.Type):
		fn = matMulFloatTask
	case p.quantizedFor(w.Type):
		o.actUp = up
		p.quantizeRows(o, w.Type, x, n, w.Cols)
		fn = matMulQuantTokensTask
	}
	p.run(o, fn, w.Rows, n*w.Rows*w.Cols, alignOf(w), guided)
}

func matMulTask(o *opArgs, lo, hi, thread int) {
	matMulRows(o.dst, o.w, o.x, o.n, lo, hi, o.pool, thread)
}

func matMulRows(dst []float32, w Matrix, x []float32, n, lo, hi int, p *Pool, thread int) {
	rows, cols := w.Rows, w.Cols
	var all []float32
	view := false
	if w.Type == quant.F32 {
		all, view = f32View(w.Data)
	}
	br := blockRows(cols)
	var buf []float32
	if !view {
		buf = p.floats(thread, br*cols)
	}
	for r := lo; r < hi; r += br {
		nr := min(br, hi-r)
		var block []float32
		if view {
			block = all[r*cols : (r+nr)*cols]
		} else {
			block = buf[:nr*cols]
			w.dequantizeRows(block, r, nr)
		}
		for t := 0; t < n; t++ {
			dotRows(dst[t*rows+r:t*rows+r+nr], block, cols, x[t*cols:(t+1)*cols])
		}
	}
}

// dequantizeRows writes rows [r, r+nr) of m, as float32, into dst
// (nr·m.Cols values).
func (m Matrix) dequantizeRows(dst []float32, r, nr int) {
	rb := m.RowBytes()
	dequantize(dst[:nr*m.Cols], m.Type, m.Data[r*rb:(r+nr)*rb])
}
