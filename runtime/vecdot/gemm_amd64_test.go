//go:build !purego

package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"golang.org/x/sys/cpu"
)

// gemmImpls is impls plus the tile kernels the CPU runs but the
// implementations do not choose (the VNNI Q4_0 kernel without GFNI where
// the CPU has GFNI), so that the tests cover every kernel.
func gemmImpls() []impl {
	list := impls()
	if hasVNNI() && cpu.X86.HasAVX512GFNI {
		m := vnni()
		m.name = "avx2+vnni (no gfni)"
		m.gemm[quant.Q4_0] = asmGEMM(gemmQ4_0VNNI)
		list = append(list, m)
	}
	return list
}

// TestGEMMDispatch checks which implementations have tile kernels (avx2 and
// its other stream counts: Q8_0, Q4_0 and Q5_0; avx2+vnni and avx512: Q8_0, Q4_0, Q5_0, Q4_K and Q6_K;
// generic: none, RowsPacked runs the
// reference) and that HasGEMM reports the active one's.
func TestGEMMDispatch(t *testing.T) {
	want := map[string][]quant.Type{"generic": nil, "avx2": {quant.Q8_0, quant.Q4_0, quant.Q5_0}, "avx2-many": {quant.Q8_0, quant.Q4_0, quant.Q5_0}, "avx2-few": {quant.Q8_0, quant.Q4_0, quant.Q5_0}, "avx2+vnni": {quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K, quant.Q6_K}, "avx512": {quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K, quant.Q6_K}}
	for _, m := range impls() {
		has := map[quant.Type]bool{}
		for _, typ := range want[m.name] {
			has[typ] = true
		}
		for typ := quant.Type(0); typ < numTypes; typ++ {
			if (m.gemm[typ] != nil) != has[typ] {
				t.Errorf("%s %s: tile kernel %v, want %v", m.name, typ, m.gemm[typ] != nil, has[typ])
			}
			if m.name == active.name && HasGEMM(typ) != has[typ] {
				t.Errorf("HasGEMM(%s) = %v on %s", typ, HasGEMM(typ), m.name)
			}
		}
	}
}

// TestGEMMQ8_0AVX2 checks the AVX2 Q8_0 tile kernel against the reference
// (gemmGo) bit for bit: on activations as QuantizeActivations writes them
// (no −128) it must do the product itself (return 0), on rows and token
// counts around its 4-row and 8-token tiles and the longest rows; with one
// −128 among the activations it must return 1, and asmGEMMQ8_0 must still
// give the reference's results.
func TestGEMMQ8_0AVX2(t *testing.T) {
	if !hasAVX2() {
		t.Skip("no AVX2")
	}
	r := rand.New(rand.NewPCG(51, 52))
	for _, c := range []struct{ n, nb, rows int }{{1, 1, 1}, {7, 3, 5}, {8, 2, 4}, {9, 7, 3}, {16, 1, 8}, {17, 28, 9}, {33, 5, 2}, {17, maxPackedBlocks, 5}} {
		for _, md := range []mode{random, extreme} {
			w := weights(r, quant.Q8_0, c.rows*c.nb, md)
			rb := c.nb * 34
			acts := make([]byte, c.n*rb)
			for k := 0; k < c.n; k++ {
				x := randFloats(r, c.nb*32)
				if err := quant.QuantizeActivations(quant.Q8_0, x, acts[k*rb:(k+1)*rb]); err != nil {
					t.Fatal(err)
				}
			}
			packed := make([]byte, PackedSize(quant.Q8_0, c.nb*32, c.n))
			if err := PackTokens(packed, quant.Q8_0, acts, c.nb*32, c.n); err != nil {
				t.Fatal(err)
			}
			stride := c.rows + 2
			want := make([]float32, (c.n-1)*stride+c.rows)
			gemmGo(want, stride, w, rb, c.rows, packed, c.n, c.nb)
			same := func(what string, got []float32) {
				t.Helper()
				for k := 0; k < c.n; k++ {
					for i := 0; i < c.rows; i++ {
						if g, e := got[k*stride+i], want[k*stride+i]; math.Float32bits(g) != math.Float32bits(e) {
							t.Fatalf("%s %s n=%d nb=%d rows=%d: token %d row %d = %v, reference %v", what, md, c.n, c.nb, c.rows, k, i, g, e)
						}
					}
				}
			}
			got, check := guarded(t, len(want))
			if flag := gemmQ8_0AVX2(&got[0], stride, c.rows, &w[0], rb, &packed[0], c.n, c.nb); flag != 0 {
				t.Fatalf("n=%d nb=%d: kernel reported a −128 in quantized activations", c.n, c.nb)
			}
			check()
			same("kernel", got)

			acts[2] = 0x80 // token 0, block 0, value 0: −128
			if err := PackTokens(packed, quant.Q8_0, acts, c.nb*32, c.n); err != nil {
				t.Fatal(err)
			}
			gemmGo(want, stride, w, rb, c.rows, packed, c.n, c.nb)
			got, check = guarded(t, len(want))
			if flag := gemmQ8_0AVX2(&got[0], stride, c.rows, &w[0], rb, &packed[0], c.n, c.nb); flag != 1 {
				t.Fatalf("n=%d nb=%d: kernel missed a −128 activation", c.n, c.nb)
			}
			asmGEMMQ8_0(got, stride, w, rb, c.rows, packed, c.n, c.nb)
			check()
			same("with −128", got)
		}
	}
}
