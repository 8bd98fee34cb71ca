package vecdot

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

var quantTypes = []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q4_1, quant.Q5_0, quant.Q5_1,
	quant.Q2_K, quant.Q3_K, quant.Q4_K, quant.Q5_K, quant.Q6_K, quant.IQ4_NL, quant.IQ4_XS}

var blockCounts = []int{1, 2, 3, 7, 33, 129}

const guard = 4

// sentinel is a NaN payload no product returns.
var sentinel = math.Float32frombits(0x7fa5a5a5)

// guarded returns a dst of n values, all sentinels, with guard sentinels on
// both sides, and a check that the guards are untouched.
func guarded(t *testing.T, n int) ([]float32, func()) {
	buf := make([]float32, n+2*guard)
	for i := range buf {
		buf[i] = sentinel
	}
	return buf[guard : guard+n], func() {
		t.Helper()
		for i, v := range buf {
			if (i < guard || i >= guard+n) && math.Float32bits(v) != math.Float32bits(sentinel) {
				t.Fatalf("value %d outside dst[0:%d] overwritten: %v", i-guard, n, v)
			}
		}
	}
}

// exactDot returns Σ w_i·a_i in float64 from the dequantized rows, and
// whether it is trustworthy (the rows dequantize exactly, as in tame mode).
func exactDot(t *testing.T, typ quant.Type, w, a []byte, nb int) float64 {
	n := nb * typ.BlockSize()
	at, _ := quant.VecDotType(typ)
	wf := make([]float32, n)
	af := make([]float32, n)
	if err := quant.Dequantize(typ, w, wf); err != nil {
		t.Fatal(err)
	}
	if err := quant.Dequantize(at, a, af); err != nil {
		t.Fatal(err)
	}
	var s float64
	for i := range wf {
		s += float64(wf[i]) * float64(af[i])
	}
	return s
}

// TestQuantRowsExact checks, on tame data (unit scales, small sub-block
// scales, so that all float32 arithmetic is exact), that the reference and
// the selected implementation both equal the exact dot product of the
// dequantized rows, bit for bit. The activations include −128.
func TestQuantRowsExact(t *testing.T) {
	for _, m := range impls() {
		testQuantRowsExact(t, m)
	}
}

func testQuantRowsExact(t *testing.T, m impl) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, typ := range quantTypes {
		at, _ := quant.VecDotType(typ)
		for _, nb := range blockCounts {
			if tameBound(typ)*float64(nb) >= 1<<24 {
				continue // a partial sum could round
			}
			for _, rows := range []int{1, 3, 4, 19} { // 19: avx512's groups of 8, a pair, an odd row
				w := weights(r, typ, rows*nb, tame)
				a := acts(r, at, nb, tame)
				rb := nb * typ.TypeSize()
				dst, check := guarded(t, rows)
				if err := m.rows(dst, typ, w, rb, a); err != nil {
					t.Fatal(err)
				}
				check()
				for i := 0; i < rows; i++ {
					row := w[i*rb : (i+1)*rb]
					want := exactDot(t, typ, row, a, nb)
					ref := generic.quantFor(typ)
					one := []float32{0}
					ref(one, row, rb, a, nb)
					if float64(one[0]) != want || float64(dst[i]) != want {
						t.Fatalf("%s nb=%d row %d: reference %v, %s %v, exact %v", typ, nb, i, one[0], m.name, dst[i], want)
					}
				}
			}
		}
	}
}

// TestQuantRowsNoise compares the selected implementation with the
// reference on random and extreme data (−128, largest scales, ±65504 fp16
// scales): they must agree within noiseBound, the float32 summation-order
// bound stated there.
func TestQuantRowsNoise(t *testing.T) {
	for _, m := range impls() {
		testQuantRowsNoise(t, m)
	}
}

func testQuantRowsNoise(t *testing.T, m impl) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, typ := range quantTypes {
		at, _ := quant.VecDotType(typ)
		for _, md := range []mode{random, extreme} {
			for _, nb := range blockCounts {
				rows := 1 + r.IntN(20)
				w := weights(r, typ, rows*nb, md)
				a := acts(r, at, nb, md)
				rb := nb * typ.TypeSize()
				dst, check := guarded(t, rows)
				if err := m.rows(dst, typ, w, rb, a); err != nil {
					t.Fatal(err)
				}
				check()
				want := make([]float32, rows)
				generic.quantFor(typ)(want, w, rb, a, nb)
				for i := range want {
					bound := noiseBound(typ, w[i*rb:], a, nb)
					if d := math.Abs(float64(dst[i]) - float64(want[i])); !(d <= bound) {
						t.Fatalf("%s %s nb=%d row %d: %s %v, reference %v, |diff| %g > bound %g", typ, md, nb, i, m.name, dst[i], want[i], d, bound)
					}
				}
			}
		}
	}
}

// TestQuantRowsRealistic runs the products on rows quantized by
// runtime/quant from random floats and activations converted by
// QuantizeActivations, and checks them against the float64 dot product of
// the dequantized rows (the activation's own quantization error aside, the
// only difference is float32 rounding: relative 1e-4 of Σ|w·a|).
func TestQuantRowsRealistic(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, typ := range quantTypes {
		at, _ := quant.VecDotType(typ)
		n := 7 * 256
		const rows = 5
		var w []byte
		for i := 0; i < rows; i++ {
			b, err := quant.Quantize(typ, randFloats(r, n))
			if err != nil {
				t.Fatal(err)
			}
			w = append(w, b...)
		}
		a, _ := quant.Quantize(at, randFloats(r, n)) // Q8_1/Q8_K: the activation quantizers
		if at == quant.Q8_0 {
			a = make([]byte, n/32*34)
			if err := quant.QuantizeActivations(at, randFloats(r, n), a); err != nil {
				t.Fatal(err)
			}
		}
		rb := len(w) / rows
		dst := make([]float32, rows)
		if err := Rows(dst, typ, w, rb, a); err != nil {
			t.Fatal(err)
		}
		wf := make([]float32, n)
		af := make([]float32, n)
		quant.Dequantize(at, a, af)
		for i := 0; i < rows; i++ {
			quant.Dequantize(typ, w[i*rb:(i+1)*rb], wf)
			var s, abs float64
			for j := range wf {
				s += float64(wf[j]) * float64(af[j])
				abs += math.Abs(float64(wf[j]) * float64(af[j]))
			}
			tol := 1e-4 * abs
			if typ == quant.Q4_1 || typ == quant.Q5_1 {
				tol += 2e-3 * abs // the min term uses fp16(d·Σq) in place of Σ a
			}
			if math.Abs(float64(dst[i])-s) > tol {
				t.Fatalf("%s row %d: %v, dequantized dot %v (tol %g)", typ, i, dst[i], s, tol)
			}
		}
	}
}

func randFloats(r *rand.Rand, n int) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	return x
}

var floatTypes = []quant.Type{quant.F32, quant.F16, quant.BF16}

// floatRow returns n random values of t (finite; F16 includes subnormals)
// and their float64 values.
func floatRow(r *rand.Rand, t quant.Type, n int, m mode) ([]byte, []float64) {
	b := make([]byte, n*t.TypeSize())
	v := make([]float64, n)
	for i := 0; i < n; i++ {
		switch t {
		case quant.F32:
			f := float32(r.NormFloat64())
			if m == extreme {
				f *= float32(math.Ldexp(1, r.IntN(120)-60))
			}
			u := math.Float32bits(f)
			b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(u), byte(u>>8), byte(u>>16), byte(u>>24)
			v[i] = float64(f)
		case quant.F16:
			h := uint16(r.Uint32())
			if m != extreme {
				h = quant.Float32ToFP16(float32(r.NormFloat64()))
			}
			for h&0x7c00 == 0x7c00 {
				h = uint16(r.Uint32())
			}
			b[2*i], b[2*i+1] = byte(h), byte(h>>8)
			v[i] = float64(quant.FP16ToFloat32(h))
		case quant.BF16:
			h := quant.Float32ToBF16(float32(r.NormFloat64()))
			if m == extreme {
				h = uint16(r.Uint32())&0x807f | uint16(60+r.IntN(136))<<7
			}
			b[2*i], b[2*i+1] = byte(h), byte(h>>8)
			v[i] = float64(quant.BF16ToFloat32(h))
		}
	}
	return b, v
}

// TestFloatRows compares RowsFloat with the float64 dot product on odd
// lengths: the float32 sum of n products in any order is within
// (n+16)·2⁻²⁴·Σ|w·x| (doubled for safety) of the exact one, and the
// reference must be as well.
func TestFloatRows(t *testing.T) {
	for _, m := range impls() {
		testFloatRows(t, m)
	}
}

func testFloatRows(t *testing.T, im impl) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, typ := range floatTypes {
		for _, m := range []mode{random, extreme} {
			for _, n := range []int{1, 3, 7, 8, 9, 15, 31, 33, 64, 129, 1000, 1031} {
				rows := 1 + r.IntN(4)
				var w []byte
				var wv [][]float64
				for i := 0; i < rows; i++ {
					b, v := floatRow(r, typ, n, m)
					w = append(w, b...)
					wv = append(wv, v)
				}
				x := randFloats(r, n)
				rb := n * typ.TypeSize()
				dst, check := guarded(t, rows)
				if err := im.rowsFloat(dst, typ, w, rb, x); err != nil {
					t.Fatal(err)
				}
				check()
				ref := make([]float32, rows)
				generic.floatFor(typ)(ref, w, rb, x, n)
				for i := 0; i < rows; i++ {
					var s, abs float64
					for j, v := range wv[i] {
						s += v * float64(x[j])
						abs += math.Abs(v * float64(x[j]))
					}
					bound := 2 * float64(n+16) * 0x1p-24 * abs
					for name, got := range map[string]float32{im.name: dst[i], "reference": ref[i]} {
						if d := math.Abs(float64(got) - s); !(d <= bound) {
							t.Fatalf("%s %s n=%d row %d: %s %v, exact %v, |diff| %g > %g", typ, m, n, i, name, got, s, d, bound)
						}
					}
				}
			}
		}
	}
}

// TestErrors checks that bad arguments are refused without writing.
func TestErrors(t *testing.T) {
	dst := []float32{sentinel}
	w := make([]byte, 2*34)
	a := make([]byte, 34)
	cases := []struct {
		name string
		err  error
	}{
		{"type", Rows(dst, quant.IQ2_XS, w, 34, a)},
		{"float type to Rows", Rows(dst, quant.F32, w, 4, a)},
		{"row bytes", Rows(dst, quant.Q8_0, w, 33, a)},
		{"zero row", Rows(dst, quant.Q8_0, w, 0, a[:0])},
		{"activation length", Rows(dst, quant.Q8_0, w, 68, a)},
		{"weights too short", Rows([]float32{0, 0, 0}, quant.Q8_0, w, 34, a)},
		{"float type", RowsFloat(dst, quant.Q8_0, w, 34, make([]float32, 32))},
		{"float row bytes", RowsFloat(dst, quant.F16, w, 34, make([]float32, 16))},
		{"float weights", RowsFloat([]float32{0, 0}, quant.F32, w, 64, make([]float32, 16))},
		{"float empty", RowsFloat(dst, quant.F32, w, 0, nil)},
	}
	for _, c := range cases {
		if c.err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
	if math.Float32bits(dst[0]) != math.Float32bits(sentinel) {
		t.Fatal("dst written on error")
	}
	if err := Rows(nil, quant.Q8_0, nil, 34, a); err != nil {
		t.Fatalf("zero rows: %v", err)
	}
	_ = fmt.Sprint
}

// TestQ8_0Paths checks both Q8_0 code paths bit for bit against the exact
// dot product (tame data): activations without −128 (the fast path, as
// QuantizeActivations produces them) and with a −128 in one block (the
// sign-extending path), with −128 weights in both.
func TestQ8_0Paths(t *testing.T) {
	for _, m := range impls() {
		testQ8_0Paths(t, m)
	}
}

func testQ8_0Paths(t *testing.T, m impl) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, nb := range []int{1, 2, 5, 31} {
		for _, with := range []bool{false, true} {
			const rows = 3
			w := weights(r, quant.Q8_0, rows*nb, tame)
			for i := 0; i < rows*nb; i++ {
				w[i*34+2+r.IntN(32)] = 0x80
			}
			a := acts(r, quant.Q8_0, nb, tame)
			for j := range a {
				if j%34 >= 2 && a[j] == 0x80 {
					a[j] = 0x81
				}
			}
			if with {
				a[(nb-1)*34+2+r.IntN(32)] = 0x80
			}
			dst := make([]float32, rows)
			if err := m.rows(dst, quant.Q8_0, w, nb*34, a); err != nil {
				t.Fatal(err)
			}
			for i := range dst {
				want := exactDot(t, quant.Q8_0, w[i*nb*34:(i+1)*nb*34], a, nb)
				if float64(dst[i]) != want {
					t.Fatalf("%s: nb=%d, −128 in activations %v, row %d: %v, exact %v", m.name, nb, with, i, dst[i], want)
				}
			}
		}
	}
}
