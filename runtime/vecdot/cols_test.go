package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestColsFloat compares ColsFloat, on every implementation, and its
// reference with the float64 products, for vector counts around the
// kernels' eight, column counts around their 8 or 16 columns and blocks of
// several, and rows with gaps after them: every result is within float32
// rounding of the sum (as TestFloatRows bounds it), and nothing is written
// between the vectors' outputs or around them.
func TestColsFloat(t *testing.T) {
	for _, im := range impls() {
		r := rand.New(rand.NewPCG(51, 52))
		for _, typ := range []quant.Type{quant.F32, quant.F16} {
			for _, md := range []mode{random, extreme} {
				for _, n := range []int{1, 3, 7, 8, 9, 17} {
					for _, cols := range []int{1, 15, 16, 17, 48, 64, 100} {
						k := []int{1, 5, 64, 129}[r.IntN(4)]
						testColsFloat(t, im, r, typ, md, n, cols, k)
					}
				}
			}
		}
	}
	w := make([]byte, 4*16)
	if err := ColsFloat(make([]float32, 8), 2, quant.F16, w, 8, 4, make([]float32, 4), 2); err == nil {
		t.Error("stride below the column count: no error")
	}
	if err := ColsFloat(make([]float32, 7), 4, quant.F16, w, 8, 4, make([]float32, 4), 2); err == nil {
		t.Error("short dst: no error")
	}
	if err := ColsFloat(make([]float32, 8), 4, quant.F16, w, 6, 4, make([]float32, 4), 2); err == nil {
		t.Error("rows shorter than the columns: no error")
	}
	if err := ColsFloat(make([]float32, 8), 4, quant.F32, w, 16, 4, make([]float32, 10), 2); err == nil {
		t.Error("weights shorter than the rows: no error")
	}
	if err := ColsFloat(make([]float32, 8), 4, quant.BF16, w, 8, 4, make([]float32, 4), 2); err == nil {
		t.Error("BF16: no error")
	}
}

// TestColsFloatLastColumns checks that the columns past the kernels' last
// whole vector come out as the kernels compute them, to the bit: each
// column of a product over 17 … 31 columns equals the same column of the
// product over 32. (AVX2 takes them as part of one more vector of columns
// ending at the last; plain Go would round differently.)
func TestColsFloatLastColumns(t *testing.T) {
	const n, k, all = 7, 129, 32
	for _, im := range impls() {
		r := rand.New(rand.NewPCG(53, 54))
		for _, typ := range []quant.Type{quant.F32, quant.F16} {
			rowBytes := all * typ.TypeSize()
			w, _ := floatRow(r, typ, k*all, random)
			x := randFloats(r, n*k)
			want := make([]float32, n*all)
			if err := im.colsFloat(want, all, typ, w, rowBytes, all, x, n); err != nil {
				t.Fatal(err)
			}
			for cols := 17; cols < all; cols++ {
				got := make([]float32, n*cols)
				if err := im.colsFloat(got, cols, typ, w, rowBytes, cols, x, n); err != nil {
					t.Fatal(err)
				}
				for j := 0; j < n; j++ {
					for c := 0; c < cols; c++ {
						if g, w := got[j*cols+c], want[j*all+c]; math.Float32bits(g) != math.Float32bits(w) {
							t.Fatalf("%s %s cols=%d: vector %d column %d: %v, %v over %d columns", im.name, typ, cols, j, c, g, w, all)
						}
					}
				}
			}
		}
	}
}

func testColsFloat(t *testing.T, im impl, r *rand.Rand, typ quant.Type, md mode, n, cols, k int) {
	t.Helper()
	es := typ.TypeSize()
	gap := r.IntN(3)
	rowBytes := (cols + gap) * es
	w, wv := floatRow(r, typ, k*(cols+gap), md)
	w = w[:(k-1)*rowBytes+cols*es] // the last row ends at its last column
	x := randFloats(r, n*k)
	stride := cols + 2
	dst, check := guarded(t, (n-1)*stride+cols)
	if err := im.colsFloat(dst, stride, typ, w, rowBytes, cols, x, n); err != nil {
		t.Fatal(err)
	}
	check()
	ref := make([]float32, n*cols)
	if typ == quant.F32 {
		colsF32(ref, cols, w, rowBytes, cols, x, n, k)
	} else {
		colsF16(ref, cols, w, rowBytes, cols, x, n, k)
	}
	for j := 0; j < n; j++ {
		for c := 0; c < cols; c++ {
			var s, abs float64
			for i := 0; i < k; i++ {
				p := wv[i*(cols+gap)+c] * float64(x[j*k+i])
				s += p
				abs += math.Abs(p)
			}
			bound := 2 * float64(k+16) * 0x1p-24 * abs
			for name, got := range map[string]float32{im.name: dst[j*stride+c], "reference": ref[j*cols+c]} {
				if d := math.Abs(float64(got) - s); !(d <= bound) {
					t.Fatalf("%s %s n=%d cols=%d k=%d: vector %d column %d: %s %v, exact %v, |diff| %g > %g", typ, md, n, cols, k, j, c, name, got, s, d, bound)
				}
			}
		}
		if j < n-1 {
			for c := cols; c < stride; c++ {
				if math.Float32bits(dst[j*stride+c]) != math.Float32bits(sentinel) {
					t.Fatalf("%s %s: value between vectors %d and %d overwritten", im.name, typ, j, j+1)
				}
			}
		}
	}
}
