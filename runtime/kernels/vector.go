package kernels

import (
	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// The float loops below are unrolled four ways with independent
// accumulators, so that the additions of one loop do not wait on each other.
// Every function that sums a dot product uses the same order (lanes i mod 4,
// the tail into lane 0, then (s0+s1)+(s2+s3)), so a product computed one row
// at a time equals the same product computed several rows at a time, to the
// bit.

// Dot returns Σ_i a[i]·b[i] over i < len(a), summed in float32 in four lanes
// (i mod 4) added as (s0+s1)+(s2+s3). b must be at least as long as a.
func Dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	for len(a) >= 4 && len(b) >= 4 {
		x, y := a[:4:4], b[:4:4]
		s0 += x[0] * y[0]
		s1 += x[1] * y[1]
		s2 += x[2] * y[2]
		s3 += x[3] * y[3]
		a, b = a[4:], b[4:]
	}
	for i, v := range a {
		s0 += v * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// dot2 returns Dot(a, x) and Dot(b, x), reading x once for both rows.
func dot2(a, b, x []float32) (float32, float32) {
	n := len(x)
	a, b = a[:n], b[:n]
	var s0, s1, s2, s3, t0, t1, t2, t3 float32
	i := 0
	for ; i+4 <= n; i += 4 {
		xv, av, bv := x[i:i+4:i+4], a[i:i+4:i+4], b[i:i+4:i+4]
		s0 += av[0] * xv[0]
		s1 += av[1] * xv[1]
		s2 += av[2] * xv[2]
		s3 += av[3] * xv[3]
		t0 += bv[0] * xv[0]
		t1 += bv[1] * xv[1]
		t2 += bv[2] * xv[2]
		t3 += bv[3] * xv[3]
	}
	for ; i < n; i++ {
		s0 += a[i] * x[i]
		t0 += b[i] * x[i]
	}
	return (s0 + s1) + (s2 + s3), (t0 + t1) + (t2 + t3)
}

// dotRows computes dst[r] = Σ_c rows[r·cols+c]·x[c] for r < len(dst): with
// runtime/vecdot's SIMD product where the CPU has one (its own summation
// order, the same for every row whatever the row count), else as Dot, two
// rows at a time. Either way a row's result does not depend on which other
// rows share the call.
func dotRows(dst, rows []float32, cols int, x []float32) {
	x = x[:cols]
	if simdFloat {
		rowsFloat(dst, quant.F32, f32AsBytes(rows[:len(dst)*cols]), x)
		return
	}
	dotRowsGo(dst, rows, cols, x)
}

// dotRowsGo is dotRows in plain Go.
func dotRowsGo(dst, rows []float32, cols int, x []float32) {
	r := 0
	for ; r+2 <= len(dst); r += 2 {
		dst[r], dst[r+1] = dot2(rows[r*cols:(r+1)*cols], rows[(r+1)*cols:(r+2)*cols], x)
	}
	if r < len(dst) {
		dst[r] = Dot(rows[r*cols:(r+1)*cols], x)
	}
}

// Add computes dst[i] += x[i] for i < len(dst) (vecdot.Add: eight lanes at
// a time on AVX2).
func Add(dst, x []float32) { vecdot.Add(dst, x) }

// AddScaled computes dst[i] += s·x[i] for i < len(dst) (vecdot.AddScaled).
func AddScaled(dst, x []float32, s float32) { vecdot.AddScaled(dst, x, s) }

// Scale computes x[i] *= s for i < len(x) (vecdot.ScaleInto in place).
func Scale(x []float32, s float32) { vecdot.ScaleInto(x, x, s) }
