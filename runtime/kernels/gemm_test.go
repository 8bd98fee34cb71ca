package kernels

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestMatMulPacked checks Quantized MatMul on Q8_0, Q4_0, Q5_0, Q4_K and Q6_K weights with
// enough tokens to take vecdot's tile kernels (packed activations, token
// blocks of whole 16-token groups): each output equals MatVec's for its
// token within 1e-5 of the sum of the magnitudes of its terms, on row counts
// that split unevenly over the threads, token counts that are not multiples
// of the groups, and (4096 columns, 200 tokens) more than one token block.
// MatMulShared on two matrices of the type, and on a Q4_0 and a Q8_0 one,
// equals separate MatMul calls to the bit.
func TestMatMulPacked(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	p := NewPool(3, Quantized)
	defer p.Close()
	for _, typ := range []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K, quant.Q6_K} {
		for _, sz := range [][3]int{{9, 96, gemmMinTokens}, {45, 512, 16}, {37, 256, 37}, {13, 4096, 200}} {
			rows, cols, n := sz[0], sz[1], sz[2]
			if cols%typ.BlockSize() != 0 {
				cols = 256 // whole super-blocks
			}
			w, want := quantMatrix(t, r, typ, rows, cols)
			x := randVec(r, n*cols)
			got := make([]float32, n*rows)
			p.MatMul(got, w, x, n)
			one := make([]float32, rows)
			for tok := 0; tok < n; tok++ {
				xt := x[tok*cols : (tok+1)*cols]
				p.MatVec(one, w, xt)
				for i := range one {
					var mag float64
					for j, v := range want[i] {
						mag += math.Abs(float64(v) * float64(xt[j]))
					}
					if d := math.Abs(float64(got[tok*rows+i]) - float64(one[i])); !(d <= 1e-5*mag) {
						t.Fatalf("%s %v: token %d row %d: MatMul %v, MatVec %v (|Δ| %.3g of magnitude %.3g)", typ, sz, tok, i, got[tok*rows+i], one[i], d, mag)
					}
				}
			}
			w2, _ := quantMatrix(t, r, typ, rows+8, cols)
			outs := []Out{{Dst: make([]float32, n*rows), W: w}, {Dst: make([]float32, n*(rows+8)), W: w2}}
			p.MatMulShared(x, n, outs...)
			want2 := make([]float32, n*(rows+8))
			p.MatMul(want2, w2, x, n)
			equal(t, typ.String()+" MatMulShared", got, outs[0].Dst)
			equal(t, typ.String()+" MatMulShared", want2, outs[1].Dst)
		}
	}
	// Q4_0 and Q8_0 pack differently: MatMulShared falls back to separate
	// calls.
	const rows, cols, n = 24, 256, 20
	w4, _ := quantMatrix(t, r, quant.Q4_0, rows, cols)
	w8, _ := quantMatrix(t, r, quant.Q8_0, rows, cols)
	x := randVec(r, n*cols)
	outs := []Out{{Dst: make([]float32, n*rows), W: w4}, {Dst: make([]float32, n*rows), W: w8}}
	p.MatMulShared(x, n, outs...)
	for _, out := range outs {
		want := make([]float32, n*rows)
		p.MatMul(want, out.W, x, n)
		equal(t, "mixed MatMulShared "+out.W.Type.String(), want, out.Dst)
	}
	// Two Q5_0 matrices and a Q8_0 one (a layer's query, key and value):
	// the Q5_0 pair shared, the Q8_0 apart, equal to separate calls to the
	// bit, on packed (n) and one-token products, allocating nothing.
	w5a, _ := quantMatrix(t, r, quant.Q5_0, rows, cols)
	w5b, _ := quantMatrix(t, r, quant.Q5_0, rows+8, cols)
	for _, nt := range []int{n, 1} {
		outs = []Out{{Dst: make([]float32, nt*rows), W: w5a}, {Dst: make([]float32, nt*(rows+8)), W: w5b}, {Dst: make([]float32, nt*rows), W: w8}}
		p.MatMulShared(x, nt, outs...)
		for _, out := range outs {
			want := make([]float32, nt*out.W.Rows)
			p.MatMul(want, out.W, x, nt)
			equal(t, "Q5_0, Q5_0, Q8_0 MatMulShared "+out.W.Type.String(), want, out.Dst)
		}
		if a := testing.AllocsPerRun(5, func() { p.MatMulShared(x, nt, outs...) }); a != 0 {
			t.Errorf("Q5_0, Q5_0, Q8_0 MatMulShared on %d tokens: %v allocations", nt, a)
		}
	}
}
