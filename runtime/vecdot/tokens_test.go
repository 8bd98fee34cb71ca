package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestRowsTokens checks, for every implementation and type, that RowsTokens
// gives every token exactly (bit for bit) what Rows gives it alone, for
// token counts around the four-token kernels' group size, on random,
// extreme and tame data (Q8_0, IQ4_NL and IQ4_XS: with and without −128 in
// the activations, which selects their two paths), and that it writes nothing between the
// tokens' output rows (stride larger than the row count) or around them.
func TestRowsTokens(t *testing.T) {
	for _, m := range impls() {
		r := rand.New(rand.NewPCG(31, 32))
		for _, typ := range quantTypes {
			at, _ := quant.VecDotType(typ)
			for _, md := range []mode{random, extreme, tame} {
				for _, n := range []int{1, 3, 4, 5, 8, 9} {
					nb := []int{1, 2, 7}[r.IntN(3)]
					rows := 1 + r.IntN(6)
					stride := rows + 2
					w := weights(r, typ, rows*nb, md)
					acts := make([]byte, 0, n*nb*at.TypeSize())
					for k := 0; k < n; k++ {
						acts = append(acts, acts1(r, at, nb, md)...)
					}
					if lo, hi := signPathLevels(typ); hi > 0 && n%2 == 0 {
						for j := range acts { // no −128: the VPSIGNB path
							if o := j % at.TypeSize(); o >= lo && o < hi && acts[j] == 0x80 {
								acts[j] = 0x81
							}
						}
					}
					rb := nb * typ.TypeSize()
					ab := nb * at.TypeSize()
					size := (n-1)*stride + rows
					dst, check := guarded(t, size)
					if err := m.rowsTokens(dst, stride, typ, w, rb, rows, acts, n); err != nil {
						t.Fatal(err)
					}
					check()
					one := make([]float32, rows)
					for k := 0; k < n; k++ {
						if err := m.rows(one, typ, w, rb, acts[k*ab:(k+1)*ab]); err != nil {
							t.Fatal(err)
						}
						for i, v := range one {
							if math.Float32bits(dst[k*stride+i]) != math.Float32bits(v) {
								t.Fatalf("%s %s %s n=%d nb=%d: token %d row %d: RowsTokens %v, Rows %v", m.name, typ, md, n, nb, k, i, dst[k*stride+i], v)
							}
						}
						if k < n-1 {
							for i := rows; i < stride; i++ {
								if math.Float32bits(dst[k*stride+i]) != math.Float32bits(sentinel) {
									t.Fatalf("%s %s: value between tokens %d and %d overwritten", m.name, typ, k, k+1)
								}
							}
						}
					}
				}
			}
		}
	}
	if err := RowsTokens(make([]float32, 4), 1, quant.Q8_0, make([]byte, 68), 34, 2, make([]byte, 68), 2); err == nil {
		t.Error("stride below the row count: no error")
	}
	if err := RowsTokens(make([]float32, 3), 2, quant.Q8_0, make([]byte, 68), 34, 2, make([]byte, 68), 2); err == nil {
		t.Error("short dst: no error")
	}
	if err := RowsTokens(make([]float32, 4), 2, quant.Q8_0, make([]byte, 68), 34, 2, make([]byte, 67), 2); err == nil {
		t.Error("short activations: no error")
	}
}

// acts1 is acts for one token (a fresh allocation).
func acts1(r *rand.Rand, at quant.Type, nb int, md mode) []byte { return acts(r, at, nb, md) }

// signPathLevels returns where the levels lie in an activation block of the
// types whose multi-token AVX2 kernels need activations without −128
// (bytes lo … hi−1), so that TestRowsTokens can give them such activations
// for even token counts; 0, 0 for the others.
func signPathLevels(t quant.Type) (lo, hi int) {
	switch t {
	case quant.Q8_0, quant.IQ4_NL:
		return 2, 34
	case quant.IQ4_XS:
		return 4, 260
	}
	return 0, 0
}
