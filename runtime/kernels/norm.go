package kernels

import "math"

// RMSNorm computes, for i < len(x),
//
//	dst[i] = x[i] / sqrt(Σ_j x[j]² / len(x) + eps) · w[i]
//
// with the sum of squares in float64 (as ggml does). dst may alias x.
func RMSNorm(dst, x, w []float32, eps float32) {
	w = w[:len(x)]
	dst = dst[:len(x)]
	var ss float64
	for _, v := range x {
		ss += float64(v) * float64(v)
	}
	scale := float32(1 / math.Sqrt(float64(float32(ss/float64(len(x)))+eps)))
	for i, v := range x {
		dst[i] = v * scale * w[i]
	}
}
