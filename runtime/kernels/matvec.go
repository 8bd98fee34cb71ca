package kernels

import "github.com/qwenkit/qwenkit/runtime/quant"

// chunkValues is how many weights a product dequantizes at a time into its
// stack scratch buffer: a whole number of blocks of every block size (1, 32,
// 256).
const chunkValues = 1024

// Dot returns Σ_i a[i]·b[i] over i < len(a), summed in float32 in index
// order. b must be at least as long as a.
func Dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s float32
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

// MatVec computes, for every row r < w.Rows,
//
//	dst[r] = Σ_{c < w.Cols} W[r][c] · x[c]
//
// with W dequantized to float32 a chunk of blocks at a time and the sum in
// float32. Rows are split over the CPUs. It allocates nothing beyond the
// goroutines. dst needs w.Rows values and x w.Cols.
func MatVec(dst []float32, w Matrix, x []float32) {
	_ = dst[w.Rows-1]
	_ = x[w.Cols-1]
	parallelFor(w.Rows, w.Rows*w.Cols, func(lo, hi int) { matVecRows(dst, w, x, lo, hi) })
}

func matVecRows(dst []float32, w Matrix, x []float32, lo, hi int) {
	if w.Type == quant.F32 {
		if all, ok := f32View(w.Data); ok {
			for r := lo; r < hi; r++ {
				dst[r] = Dot(all[r*w.Cols:(r+1)*w.Cols], x)
			}
			return
		}
	}
	var buf [chunkValues]float32
	bs, ts, rb := w.Type.BlockSize(), w.Type.TypeSize(), w.RowBytes()
	for r := lo; r < hi; r++ {
		row := w.Data[r*rb : (r+1)*rb]
		var sum float32
		for c := 0; c < w.Cols; c += chunkValues {
			n := min(chunkValues, w.Cols-c)
			dequantize(buf[:n], w.Type, row[c/bs*ts:(c+n)/bs*ts])
			sum += Dot(buf[:n], x[c:c+n])
		}
		dst[r] = sum
	}
}

// MatMul computes the product for n tokens at once: x holds n rows of w.Cols
// values and dst n rows of w.Rows values, and for every token t and row r
//
//	dst[t·w.Rows + r] = Σ_{c < w.Cols} W[r][c] · x[t·w.Cols + c]
//
// Each weight row is dequantized once and reused for all n tokens, so a
// prefill reads the weights once rather than n times. Rows are split over the
// CPUs; each worker allocates one row of scratch.
func MatMul(dst []float32, w Matrix, x []float32, n int) {
	if n <= 0 {
		return
	}
	_ = dst[n*w.Rows-1]
	_ = x[n*w.Cols-1]
	if n == 1 {
		MatVec(dst, w, x)
		return
	}
	parallelFor(w.Rows, n*w.Rows*w.Cols, func(lo, hi int) { matMulRows(dst, w, x, n, lo, hi) })
}

func matMulRows(dst []float32, w Matrix, x []float32, n, lo, hi int) {
	all, view := []float32(nil), false
	if w.Type == quant.F32 {
		all, view = f32View(w.Data)
	}
	var row []float32
	if !view {
		row = make([]float32, w.Cols)
	}
	for r := lo; r < hi; r++ {
		if view {
			row = all[r*w.Cols : (r+1)*w.Cols]
		} else {
			w.DequantizeRow(row, r)
		}
		for t := 0; t < n; t++ {
			xt := x[t*w.Cols : (t+1)*w.Cols]
			if view {
				dst[t*w.Rows+r] = Dot(row, xt)
			} else {
				dst[t*w.Rows+r] = chunkedDot(row, xt)
			}
		}
	}
}

// chunkedDot returns Σ a[i]·b[i] summed chunk by chunk exactly as matVecRows
// sums a dequantized row, so that MatMul and MatVec agree to the bit.
func chunkedDot(a, b []float32) float32 {
	var s float32
	for c := 0; c < len(a); c += chunkValues {
		n := min(chunkValues, len(a)-c)
		s += Dot(a[c:c+n], b[c:c+n])
	}
	return s
}
