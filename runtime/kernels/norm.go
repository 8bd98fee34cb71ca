package kernels

import "math"

// RMSNorm computes, for i < len(x),
//
//	dst[i] = x[i] / sqrt(Σ_j x[j]² / len(x) + eps) · w[i]
//
// with the sum of squares in float64 (as ggml does), in four lanes. dst may
// alias x.
func RMSNorm(dst, x, w []float32, eps float32) {
	w = w[:len(x)]
	dst = dst[:len(x)]
	var s0, s1, s2, s3 float64
	y := x
	for len(y) >= 4 {
		v := y[:4:4]
		a, b, c, d := float64(v[0]), float64(v[1]), float64(v[2]), float64(v[3])
		s0 += a * a
		s1 += b * b
		s2 += c * c
		s3 += d * d
		y = y[4:]
	}
	for _, v := range y {
		s0 += float64(v) * float64(v)
	}
	ss := (s0 + s1) + (s2 + s3)
	scale := float32(1 / math.Sqrt(float64(float32(ss/float64(len(x)))+eps)))
	for i, v := range x {
		dst[i] = v * scale * w[i]
	}
}
