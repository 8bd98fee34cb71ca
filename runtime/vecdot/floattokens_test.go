package vecdot

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestRowsFloatTokens compares RowsFloatTokens with the float64 dot product
// for every implementation and float type, on row, token and value counts
// around the tile kernels' sizes (2 or 4 rows, 6 tokens, 16 values, 1,024
// values per pass): every result is within RowsFloat's error bound of the
// exact one; the rows that no tile covers (all of them below 6 tokens) equal
// RowsFloat's bit for bit; nothing is written between the tokens' output
// rows or around them; converting the weights into a scratch block first
// gives the same bits.
func TestRowsFloatTokens(t *testing.T) {
	for _, im := range impls() {
		r := rand.New(rand.NewPCG(41, 42))
		for _, typ := range floatTypes {
			for _, md := range []mode{random, extreme} {
				for _, cols := range []int{5, 16, 17, 37, 1024, 1043, 2061} {
					for _, n := range []int{1, 5, 6, 7, 13} {
						rows := []int{1, 3, 4, 5, 9, 13}[r.IntN(6)]
						testRowsFloatTokens(t, im, r, typ, md, rows, cols, n)
					}
				}
			}
		}
	}
	w := make([]byte, 4*16)
	if err := RowsFloatTokens(make([]float32, 4), 1, quant.F16, w, 32, 2, make([]float32, 32), 2, nil); err == nil {
		t.Error("stride below the row count: no error")
	}
	if err := RowsFloatTokens(make([]float32, 3), 2, quant.F16, w, 32, 2, make([]float32, 32), 2, nil); err == nil {
		t.Error("short dst: no error")
	}
	if err := RowsFloatTokens(make([]float32, 4), 2, quant.F16, w, 32, 2, make([]float32, 31), 2, nil); err == nil {
		t.Error("activations not a whole number of rows: no error")
	}
	if err := RowsFloatTokens(make([]float32, 4), 2, quant.Q8_0, w, 34, 2, make([]float32, 64), 2, nil); err == nil {
		t.Error("quantized type: no error")
	}
}

func testRowsFloatTokens(t *testing.T, im impl, r *rand.Rand, typ quant.Type, md mode, rows, cols, n int) {
	t.Helper()
	var w []byte
	var wv [][]float64
	for i := 0; i < rows; i++ {
		b, v := floatRow(r, typ, cols, md)
		w = append(w, b...)
		wv = append(wv, v)
	}
	x := randFloats(r, n*cols)
	rb := cols * typ.TypeSize()
	stride := rows + 2
	dst, check := guarded(t, (n-1)*stride+rows)
	if err := im.rowsFloatTokens(dst, stride, typ, w, rb, rows, x, n, nil); err != nil {
		t.Fatal(err)
	}
	check()
	// With a scratch block for converted weights: the same bits.
	dst2, check2 := guarded(t, (n-1)*stride+rows)
	if err := im.rowsFloatTokens(dst2, stride, typ, w, rb, rows, x, n, make([]float32, rows*tileCols)); err != nil {
		t.Fatal(err)
	}
	check2()
	for i := range dst {
		if math.Float32bits(dst[i]) != math.Float32bits(dst2[i]) {
			t.Fatalf("%s %s %s rows=%d cols=%d n=%d: output %d: %v without scratch, %v with", im.name, typ, md, rows, cols, n, i, dst[i], dst2[i])
		}
	}
	// Rows and tokens outside whole tiles (all of them without tiles).
	tr, tn := 0, 0
	if tl := im.floatTile[typ]; tl.k != nil && cols >= 16 && n >= tileTokens && rows >= tl.rowsPer {
		tr, tn = rows/tl.rowsPer*tl.rowsPer, n
	}
	one := make([]float32, rows)
	for k := 0; k < n; k++ {
		xk := x[k*cols : (k+1)*cols]
		if err := im.rowsFloat(one, typ, w, rb, xk); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < rows; i++ {
			got := dst[k*stride+i]
			if k >= tn || i >= tr {
				if math.Float32bits(got) != math.Float32bits(one[i]) {
					t.Fatalf("%s %s %s rows=%d cols=%d n=%d: token %d row %d outside the tiles: %v, RowsFloat %v", im.name, typ, md, rows, cols, n, k, i, got, one[i])
				}
				continue
			}
			var s, abs float64
			for j, v := range wv[i] {
				s += v * float64(xk[j])
				abs += math.Abs(v * float64(xk[j]))
			}
			bound := 2 * float64(cols+16) * 0x1p-24 * abs
			if d := math.Abs(float64(got) - s); !(d <= bound) {
				t.Fatalf("%s %s %s rows=%d cols=%d n=%d: token %d row %d: %v, exact %v, |diff| %g > %g", im.name, typ, md, rows, cols, n, k, i, got, s, d, bound)
			}
		}
		if k < n-1 {
			for i := rows; i < stride; i++ {
				if math.Float32bits(dst[k*stride+i]) != math.Float32bits(sentinel) {
					t.Fatalf("%s %s: value between tokens %d and %d overwritten", im.name, typ, k, k+1)
				}
			}
		}
	}
}
