package vecdot

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// colsKernel computes, for H vectors (H fixed by the kernel) and columns
// c < cols (a multiple of the impl's colsLanes):
//
//	dst[h·dstStride + c] = Σ_{i<k} x[h·xStride + i]·float32(W[i][c])
//
// with W's row i at w + i·rowBytes.
type colsKernel func(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

// maxColsVectors is the most vectors one column kernel takes.
const maxColsVectors = 8

// ColsFloat multiplies n vectors by the columns of a float matrix: x holds
// n vectors of k = len(x)/n values one after another, W has k rows of at
// least cols values of type t (F32 or F16), row i from byte i·rowBytes of w
// (rowBytes >= t.RowSize(cols)), and for every vector j < n and column
// c < cols,
//
//	dst[j·dstStride + c] = Σ_{i<k} x[j·k + i]·float32(W[i][c])
//
// summed in float32 in index order (with fused multiply-adds where the CPU
// has SIMD kernels: amd64 with AVX2 takes 8 columns at a time, the last
// cols%8 as part of the last 8 (fewer than 8 columns in plain Go); AVX512
// 16, the last ones under a mask; each
// weight vector converted once for up to eight vectors). Attention
// takes its scores (keys stored transposed: W[d][position]) and its
// weighted sums of values (values by position: W[position][d]) this way.
// It allocates nothing, is safe for concurrent use, and returns an error,
// writing nothing, when t is not F32 or F16 or a length does not fit.
func ColsFloat(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, cols int, x []float32, n int) error {
	return active.colsFloat(dst, dstStride, t, w, rowBytes, cols, x, n)
}

// colsFloat is ColsFloat on implementation m.
func (m *impl) colsFloat(dst []float32, dstStride int, t quant.Type, w []byte, rowBytes, cols int, x []float32, n int) error {
	var ref func(dst []float32, dstStride int, w []byte, rowBytes, cols int, x []float32, n, k int)
	switch t {
	case quant.F32:
		ref = colsF32
	case quant.F16:
		ref = colsF16
	default:
		return fmt.Errorf("vecdot: no column product for %s weights", t)
	}
	if cols < 0 || n < 0 || dstStride < cols {
		return fmt.Errorf("vecdot: %d columns, %d vectors, destination stride %d", cols, n, dstStride)
	}
	if n == 0 || cols == 0 {
		return nil
	}
	k := len(x) / n
	es := geometry[t].typeSize
	if k == 0 || len(x) != n*k || rowBytes < cols*es {
		return fmt.Errorf("vecdot: %d vectors of %d values for %s rows of %d columns %d bytes apart", n, len(x), t, cols, rowBytes)
	}
	if need := (k-1)*rowBytes + cols*es; len(w) < need {
		return fmt.Errorf("vecdot: %d %s rows of %d columns, %d bytes apart, need %d bytes, got %d", k, t, cols, rowBytes, need, len(w))
	}
	if len(dst) < (n-1)*dstStride+cols {
		return fmt.Errorf("vecdot: %d vectors of %d columns at stride %d need %d outputs, got %d", n, cols, dstStride, (n-1)*dstStride+cols, len(dst))
	}
	ks := &m.cols[t]
	done := 0 // columns the kernels take
	switch {
	case ks[1] != nil && m.colsMasked:
		done = cols
	case ks[1] != nil:
		done = cols / m.colsLanes * m.colsLanes
	}
	for j := 0; j < n && done > 0; j += maxColsVectors {
		h := min(maxColsVectors, n-j)
		ks[h](&dst[j*dstStride], dstStride, done, &w[0], rowBytes, &x[j*k], k, k)
	}
	if done < cols && ks[1] != nil && done >= m.colsLanes {
		// The last cols%colsLanes columns on an unmasked kernel: one more
		// vector of columns ending at the last, which recomputes the
		// columns it shares with the last one to the same bits (each
		// column's sum is its own lane's, whatever the lane).
		c0 := cols - m.colsLanes
		for j := 0; j < n; j += maxColsVectors {
			h := min(maxColsVectors, n-j)
			ks[h](&dst[j*dstStride+c0], dstStride, m.colsLanes, &w[c0*es], rowBytes, &x[j*k], k, k)
		}
		done = cols
	}
	if done < cols {
		ref(dst[done:], dstStride, w[done*es:], rowBytes, cols-done, x, n, k)
	}
	return nil
}
