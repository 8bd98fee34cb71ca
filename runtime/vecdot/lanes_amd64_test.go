//go:build !purego

package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestLanesReference checks that the AVX2 Q4_0, Q5_0, Q8_0, Q4_1 and Q5_1 lanes kernels
// (streams, the rows they leave over, four tokens; lanes_amd64.go) give the
// reference's result bit for bit on random and extreme data (activations at
// −128, which Q8_0's send to the reference, the largest scales, every fifth
// bit set), for odd block counts,
// block counts past the frame's limit (the reference fallback) and row
// counts that leave every remainder of 4, with guards around dst.
func TestLanesReference(t *testing.T) {
	if !hasAVX2() {
		t.Skip("no AVX2 here: the kernels are not selected")
	}
	r := rand.New(rand.NewPCG(7, 8))
	for _, c := range []struct {
		typ           quant.Type
		dot           func(w, a []byte, nb int) float32
		rows, streams func(dst *float32, n int, w *byte, rowBytes int, act *byte, nb int)
		rows4         func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
	}{
		{quant.Q4_0, dotQ4_0, rowsQ4_0AVX2, rowsQ4_0AVX2S, rows4Q4_0AVX2},
		{quant.Q5_0, dotQ5_0, rowsQ5_0AVX2, rowsQ5_0AVX2S, rows4Q5_0AVX2},
		{quant.Q8_0, dotQ8_0, rowsQ8_0AVX2L, rowsQ8_0AVX2LS, rows4Q8_0AVX2L},
		{quant.Q4_1, dotQ4_1, rowsQ4_1AVX2, rowsQ4_1AVX2S, rows4Q4_1AVX2},
		{quant.Q5_1, dotQ5_1, rowsQ5_1AVX2, rowsQ5_1AVX2S, rows4Q5_1AVX2},
	} {
		rowsOf := asmStreams(4, c.streams, c.rows)
		ts := c.typ.TypeSize()
		at, _ := quant.VecDotType(c.typ)
		ab := at.TypeSize()
		for _, md := range []mode{random, extreme} {
			for _, nb := range []int{1, 2, 3, 28, 153, avx2TableBlocks, avx2TableBlocks + 1} {
				for _, rows := range []int{1, 3, 4, 5, 9, 30} {
					rb := nb * ts
					w := weights(r, c.typ, rows*nb, md)
					a := acts(r, at, 4*nb, md)
					want := make([]float32, 4*rows)
					for k := range 4 {
						for i := range rows {
							want[k*rows+i] = c.dot(w[i*rb:], a[k*nb*ab:], nb)
						}
					}
					got, check := guarded(t, rows)
					rowsOf(got, w, rb, a[:nb*ab], nb)
					check()
					for i := range rows {
						if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
							t.Fatalf("%s %s nb=%d rows=%d: row %d = %v, reference %v", c.typ, md, nb, rows, i, got[i], want[i])
						}
					}
					got4, check4 := guarded(t, 3*(rows+1)+rows)
					c.rows4(&got4[0], rows+1, rows, &w[0], rb, &a[0], nb*ab, nb)
					check4()
					for k := range 4 {
						for i := range rows {
							if g := got4[k*(rows+1)+i]; math.Float32bits(g) != math.Float32bits(want[k*rows+i]) {
								t.Fatalf("%s %s nb=%d rows=%d: token %d row %d = %v, reference %v", c.typ, md, nb, rows, k, i, g, want[k*rows+i])
							}
						}
						if k < 3 && math.Float32bits(got4[k*(rows+1)+rows]) != math.Float32bits(sentinel) {
							t.Fatalf("%s %s nb=%d rows=%d: token %d wrote past its rows", c.typ, md, nb, rows, k)
						}
					}
				}
			}
		}
	}
}
