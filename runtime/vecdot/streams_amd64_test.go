//go:build !purego

package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestStreamsEqualGroups checks that the eight-stream kernels
// (rowsQ8_0AVX512S and its kinds, through asmQuantStreams) give, bit for bit,
// what the eight-rows-per-pass kernels they reorder give, on row counts that
// leave every remainder of 8 and on random and extreme data, with guards
// around dst: a row written to the wrong place, or a stream stride off by
// one row, shows.
func TestStreamsEqualGroups(t *testing.T) {
	if !hasAVX512() {
		t.Skip("no AVX-512 here: the stream kernels are not selected")
	}
	kernels := []struct {
		typ            quant.Type
		streams, group func(dst *float32, n int, w *byte, rowBytes int, act *byte, nb int)
	}{
		{quant.Q8_0, rowsQ8_0AVX512S, rowsQ8_0AVX512},
		{quant.Q4_0, rowsQ4_0AVX512S, rowsQ4_0AVX512},
		{quant.Q5_0, rowsQ5_0AVX512S, rowsQ5_0AVX512},
	}
	r := rand.New(rand.NewPCG(41, 42))
	for _, k := range kernels {
		f := asmQuantStreams(k.streams, k.group)
		for _, md := range []mode{random, extreme} {
			for _, nb := range []int{1, 3, 28} {
				for _, rows := range []int{7, 8, 9, 16, 23, 8*13 + 5, 8 * 37} {
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
							t.Fatalf("%s %s nb=%d rows=%d: row %d = %v, eight-row kernel %v", k.typ, md, nb, rows, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
}
