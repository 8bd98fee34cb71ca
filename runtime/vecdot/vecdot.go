package vecdot

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// quantRows computes dst[r] = dot(w[r·rowBytes:], act) over nb blocks for
// every r < len(dst). The caller has checked every length.
type quantRows func(dst []float32, w []byte, rowBytes int, act []byte, nb int)

// quantRows4 is quantRows for four activation rows at once, actStride bytes
// apart: dst[k·dstStride + r] for token k < 4 and row r < rows.
type quantRows4 func(dst []float32, dstStride int, w []byte, rowBytes, rows int, act []byte, actStride, nb int)

// floatRows is quantRows for float weights: n values per row.
type floatRows func(dst []float32, w []byte, rowBytes int, x []float32, n int)

// impl is one complete set of products; see Impl.
type impl struct {
	name  string
	quant [numTypes]quantRows // by weight type; nil where unsupported
	float [numTypes]floatRows
	act   [numTypes]quantAct // by activation type
	// quant4 has four-token kernels for some weight types (nil elsewhere:
	// RowsTokens then takes one token at a time), quant8 eight-token ones
	// (taken first where present).
	quant4, quant8 [numTypes]quantRows4
	// floatTile has several-token kernels for float weights (zero
	// elsewhere: RowsFloatTokens then takes one token at a time).
	floatTile [numTypes]floatTile
	// widen converts F16 or BF16 values to float32 (n a multiple of 8);
	// nil elsewhere.
	widen [numTypes]func(dst *float32, src *byte, n int)
	// cols has column kernels (ColsFloat) by weight type and vector count
	// (index 0 unused; nil where there are none), colsLanes columns at a
	// time.
	cols       [numTypes][maxColsVectors + 1]colsKernel
	colsLanes  int
	colsMasked bool // the column kernels take any column count
	// expSum and maxK are softmax's kernels (ExpShiftSum, Max), colsLanes
	// values at a time; nil without SIMD.
	expSum func(x *float32, n int, m float32) float32
	maxK   func(x *float32, n int) float32
	// sumSq, mulScaled, add, addScaled, scale, rot and maxNum are
	// vector.go's kernels (SumSquares, MulScaled, Add, AddScaled,
	// ScaleInto, Rotate, MaxNumber); nil without SIMD.
	sumSq     func(x *float32, n int) float64
	mulScaled func(dst, x, w *float32, n int, s float32)
	add       func(dst, x *float32, n int)
	addScaled func(dst, x *float32, n int, s float32)
	scale     func(dst, x *float32, n int, s float32)
	rot       func(a, b, cos, sin *float32, n int)
	maxNum    func(x *float32, n int) float32
	// gemm has tile kernels over packed activations (RowsPacked) for some
	// weight types; nil elsewhere (RowsPacked then runs the reference).
	gemm [numTypes]gemmRows
	pack packFunc // PackTokens' loop; nil: packTokensGo
	// swiglu is SwiGLU's kernel (16 values at a time; it returns the values
	// done), nil without AVX512.
	swiglu func(dst, gate, up *float32, n int) int
	// inter has one-token kernels for interleaved weights (RowsInterleaved;
	// groupBytes in place of rowBytes), nil where there are none.
	inter [numTypes]quantRows
	// deinter copies whole groups back out of the interleaved layout
	// (DeinterleaveRows); nil: moveGroups.
	deinter [numTypes]func(dst, iw *byte, nb, groups, rowBytes int)
}

// numTypes bounds the ggml type ids the tables are indexed by (BF16 is 30).
const numTypes = 32

func (m *impl) quantFor(t quant.Type) quantRows {
	if t >= numTypes {
		return nil
	}
	return m.quant[t]
}

func (m *impl) floatFor(t quant.Type) floatRows {
	if t >= numTypes {
		return nil
	}
	return m.float[t]
}

// Supported reports whether Rows accepts weights of type t: Q4_0, Q4_1,
// Q5_0, Q5_1, Q8_0, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, IQ4_NL and IQ4_XS (the
// last two in plain Go on every CPU).
func Supported(t quant.Type) bool { return generic.quantFor(t) != nil }

// SupportedFloat reports whether RowsFloat accepts weights of type t: F32,
// F16 and BF16.
func SupportedFloat(t quant.Type) bool { return generic.floatFor(t) != nil }

// Impl names the implementation chosen for this CPU at start-up: "avx512"
// (avx2+vnni with 512-bit Q8_0, Q4_0 and Q5_0 kernels: AVX512F, BW, VL and
// VNNI), "avx2+vnni" (avx2 with AVX512-VNNI on 256-bit registers for the
// 32-value formats), "avx2" (AVX2, FMA and F16C), on arm64 "neon+dotprod"
// (neon with SDOT, ARMv8.2's dotprod) or "neon" (ASIMD: the products of
// every type, float tiles and the Q8_0 activation quantizer), or "generic" (plain Go; always with the purego build tag and
// on other architectures).
func Impl() string { return active.name }

// Rows computes one output per weight row: for r < len(dst),
//
//	dst[r] = dot(w[r·rowBytes : (r+1)·rowBytes], act)
//
// where each weight row holds n values of type t (rowBytes = t.RowSize(n))
// and act is one activation row of n values already converted to
// quant.VecDotType(t) by quant.QuantizeActivations. The dot product is
// llama.cpp's ggml_vec_dot_<t>_<vec dot type> (see the ref_*.go files for the
// exact loops). It reads len(dst)·rowBytes weight bytes once, allocates
// nothing and is safe for concurrent use; it returns an error, writing
// nothing, when t is not Supported or a length does not fit.
func Rows(dst []float32, t quant.Type, w []byte, rowBytes int, act []byte) error {
	return active.rows(dst, t, w, rowBytes, act)
}

// rows is Rows on implementation m.
func (m *impl) rows(dst []float32, t quant.Type, w []byte, rowBytes int, act []byte) error {
	f := m.quantFor(t)
	if f == nil {
		return fmt.Errorf("vecdot: no quantized product for %s weights", t)
	}
	g := &geometry[t] // t < numTypes: m.quantFor(t) != nil
	if rowBytes <= 0 || rowBytes%g.typeSize != 0 {
		return fmt.Errorf("vecdot: %s row of %d bytes is not a whole number of %d-byte blocks", t, rowBytes, g.typeSize)
	}
	nb := rowBytes / g.typeSize
	if want := nb * g.actSize; len(act) != want {
		at, _ := quant.VecDotType(t)
		return fmt.Errorf("vecdot: %s rows of %d values need %d bytes of %s activations, got %d", t, nb*t.BlockSize(), want, at, len(act))
	}
	if len(w) < len(dst)*rowBytes {
		return fmt.Errorf("vecdot: %d %s rows of %d bytes need %d bytes of weights, got %d", len(dst), t, rowBytes, len(dst)*rowBytes, len(w))
	}
	if len(dst) > 0 {
		f(dst, w, rowBytes, act, nb)
	}
	return nil
}

// RowsTokens is Rows for n activation rows (tokens) at once: for every
// token k < n and row r < rows,
//
//	dst[k·dstStride + r] = dot(w[r·rowBytes : (r+1)·rowBytes], act_k)
//
// where act_k = acts[k·len(acts)/n : (k+1)·len(acts)/n] is token k's row
// converted by QuantizeActivations. Each result equals Rows' for that token
// bit for bit; for some types (Q4_K, Q5_K, Q6_K on amd64, and Q8_0, Q4_0 and
// Q5_0 where Impl is not "avx512") the weights are decoded once for four
// tokens (the K formats with AVX-512: eight), which makes a prefill up to
// twice as fast as n calls of Rows (PackTokens and RowsPacked, where
// HasGEMM, are faster still, though not bit for bit equal to Rows).
// dstStride must be at least rows. It
// allocates nothing, is safe for concurrent use, and returns an error,
// writing nothing, when t is not Supported or a length does not fit.
func RowsTokens(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, rows int, acts []byte, n int) error {
	return active.rowsTokens(dst, dstStride, t, w, rowBytes, rows, acts, n)
}

// rowsTokens is RowsTokens on implementation m.
func (m *impl) rowsTokens(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, rows int, acts []byte, n int) error {
	f := m.quantFor(t)
	if f == nil {
		return fmt.Errorf("vecdot: no quantized product for %s weights", t)
	}
	if rows < 0 || n < 0 || dstStride < rows {
		return fmt.Errorf("vecdot: %d rows, %d tokens, destination stride %d", rows, n, dstStride)
	}
	if n == 0 || rows == 0 {
		return nil
	}
	g := &geometry[t]
	if rowBytes <= 0 || rowBytes%g.typeSize != 0 {
		return fmt.Errorf("vecdot: %s row of %d bytes is not a whole number of %d-byte blocks", t, rowBytes, g.typeSize)
	}
	nb := rowBytes / g.typeSize
	ab := nb * g.actSize
	if len(acts) != n*ab {
		return fmt.Errorf("vecdot: %d tokens of %s rows of %d blocks need %d bytes of activations, got %d", n, t, nb, n*ab, len(acts))
	}
	if len(w) < rows*rowBytes {
		return fmt.Errorf("vecdot: %d %s rows of %d bytes need %d bytes of weights, got %d", rows, t, rowBytes, rows*rowBytes, len(w))
	}
	if len(dst) < (n-1)*dstStride+rows {
		return fmt.Errorf("vecdot: %d tokens of %d rows at stride %d need %d outputs, got %d", n, rows, dstStride, (n-1)*dstStride+rows, len(dst))
	}
	k := 0
	if f8 := m.quant8[t]; f8 != nil {
		for ; k+8 <= n; k += 8 {
			f8(dst[k*dstStride:], dstStride, w, rowBytes, rows, acts[k*ab:], ab, nb)
		}
	}
	if f4 := m.quant4[t]; f4 != nil {
		for ; k+4 <= n; k += 4 {
			f4(dst[k*dstStride:], dstStride, w, rowBytes, rows, acts[k*ab:], ab, nb)
		}
	}
	for ; k < n; k++ {
		f(dst[k*dstStride:k*dstStride+rows], w, rowBytes, acts[k*ab:(k+1)*ab], nb)
	}
	return nil
}

// RowsFloat is Rows for float weights (F32, F16, BF16) and float32
// activations x (not rounded to t): for r < len(dst),
//
//	dst[r] = Σ_i float32(W[r][i])·x[i]
//
// summed in float32 (the order of the additions is the implementation's).
// Each row holds len(x) values of t in rowBytes = t.RowSize(len(x)) bytes. It
// allocates nothing and is safe for concurrent use; it returns an error,
// writing nothing, when t is not SupportedFloat or a length does not fit.
func RowsFloat(dst []float32, t quant.Type, w []byte, rowBytes int, x []float32) error {
	return active.rowsFloat(dst, t, w, rowBytes, x)
}

// rowsFloat is RowsFloat on implementation m.
func (m *impl) rowsFloat(dst []float32, t quant.Type, w []byte, rowBytes int, x []float32) error {
	f := m.floatFor(t)
	if f == nil {
		return fmt.Errorf("vecdot: no float product for %s weights", t)
	}
	if want := len(x) * geometry[t].typeSize; rowBytes != want || len(x) == 0 {
		return fmt.Errorf("vecdot: %s rows of %d values take %d bytes, got rows of %d", t, len(x), want, rowBytes)
	}
	if len(w) < len(dst)*rowBytes {
		return fmt.Errorf("vecdot: %d %s rows of %d bytes need %d bytes of weights, got %d", len(dst), t, rowBytes, len(dst)*rowBytes, len(w))
	}
	if len(dst) > 0 {
		f(dst, w, rowBytes, x, len(x))
	}
	return nil
}

// geometry caches, by weight type, the block sizes that Rows checks (the
// quant.Type methods look them up in a map, which costs more than a small
// product). Read-only after initialisation.
var geometry = func() (g [numTypes]struct{ typeSize, actSize int }) {
	for t := quant.Type(0); t < numTypes; t++ {
		g[t].typeSize = t.TypeSize()
		if at, ok := quant.VecDotType(t); ok {
			g[t].actSize = at.TypeSize()
		}
	}
	return g
}()

// perRow turns a one-row reference into a quantRows.
func perRow(dot func(w, a []byte, nb int) float32) quantRows {
	return func(dst []float32, w []byte, rowBytes int, act []byte, nb int) {
		for r := range dst {
			dst[r] = dot(w[r*rowBytes:(r+1)*rowBytes], act, nb)
		}
	}
}

// perRowFloat turns a one-row float reference into a floatRows.
func perRowFloat(dot func(w []byte, x []float32, n int) float32) floatRows {
	return func(dst []float32, w []byte, rowBytes int, x []float32, n int) {
		for r := range dst {
			dst[r] = dot(w[r*rowBytes:(r+1)*rowBytes], x, n)
		}
	}
}

// generic is the plain-Go implementation: the references themselves.
var generic = impl{
	name: "generic",
	quant: [numTypes]quantRows{
		quant.Q8_0:   perRow(dotQ8_0),
		quant.Q4_0:   perRow(dotQ4_0),
		quant.Q4_1:   perRow(dotQ4_1),
		quant.Q5_0:   perRow(dotQ5_0),
		quant.Q5_1:   perRow(dotQ5_1),
		quant.Q2_K:   perRow(dotQ2_K),
		quant.Q3_K:   perRow(dotQ3_K),
		quant.Q4_K:   perRow(dotQ4_K),
		quant.Q5_K:   perRow(dotQ5_K),
		quant.Q6_K:   perRow(dotQ6_K),
		quant.IQ4_NL: perRow(dotIQ4_NL),
		quant.IQ4_XS: perRow(dotIQ4_XS),
	},
	float: [numTypes]floatRows{
		quant.F32:  perRowFloat(dotF32),
		quant.F16:  perRowFloat(dotF16),
		quant.BF16: perRowFloat(dotBF16),
	},
	act: [numTypes]quantAct{
		quant.Q8_0: actQ8_0Go,
		quant.Q8_1: actQ8_1Go,
		quant.Q8_K: actQ8_KGo,
	},
}
