package kernels

import (
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// quantMatrix quantizes random rows to t and returns the matrix with its rows
// as runtime/quant dequantizes them.
func quantMatrix(t testing.TB, r *rand.Rand, typ quant.Type, rows, cols int) (Matrix, [][]float32) {
	t.Helper()
	m := Matrix{Type: typ, Rows: rows, Cols: cols}
	want := make([][]float32, rows)
	for i := range want {
		b, err := quant.Quantize(typ, randVec(r, cols))
		if err != nil {
			t.Fatal(err)
		}
		m.Data = append(m.Data, b...)
		want[i] = make([]float32, cols)
		if err := quant.Dequantize(typ, b, want[i]); err != nil {
			t.Fatal(err)
		}
	}
	return m, want
}

// TestQuantizedProducts checks MatVec and MatMul on every block format
// against float64 dot products of the dequantized rows, on row lengths that
// span several scratch chunks and row counts that do not divide evenly over
// the workers.
func TestQuantizedProducts(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, typ := range []quant.Type{quant.Q4_0, quant.Q4_1, quant.Q5_0, quant.Q5_1, quant.Q8_0,
		quant.Q2_K, quant.Q3_K, quant.Q4_K, quant.Q5_K, quant.Q6_K} {
		const rows, cols, n = 37, 1280, 3
		w, want := quantMatrix(t, r, typ, rows, cols)
		if err := w.Check(); err != nil {
			t.Fatal(err)
		}
		checkMatMul(t, typ.String(), w, want, randVec(r, n*cols), n, true)
	}
}

func BenchmarkMatVec(b *testing.B) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, typ := range []quant.Type{quant.F32, quant.F16, quant.Q8_0, quant.Q4_K} {
		// 2048 rows of Qwen2.5-1.5B's hidden size 1536.
		w, _ := quantMatrix(b, r, typ, 2048, 1536)
		x := randVec(r, 1536)
		dst := make([]float32, 2048)
		b.Run(typ.String(), func(b *testing.B) {
			b.SetBytes(int64(len(w.Data)))
			for b.Loop() {
				MatVec(dst, w, x)
			}
		})
	}
}
