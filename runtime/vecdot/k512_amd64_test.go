//go:build !purego

package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestKVNNIEqualsAVX2 checks the claim of the AVX-512 K kernels:
// one, four and eight tokens, they give the AVX2 kernels' results bit for bit, on
// random and extreme data (extreme: the largest levels, scales and
// activations, where an int16 step would overflow first).
func TestKVNNIEqualsAVX2(t *testing.T) {
	if !hasVNNI() {
		t.Skip("no AVX512-VNNI on this CPU")
	}
	a2, v := avx2(), vnni()
	r := rand.New(rand.NewPCG(41, 42))
	for _, typ := range []quant.Type{quant.Q4_K, quant.Q5_K, quant.Q6_K} {
		at, _ := quant.VecDotType(typ)
		for _, md := range []mode{random, extreme} {
			for _, nb := range []int{1, 2, 5} {
				const rows, n = 3, 13 // 8 + 4 + 1: every kernel
				w := weights(r, typ, rows*nb, md)
				var a []byte
				for k := 0; k < n; k++ {
					a = append(a, acts(r, at, nb, md)...)
				}
				rb := nb * typ.TypeSize()
				want := make([]float32, n*rows)
				got := make([]float32, n*rows)
				if err := a2.rowsTokens(want, rows, typ, w, rb, rows, a, n); err != nil {
					t.Fatal(err)
				}
				if err := v.rowsTokens(got, rows, typ, w, rb, rows, a, n); err != nil {
					t.Fatal(err)
				}
				one := make([]float32, rows)
				ab := len(a) / n
				for k := 0; k < n; k++ {
					if err := v.rows(one, typ, w, rb, a[k*ab:(k+1)*ab]); err != nil {
						t.Fatal(err)
					}
					for i := range one {
						wv, gv, ov := want[k*rows+i], got[k*rows+i], one[i]
						if math.Float32bits(gv) != math.Float32bits(wv) || math.Float32bits(ov) != math.Float32bits(wv) {
							t.Fatalf("%s %s nb=%d token %d row %d: avx2 %v, avx512 four-token %v, one-token %v", typ, md, nb, k, i, wv, gv, ov)
						}
					}
				}
			}
		}
	}
}
