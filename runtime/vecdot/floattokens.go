package vecdot

import (
	"fmt"
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// floatTile is a kernel that multiplies rows weight rows (a multiple of
// rowsPer) by tileTokens tokens at once, each weight converted once for all
// of them: for row r and token k < tileTokens,
//
//	dst[k·dstStride + r] = (acc ≠ 0 ? dst[k·dstStride + r] : 0) + Σ_{i<n} float32(W[r][i])·x[k·xStride + i]
//
// over n values, a positive multiple of 16 (xStride is in values).
type floatTile struct {
	k       func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)
	rowsPer int
}

// tileTokens is how many tokens a floatTile kernel takes at once, and
// tileCols how many values of each row it takes per call: the activations
// of one call (6 tokens × 1024 values × 4 bytes, 24 KiB) stay in the
// level-1 cache while the weight rows pass.
const (
	tileTokens = 6
	tileCols   = 1024
)

// RowsFloatTokens is RowsFloat for n tokens at once: x holds n rows of
// cols = len(x)/n values, and for every token k < n and row r < rows,
//
//	dst[k·dstStride + r] = Σ_{i<cols} float32(W[r][i])·x[k·cols + i]
//
// summed in float32. Where the CPU has tile kernels (amd64 with AVX2: 2 rows
// × 6 tokens; with AVX512, and arm64 with NEON: 4 rows × 6 tokens) each weight vector is
// converted once for six tokens and each activation vector loaded once for
// several rows, and the sum of each row is taken 1,024 values at a time, so
// the order of the float32 additions differs from RowsFloat's (the results
// agree to float32 rounding of the sum, not bit for bit). With n ≥ 6 every
// token takes the tiles (the last ones in a tile that overlaps the one
// before); the rows left over from whole tiles (rows%2 or rows%4), and
// every row when n < 6, take RowsFloat's kernel and equal RowsFloat's
// result bit for bit. scratch, when it holds at least rows·1,024 values,
// lets F16 and BF16 weights be converted to float32 once per 1,024 values
// of a row for all the tokens (the tiles then read float32 weights, about a
// quarter faster with AVX512); the results are the same bits with or
// without it. Each weight row holds
// cols values of t in rowBytes = t.RowSize(cols) bytes; dstStride must be at
// least rows. It allocates nothing, is safe for concurrent use, and returns
// an error, writing nothing, when t is not SupportedFloat or a length does
// not fit.
func RowsFloatTokens(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, rows int, x []float32, n int, scratch []float32) error {
	return active.rowsFloatTokens(dst, dstStride, t, w, rowBytes, rows, x, n, scratch)
}

// rowsFloatTokens is RowsFloatTokens on implementation m.
func (m *impl) rowsFloatTokens(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, rows int, x []float32, n int, scratch []float32) error {
	f := m.floatFor(t)
	if f == nil {
		return fmt.Errorf("vecdot: no float product for %s weights", t)
	}
	if rows < 0 || n < 0 || dstStride < rows {
		return fmt.Errorf("vecdot: %d rows, %d tokens, destination stride %d", rows, n, dstStride)
	}
	if n == 0 || rows == 0 {
		return nil
	}
	cols := len(x) / n
	es := geometry[t].typeSize
	if cols == 0 || len(x) != n*cols || rowBytes != cols*es {
		return fmt.Errorf("vecdot: %d tokens of %d activations for %s rows of %d bytes", n, len(x), t, rowBytes)
	}
	if len(w) < rows*rowBytes {
		return fmt.Errorf("vecdot: %d %s rows of %d bytes need %d bytes of weights, got %d", rows, t, rowBytes, rows*rowBytes, len(w))
	}
	if len(dst) < (n-1)*dstStride+rows {
		return fmt.Errorf("vecdot: %d tokens of %d rows at stride %d need %d outputs, got %d", n, rows, dstStride, (n-1)*dstStride+rows, len(dst))
	}
	tile := m.floatTile[t]
	tr, tc := 0, cols&^15 // rows and values the tiles take
	if tile.k != nil && tc > 0 && n >= tileTokens {
		tr = rows / tile.rowsPer * tile.rowsPer
	}
	if tr > 0 {
		if m.widen[t] == nil || len(scratch) < tr*min(tileCols, tc) {
			scratch = nil
		}
		m.floatTiles(t, dst, dstStride, w, rowBytes, tr, x, cols, tc, 0, n/tileTokens*tileTokens, scratch)
		if n%tileTokens != 0 {
			// The last tokens in a tile that overlaps the previous one: it
			// recomputes those tokens' results, to the same bits.
			m.floatTiles(t, dst, dstStride, w, rowBytes, tr, x, cols, tc, n-tileTokens, n, scratch)
		}
		if tc < cols {
			// The last cols%16 values of every tiled row, one product each.
			var one [1]float32
			for k := 0; k < n; k++ {
				for r := 0; r < tr; r++ {
					f(one[:], w[r*rowBytes+tc*es:], rowBytes, x[k*cols+tc:(k+1)*cols], cols-tc)
					dst[k*dstStride+r] += one[0]
				}
			}
		}
	}
	if tr < rows {
		for k := 0; k < n; k++ {
			f(dst[k*dstStride+tr:k*dstStride+rows], w[tr*rowBytes:], rowBytes, x[k*cols:(k+1)*cols], cols)
		}
	}
	return nil
}

// floatTiles runs t's tile kernel over rows [0, rows) and tokens [k0, k1)
// (a multiple of tileTokens), values [0, tc), tileCols values at a time;
// with scratch (F16 or BF16 weights), each such block of weights is first
// converted to float32 into scratch and multiplied there by the F32 tiles,
// which sum the same exact products in the same order: the same bits.
func (m *impl) floatTiles(t quant.Type, dst []float32, dstStride int, w []byte, rowBytes, rows int, x []float32, cols, tc, k0, k1 int, scratch []float32) {
	es := rowBytes / cols
	tile := m.floatTile[t]
	for c := 0; c < tc; c += tileCols {
		nc, acc := min(tileCols, tc-c), min(c, 1)
		wc, rb := &w[c*es], rowBytes
		if scratch != nil {
			for r := 0; r < rows; r++ {
				m.widen[t](&scratch[r*nc], &w[r*rowBytes+c*es], nc)
			}
			tile, wc, rb = m.floatTile[quant.F32], (*byte)(unsafe.Pointer(&scratch[0])), 4*nc
		}
		for k := k0; k < k1; k += tileTokens {
			tile.k(&dst[k*dstStride], dstStride, rows, wc, rb, &x[k*cols+c], cols, nc, acc)
		}
	}
}
