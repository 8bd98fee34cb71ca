package kernels

import (
	"math"

	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// RMSNorm computes, for i < len(x),
//
//	dst[i] = x[i] / sqrt(Σ_j x[j]² / len(x) + eps) · w[i]
//
// with the sum of squares in float64 (as ggml does; vecdot.SumSquares) and
// the products as vecdot.MulScaled: x times the scale, times w. dst may
// alias x. Cost: two passes over x (on AVX2, sixteen and eight values at a
// time).
func RMSNorm(dst, x, w []float32, eps float32) {
	w, dst = w[:len(x)], dst[:len(x)]
	ss := vecdot.SumSquares(x)
	scale := float32(1 / math.Sqrt(float64(float32(ss/float64(len(x)))+eps)))
	vecdot.MulScaled(dst, x, w, scale)
}
