//go:build !purego

package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestStreamsEqualGroups checks that the stream kernels (rowsQ8_0AVX512S and
// its kinds, eight streams; rowsQ8_0AVX2S, rowsQ4_0AVX2S and the K formats'
// VNNI and AVX2 kernels, four; through
// asmStreams) give, bit for bit, what the kernels they reorder give, on
// row counts that leave every remainder of 8 and on random and extreme data
// (Q8_0's −128 activations take the AVX2 kernel's exact path), with guards
// around dst: a row written to the wrong place, or a stream stride off by
// one row, shows.
func TestStreamsEqualGroups(t *testing.T) {
	if !hasAVX2() {
		t.Skip("no AVX2 here: the stream kernels are not selected")
	}
	kernels := []struct {
		typ            quant.Type
		k              int
		avx512         bool
		streams, group func(dst *float32, n int, w *byte, rowBytes int, act *byte, nb int)
	}{
		{quant.Q8_0, 4, false, rowsQ8_0AVX2S, rowsQ8_0AVX2},
		{quant.Q8_0, 8, false, rowsQ8_0AVX2S8, rowsQ8_0AVX2},
		{quant.Q4_0, 4, false, rowsQ4_0AVX2S, rowsQ4_0AVX2},
		{quant.Q8_0, 8, true, rowsQ8_0AVX512S, rowsQ8_0AVX512},
		{quant.Q4_0, 8, true, rowsQ4_0AVX512S, rowsQ4_0AVX512},
		{quant.Q5_0, 8, true, rowsQ5_0AVX512S, rowsQ5_0AVX512},
		{quant.Q4_K, 4, true, rowsQ4_KVNNIS, rowsQ4_KVNNI},
		{quant.Q5_K, 4, true, rowsQ5_KVNNIS, rowsQ5_KVNNI},
		{quant.Q6_K, 4, true, rowsQ6_KVNNIS, rowsQ6_KVNNI},
		{quant.Q4_K, 4, false, rowsQ4_KAVX2S, rowsQ4_KAVX2},
		{quant.Q5_K, 4, false, rowsQ5_KAVX2S, rowsQ5_KAVX2},
		{quant.Q6_K, 4, false, rowsQ6_KAVX2S, rowsQ6_KAVX2},
		{quant.IQ4_NL, 4, false, rowsIQ4_NLAVX2S, rowsIQ4_NLAVX2},
		{quant.IQ4_XS, 4, false, rowsIQ4_XSAVX2S, rowsIQ4_XSAVX2},
	}
	r := rand.New(rand.NewPCG(41, 42))
	for _, k := range kernels {
		if k.avx512 && !hasAVX512() {
			continue
		}
		f := asmStreams(k.k, k.streams, k.group)
		for _, md := range []mode{random, extreme} {
			for _, nb := range []int{1, 3, 28} {
				for _, rows := range []int{3, 4, 5, 7, 8, 9, 16, 23, 8*13 + 5, 8 * 37} {
					w := weights(r, k.typ, rows*nb, md)
					at, _ := quant.VecDotType(k.typ)
					a := acts(r, at, nb, md)
					rb := nb * k.typ.TypeSize()
					got, check := guarded(t, rows)
					f(got, w, rb, a, nb)
					check()
					want := make([]float32, rows)
					k.group(&want[0], rows, &w[0], rb, &a[0], nb)
					for i := range want {
						if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
							t.Fatalf("%s %d streams %s nb=%d rows=%d: row %d = %v, kernel reordered %v", k.typ, k.k, md, nb, rows, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
}

// TestFloatStreamsEqualRows checks that the stream float kernels
// (rowsF32VLS and its kinds, four streams; rowsF32AVX2S and its kinds, three;
// through asmStreams) give, bit for bit,
// what the row kernels they reorder give (so that how the threads split a
// matrix changes no result), on value counts that leave every path of the
// row kernel (32 at a time, 8 at a time, one by one) and row counts that
// leave every remainder of 4, with guards around dst.
func TestFloatStreamsEqualRows(t *testing.T) {
	if !hasAVX2() {
		t.Skip("no AVX2 here: the float stream kernels are not selected")
	}
	kernels := []struct {
		typ           quant.Type
		k             int
		streams, rows func(dst *float32, n int, w *byte, rowBytes int, x *float32, nx int)
	}{
		{quant.F32, 3, rowsF32AVX2S, rowsF32AVX2},
		{quant.F16, 3, rowsF16AVX2S, rowsF16AVX2},
		{quant.BF16, 3, rowsBF16AVX2S, rowsBF16AVX2},
		{quant.F32, 4, rowsF32VLS, rowsF32AVX2},
		{quant.F16, 4, rowsF16VLS, rowsF16AVX2},
		{quant.BF16, 4, rowsBF16VLS, rowsBF16AVX2},
	}
	r := rand.New(rand.NewPCG(43, 44))
	for _, k := range kernels {
		if k.k == 4 && !hasVNNI() {
			continue // AVX-512VL
		}
		f := asmStreams(k.k, k.streams, k.rows)
		for _, n := range []int{1, 7, 8, 9, 31, 32, 33, 47, 100, 896} {
			for _, rows := range []int{1, 3, 4, 5, 9, 17, 64} {
				w, _ := floatRow(r, k.typ, rows*n, random)
				x := randFloats(r, n)
				rb := n * k.typ.TypeSize()
				got, check := guarded(t, rows)
				f(got, w, rb, x, n)
				check()
				want := make([]float32, rows)
				k.rows(&want[0], rows, &w[0], rb, &x[0], n)
				for i := range want {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("%s %d streams n=%d rows=%d: row %d = %v, row kernel %v", k.typ, k.k, n, rows, i, got[i], want[i])
					}
				}
			}
		}
	}
}
