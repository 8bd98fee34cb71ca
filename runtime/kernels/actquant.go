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
// there are several.
func (p *Pool) quantizeRows(o *opArgs, t quant.Type, x []float32, n, cols int) {
	at, _ := quant.VecDotType(t)
	rb, err := at.RowSize(cols)
	if err != nil {
		panic("kernels: " + err.Error()) // Matrix.Check validated cols
	}
	if cap(p.act) < n*rb {
		p.act = make([]byte, n*rb)
	}
	o.act, o.actRow, o.actType, o.actCols, o.actSrc = p.act[:n*rb], rb, at, cols, x
	p.phase(o, quantizeTask, n, n*cols*4, 1)
}

func quantizeTask(o *opArgs, lo, hi, _ int) {
	rb, c := o.actRow, o.actCols
	for r := lo; r < hi; r++ {
		if err := vecdot.QuantizeActivations(o.actType, o.actSrc[r*c:(r+1)*c], o.act[r*rb:(r+1)*rb]); err != nil {
			panic("kernels: " + err.Error())
		}
	}
}

func matVecQuantTask(o *opArgs, lo, hi, _ int) {
	w := o.w
	rb := o.rb
	if err := vecdot.Rows(o.dst[lo:hi], w.Type, w.Data[lo*rb:hi*rb], rb, o.act); err != nil {
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

// matMulTiled runs rows [lo, hi) of an n-token product in tiles: for each
// block of tokens whose activations fit in the level-2 cache, for each block
// of weight rows that fits in the level-1 cache, one row-block product per
// token. rowProduct computes dst = W[r:r+nr] · token t.
func matMulTiled(o *opArgs, lo, hi int, actRow int, rowProduct func(o *opArgs, r, nr, t int)) {
	n := o.n
	rb := o.rb
	br := max(rowAlign, tileBytes/rb/rowAlign*rowAlign)
	bt := max(1, min(n, actBlockBytes/max(1, actRow)))
	for t0 := 0; t0 < n; t0 += bt {
		t1 := min(n, t0+bt)
		for r := lo; r < hi; r += br {
			nr := min(br, hi-r)
			for t := t0; t < t1; t++ {
				rowProduct(o, r, nr, t)
			}
		}
	}
}

func matMulQuantTask(o *opArgs, lo, hi, _ int) {
	matMulTiled(o, lo, hi, o.actRow, quantRowBlock)
}

func quantRowBlock(o *opArgs, r, nr, t int) {
	w := o.w
	rb := o.rb
	if err := vecdot.Rows(o.dst[t*w.Rows+r:t*w.Rows+r+nr], w.Type, w.Data[r*rb:(r+nr)*rb], rb, o.act[t*o.actRow:(t+1)*o.actRow]); err != nil {
		panic("kernels: " + err.Error())
	}
}

func matMulFloatTask(o *opArgs, lo, hi, _ int) {
	matMulTiled(o, lo, hi, 4*o.w.Cols, floatRowBlock)
}

func floatRowBlock(o *opArgs, r, nr, t int) {
	w := o.w
	rb, c := o.rb, w.Cols
	if err := vecdot.RowsFloat(o.dst[t*w.Rows+r:t*w.Rows+r+nr], w.Type, w.Data[r*rb:(r+nr)*rb], rb, o.x[t*c:(t+1)*c]); err != nil {
		panic("kernels: " + err.Error())
	}
}
