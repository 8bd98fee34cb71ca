//go:build !purego

package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestStreamsEqualGroups checks that the stream kernels (rowsQ8_0AVX512S and
// its kinds, eight streams; rowsQ8_0AVX2S and rowsQ4_0AVX2S, four; through
// asmQuantStreams) give, bit for bit, what the kernels they reorder give, on
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
		{quant.Q4_0, 4, false, rowsQ4_0AVX2S, rowsQ4_0AVX2},
		{quant.Q8_0, 8, true, rowsQ8_0AVX512S, rowsQ8_0AVX512},
		{quant.Q4_0, 8, true, rowsQ4_0AVX512S, rowsQ4_0AVX512},
		{quant.Q5_0, 8, true, rowsQ5_0AVX512S, rowsQ5_0AVX512},
	}
	r := rand.New(rand.NewPCG(41, 42))
	for _, k := range kernels {
		if k.avx512 && !hasAVX512() {
			continue
		}
		f := asmQuantStreams(k.k, k.streams, k.group)
		for _, md := range []mode{random, extreme} {
			for _, nb := range []int{1, 3, 28} {
				for _, rows := range []int{3, 4, 5, 7, 8, 9, 16, 23, 8*13 + 5, 8 * 37} {
					w := weights(r, k.typ, rows*nb, md)
					a := acts(r, quant.Q8_0, nb, md)
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
