//go:build !purego

package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestQ4_0AVX2Reference checks that the AVX2 Q4_0 kernels (streams, the
// rows they leave over, four tokens; q4lanes_amd64.go) give dotQ4_0's result
// bit for bit on random and extreme data (activations at −128, the largest
// scales), for odd block counts, block counts past the frame's limit (the
// reference fallback) and row counts that leave every remainder of 4, with
// guards around dst.
func TestQ4_0AVX2Reference(t *testing.T) {
	if !hasAVX2() {
		t.Skip("no AVX2 here: the kernels are not selected")
	}
	r := rand.New(rand.NewPCG(7, 8))
	rowsOf := asmStreams(4, rowsQ4_0AVX2S, rowsQ4_0AVX2)
	for _, md := range []mode{random, extreme} {
		for _, nb := range []int{1, 2, 3, 28, 153, q4LanesMaxBlocks, q4LanesMaxBlocks + 1} {
			for _, rows := range []int{1, 3, 4, 5, 9, 30} {
				rb := nb * 18
				w := weights(r, quant.Q4_0, rows*nb, md)
				a := acts(r, quant.Q8_0, 4*nb, md)
				want := make([]float32, 4*rows)
				for k := range 4 {
					for i := range rows {
						want[k*rows+i] = dotQ4_0(w[i*rb:], a[k*nb*34:], nb)
					}
				}
				got, check := guarded(t, rows)
				rowsOf(got, w, rb, a[:nb*34], nb)
				check()
				for i := range rows {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("%s nb=%d rows=%d: row %d = %v, reference %v", md, nb, rows, i, got[i], want[i])
					}
				}
				got4, check4 := guarded(t, 3*(rows+1)+rows)
				rows4Q4_0AVX2(&got4[0], rows+1, rows, &w[0], rb, &a[0], nb*34, nb)
				check4()
				for k := range 4 {
					for i := range rows {
						if g := got4[k*(rows+1)+i]; math.Float32bits(g) != math.Float32bits(want[k*rows+i]) {
							t.Fatalf("%s nb=%d rows=%d: token %d row %d = %v, reference %v", md, nb, rows, k, i, g, want[k*rows+i])
						}
					}
					if k < 3 && math.Float32bits(got4[k*(rows+1)+rows]) != math.Float32bits(sentinel) {
						t.Fatalf("%s nb=%d rows=%d: token %d wrote past its rows", md, nb, rows, k)
					}
				}
			}
		}
	}
}
