package vecdot

import "math"

// The element-wise float32 kernels of a forward pass (RMSNorm's two passes,
// residual and bias additions, scalings), each one pass over its operands
// that allocates nothing: plain Go here, AVX2 on amd64
// (vector_amd64.s) for the whole vectors of eight (SumSquares: sixteen) at
// the front, Go for the rest. The SIMD paths give the same bits as the Go
// ones: every operation is the same float32 (SumSquares: float64) operation
// on the same operands in the same order, only eight lanes at a time.

// sqLanes is how many running sums SumSquares keeps.
const sqLanes = 16

// SumSquares returns Σ x[i]² in float64 (each square exact), summed as
//
//	l[j] = Σ x[i]² over i ≡ j (mod 16), i < n16 = len(x) rounded down to 16,
//	       in index order;
//	c[j] = (l[j] + l[j+4]) + (l[j+8] + l[j+12]),  j < 4
//	s    = (c[0] + c[2]) + (c[1] + c[3]),  then + x[i]² for i ≥ n16 in order
//
// RMSNorm's sum of squares (ggml keeps it in double too). It reads x once
// and allocates nothing.
func SumSquares(x []float32) float64 { return active.sumSquares(x) }

func (im *impl) sumSquares(x []float32) float64 {
	n16 := len(x) / sqLanes * sqLanes
	var s float64
	if k := im.sumSq; k != nil && n16 > 0 {
		s = k(&x[0], n16)
	} else {
		s = sumSquaresGo(x[:n16])
	}
	for _, v := range x[n16:] {
		s += float64(v) * float64(v)
	}
	return s
}

// sumSquaresGo is SumSquares' lane sums and their combination for len(x) a
// multiple of 16.
func sumSquaresGo(x []float32) float64 {
	var l [sqLanes]float64
	for ; len(x) >= sqLanes; x = x[sqLanes:] {
		v := x[:sqLanes:sqLanes]
		for j := range l {
			l[j] += float64(v[j]) * float64(v[j])
		}
	}
	var c [4]float64
	for j := range c {
		c[j] = (l[j] + l[j+4]) + (l[j+8] + l[j+12])
	}
	return (c[0] + c[2]) + (c[1] + c[3])
}

// MulScaled computes dst[i] = (x[i]·s)·w[i] for i < len(dst), each product
// rounded to float32 (RMSNorm's second pass). x and w must be at least as
// long as dst; dst may be x. One pass, no allocation (as for all of these).
func MulScaled(dst, x, w []float32, s float32) { active.mulScaledInto(dst, x, w, s) }

func (im *impl) mulScaledInto(dst, x, w []float32, s float32) {
	x, w = x[:len(dst)], w[:len(dst)]
	n8 := len(dst) &^ 7
	if k := im.mulScaled; k != nil && n8 > 0 {
		k(&dst[0], &x[0], &w[0], n8, s)
		dst, x, w = dst[n8:], x[n8:], w[n8:]
	}
	for i := range dst {
		dst[i] = x[i] * s * w[i]
	}
}

// Add computes dst[i] += x[i] for i < len(dst); x must be at least as long.
func Add(dst, x []float32) { active.addInto(dst, x) }

func (im *impl) addInto(dst, x []float32) {
	x = x[:len(dst)]
	n8 := len(dst) &^ 7
	if k := im.add; k != nil && n8 > 0 {
		k(&dst[0], &x[0], n8)
		dst, x = dst[n8:], x[n8:]
	}
	for i := range dst {
		dst[i] += x[i]
	}
}

// AddScaled computes dst[i] += s·x[i] for i < len(dst) (the product
// rounded to float32, then the sum); x must be at least as long.
func AddScaled(dst, x []float32, s float32) { active.addScaledInto(dst, x, s) }

func (im *impl) addScaledInto(dst, x []float32, s float32) {
	x = x[:len(dst)]
	n8 := len(dst) &^ 7
	if k := im.addScaled; k != nil && n8 > 0 {
		k(&dst[0], &x[0], n8, s)
		dst, x = dst[n8:], x[n8:]
	}
	for i := range dst {
		dst[i] += s * x[i]
	}
}

// ScaleInto computes dst[i] = x[i]·s for i < len(dst); x must be at least
// as long, and may be dst.
func ScaleInto(dst, x []float32, s float32) { active.scaleInto(dst, x, s) }

func (im *impl) scaleInto(dst, x []float32, s float32) {
	x = x[:len(dst)]
	n8 := len(dst) &^ 7
	if k := im.scale; k != nil && n8 > 0 {
		k(&dst[0], &x[0], n8, s)
		dst, x = dst[n8:], x[n8:]
	}
	for i := range dst {
		dst[i] = x[i] * s
	}
}

// Rotate turns the pairs (a[i], b[i]) by the angles whose cosines and sines
// are cos[i] and sin[i], for i < len(a):
//
//	a[i], b[i] = a[i]·cos[i] − b[i]·sin[i],  a[i]·sin[i] + b[i]·cos[i]
//
// each product rounded to float32, then the difference or sum (one head of
// NeoX RoPE: a and b its two halves). b, cos and sin must be at least as
// long as a.
func Rotate(a, b, cos, sin []float32) { active.rotate(a, b, cos, sin) }

func (im *impl) rotate(a, b, cos, sin []float32) {
	b, cos, sin = b[:len(a)], cos[:len(a)], sin[:len(a)]
	n8 := len(a) &^ 7
	if k := im.rot; k != nil && n8 > 0 {
		k(&a[0], &b[0], &cos[0], &sin[0], n8)
		a, b, cos, sin = a[n8:], b[n8:], cos[n8:], sin[n8:]
	}
	for i := range a {
		x0, x1 := a[i], b[i]
		a[i] = x0*cos[i] - x1*sin[i]
		b[i] = x0*sin[i] + x1*cos[i]
	}
}

// MaxNumber returns the largest value of x that is not a NaN, or −Inf when
// there is none (x empty or all NaN); of two zeros it may return either.
// Unlike Max, a NaN anywhere leaves the result what it would be without
// it. It reads x once (eight lanes at a time on AVX2) and allocates
// nothing.
func MaxNumber(x []float32) float32 { return active.maxNumber(x) }

func (im *impl) maxNumber(x []float32) float32 {
	m := float32(math.Inf(-1))
	n8 := len(x) &^ 7
	if k := im.maxNum; k != nil && n8 > 0 {
		m = k(&x[0], n8)
		x = x[n8:]
	}
	for _, v := range x {
		if v > m {
			m = v
		}
	}
	return m
}
