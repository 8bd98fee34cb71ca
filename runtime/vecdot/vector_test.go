package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestVectorOps checks every implementation's element-wise kernels against
// the plain-Go loops on odd lengths, to the bit, with guard values around
// the outputs, and SumSquares against a float64 sum.
func TestVectorOps(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	sizes := []int{0, 1, 7, 8, 9, 15, 16, 17, 31, 33, 63, 100, 895, 896, 897, 4867}
	for _, im := range impls() {
		for _, n := range sizes {
			x, w, d0 := randFloats(r, n), randFloats(r, n), randFloats(r, n)
			s := float32(r.NormFloat64())
			check := func(name string, op func(dst []float32), want func(i int) float32) {
				t.Helper()
				dst, guards := guarded(t, n)
				copy(dst, d0)
				op(dst)
				guards()
				for i := range dst {
					if g, w := dst[i], want(i); math.Float32bits(g) != math.Float32bits(w) {
						t.Fatalf("%s %s n=%d: [%d] = %v, want %v", im.name, name, n, i, g, w)
					}
				}
			}
			check("MulScaled", func(dst []float32) { im.mulScaledInto(dst, x, w, s) }, func(i int) float32 { return x[i] * s * w[i] })
			check("Add", func(dst []float32) { im.addInto(dst, x) }, func(i int) float32 { return d0[i] + x[i] })
			check("AddScaled", func(dst []float32) { im.addScaledInto(dst, x, s) }, func(i int) float32 { return d0[i] + s*x[i] })
			check("ScaleInto", func(dst []float32) { im.scaleInto(dst, x, s) }, func(i int) float32 { return x[i] * s })
			// In place, as RMSNorm (dst = x) and Scale use them.
			check("MulScaled in place", func(dst []float32) { im.mulScaledInto(dst, dst, w, s) }, func(i int) float32 { return d0[i] * s * w[i] })
			check("ScaleInto in place", func(dst []float32) { im.scaleInto(dst, dst, s) }, func(i int) float32 { return d0[i] * s })

			cos, sin := randFloats(r, n), randFloats(r, n)
			b, gb := randFloats(r, n), make([]float32, n)
			check("Rotate", func(dst []float32) {
				copy(gb, b)
				im.rotate(dst, gb, cos, sin)
				for i := range gb {
					if g, w := gb[i], d0[i]*sin[i]+b[i]*cos[i]; math.Float32bits(g) != math.Float32bits(w) {
						t.Fatalf("%s Rotate n=%d: b[%d] = %v, want %v", im.name, n, i, g, w)
					}
				}
			}, func(i int) float32 { return d0[i]*cos[i] - b[i]*sin[i] })

			got, want := im.sumSquares(x), generic.sumSquares(x)
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%s SumSquares n=%d: %v, plain Go %v", im.name, n, got, want)
			}
			var exact float64
			for _, v := range x {
				exact += float64(v) * float64(v)
			}
			if math.Abs(got-exact) > 1e-13*exact {
				t.Fatalf("%s SumSquares n=%d: %v, float64 sum %v", im.name, n, got, exact)
			}
		}
	}
}

// TestSumSquaresOrder pins SumSquares' summation order (its doc comment)
// with values whose float64 sum depends on it: in index order it would be
// 2⁵³ (each 1 after 2⁵³ − 1 rounds away to even).
func TestSumSquaresOrder(t *testing.T) {
	x := make([]float32, 33)
	x[0], x[4], x[8], x[12] = 0x1p26, 1, 0x1p26, 1 // lanes 0, 4, 8, 12
	x[32] = 1                                      // past the lanes, added last
	one := 1.0
	c0 := (0x1p52 + one) + (0x1p52 + one) // (l0 + l4) + (l8 + l12) = 2⁵³ + 2, exact
	want := (c0 + 0) + (0 + 0) + one      // then the last value: 2⁵³ + 4 (ties to even)
	if want != 0x1p53+4 {
		t.Fatalf("test arithmetic: %v", want)
	}
	for _, im := range impls() {
		if got := im.sumSquares(x); got != want {
			t.Errorf("%s: %v, want %v", im.name, got, want)
		}
	}
}

// TestMaxNumber checks MaxNumber on every implementation against the plain
// loop, with NaNs, infinities and the maximum anywhere, including a NaN in
// the same lane after it (where Max may lose it).
func TestMaxNumber(t *testing.T) {
	r := rand.New(rand.NewPCG(65, 66))
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	specials := []float32{nan, inf, -inf, math.MaxFloat32, 1e-40}
	for _, im := range impls() {
		for _, n := range []int{0, 1, 7, 8, 9, 16, 31, 40, 100, 257} {
			for trial := 0; trial < 50; trial++ {
				x := randFloats(r, n)
				for k := r.IntN(4); k > 0 && n > 0; k-- {
					x[r.IntN(n)] = specials[r.IntN(len(specials))]
				}
				if trial == 1 && n > 0 {
					for i := range x {
						x[i] = nan
					}
				}
				if trial == 2 && n > 16 {
					p := r.IntN(n - 16)
					x[p], x[p+8], x[p+16] = 100, nan, -1 // a NaN behind the maximum in its lane
				}
				want := float32(math.Inf(-1))
				for _, v := range x {
					if v > want {
						want = v
					}
				}
				if got := im.maxNumber(x); got != want {
					t.Fatalf("%s n=%d trial %d: %v, want %v (%v)", im.name, n, trial, got, want, x)
				}
			}
		}
	}
}
