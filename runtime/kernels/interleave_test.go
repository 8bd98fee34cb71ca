package kernels

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// interleaved returns w with an interleaved copy, or fails the test when the
// CPU has interleaved kernels for w's type but Interleave made none (and when
// it has none but Interleave made one).
func interleaved(t *testing.T, w Matrix) Matrix {
	t.Helper()
	iw, err := Interleave(w, make([]byte, len(w.Data)))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := iw.Interleaved != nil, vecdot.Interleavable(w.Type) && w.Rows%vecdot.GroupRows == 0; got != want {
		t.Fatalf("%s %d rows: interleaved copy %v, want %v", w.Type, w.Rows, got, want)
	}
	if err := iw.Check(); err != nil {
		t.Fatal(err)
	}
	return iw
}

// TestInterleavedProducts checks one-token products on interleaved copies
// (where the CPU reads them): MatVec, MatMul and MatMulShared of one token
// agree with the row-major products within float32 rounding of the block
// sums, give the same bits on one, two and three threads (groups are never
// cut), and MatMulShared over an interleaved matrix and one whose row count
// is not a multiple of 16 (so it is not interleaved) equals separate MatVecs;
// products of several tokens and DequantizeRow, which read the copy too,
// equal the row-major ones to the bit.
func TestInterleavedProducts(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	for _, typ := range []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K} {
		const rows = 16 * 23
		cols := 896
		if typ == quant.Q4_K {
			cols = 1024 // whole super-blocks
		}
		w, want := quantMatrix(t, r, typ, rows, cols)
		iw := interleaved(t, w)
		odd, _ := quantMatrix(t, r, typ, 40, cols)
		if iodd := interleaved(t, odd); iodd.Interleaved != nil {
			t.Fatal("a 40-row matrix was interleaved")
		}
		x := randVec(r, cols)
		var first []float32
		for _, threads := range []int{1, 2, 3} {
			p := NewPool(threads, Quantized)
			rowMajor, got := make([]float32, rows), make([]float32, rows)
			p.MatVec(rowMajor, w, x)
			p.MatVec(got, iw, x)
			for i := range got {
				var scale float64
				for c, v := range want[i] {
					scale += math.Abs(float64(v) * float64(x[c]))
				}
				if d := math.Abs(float64(got[i] - rowMajor[i])); !(d <= 1e-4*scale+1e-6) {
					t.Fatalf("%s %d threads: row %d interleaved %v, row-major %v (Σ|w·x| %g)", typ, threads, i, got[i], rowMajor[i], scale)
				}
			}
			if first == nil {
				first = got
			} else {
				for i := range got {
					if math.Float32bits(got[i]) != math.Float32bits(first[i]) {
						t.Fatalf("%s %d threads: row %d = %v, one thread %v", typ, threads, i, got[i], first[i])
					}
				}
			}
			mm := make([]float32, rows)
			p.MatMul(mm, iw, x, 1)
			shared, sharedOdd := make([]float32, rows), make([]float32, 40)
			p.MatMulShared(x, 1, Out{Dst: sharedOdd, W: odd}, Out{Dst: shared, W: iw})
			oddWant := make([]float32, 40)
			p.MatVec(oddWant, odd, x)
			for i := range got {
				if math.Float32bits(mm[i]) != math.Float32bits(got[i]) || math.Float32bits(shared[i]) != math.Float32bits(got[i]) {
					t.Fatalf("%s %d threads: row %d MatMul %v, MatMulShared %v, MatVec %v", typ, threads, i, mm[i], shared[i], got[i])
				}
			}
			for i := range oddWant {
				if math.Float32bits(sharedOdd[i]) != math.Float32bits(oddWant[i]) {
					t.Fatalf("%s %d threads: 40-row matrix row %d MatMulShared %v, MatVec %v", typ, threads, i, sharedOdd[i], oddWant[i])
				}
			}
			// Several tokens: the rows copied back out of the interleaved
			// layout go through the row-major kernels, so the results are
			// theirs to the bit (packed tiles for 8 tokens, RowsTokens for 3).
			for _, n := range []int{3, 8} {
				xs := randVec(r, n*cols)
				a, b := make([]float32, n*rows), make([]float32, n*rows)
				p.MatMul(a, w, xs, n)
				p.MatMul(b, iw, xs, n)
				for i := range a {
					if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
						t.Fatalf("%s %d threads, %d tokens: value %d interleaved %v, row-major %v", typ, threads, n, i, b[i], a[i])
					}
				}
			}
			p.Close()
		}
		for _, i := range []int{0, 17, rows - 1} {
			a, b := make([]float32, cols), make([]float32, cols)
			w.DequantizeRow(a, i)
			iw.DequantizeRow(b, i)
			for c := range a {
				if a[c] != b[c] {
					t.Fatalf("%s row %d value %d: dequantized from the copy %v, from the file %v", typ, i, c, b[c], a[c])
				}
			}
		}
	}
}

// TestInterleavedCheck checks that Matrix.Check refuses an interleaved copy
// of the wrong size, or on a type without interleaved kernels.
func TestInterleavedCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(63, 64))
	w, _ := quantMatrix(t, r, quant.Q8_0, 32, 64)
	bad := w
	bad.Interleaved = make([]byte, len(w.Data)-1)
	if bad.Check() == nil {
		t.Fatal("a short interleaved copy passed Check")
	}
	k, _ := quantMatrix(t, r, quant.Q6_K, 32, 256)
	k.Interleaved = make([]byte, len(k.Data))
	if k.Check() == nil {
		t.Fatal("an interleaved Q6_K copy passed Check")
	}
}

// TestInterleaveRows checks that a matrix interleaved in parts of whole
// groups, in any order, gives Interleave's copy byte for byte, and that
// parts not made of whole groups, out of range, or of a matrix with no
// interleaved layout are errors that leave dst unwritten.
func TestInterleaveRows(t *testing.T) {
	r := rand.New(rand.NewPCG(65, 66))
	for _, typ := range []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q5_0} {
		w, _ := quantMatrix(t, r, typ, 16*7, 96)
		if !Interleavable(w) {
			if err := InterleaveRows(w, make([]byte, len(w.Data)), 0, 16); err == nil {
				t.Fatalf("%s: InterleaveRows without an interleaved layout on this CPU", typ)
			}
			continue
		}
		want := interleaved(t, w).Interleaved
		got := make([]byte, len(w.Data))
		for _, part := range [][2]int{{80, 112}, {0, 16}, {16, 16}, {16, 80}} {
			if err := InterleaveRows(w, got, part[0], part[1]); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s: interleaved in parts differs from Interleave's copy", typ)
		}
		for _, part := range [][2]int{{8, 16}, {0, 24}, {-16, 16}, {96, 128}, {32, 16}} {
			dst := make([]byte, len(w.Data))
			if err := InterleaveRows(w, dst, part[0], part[1]); err == nil || !bytes.Equal(dst, make([]byte, len(dst))) {
				t.Fatalf("%s: rows %v: error %v, dst written %v", typ, part, err, !bytes.Equal(dst, make([]byte, len(dst))))
			}
		}
		if err := InterleaveRows(w, make([]byte, len(w.Data)-1), 0, 16); err == nil {
			t.Fatalf("%s: a short dst accepted", typ)
		}
	}
}
