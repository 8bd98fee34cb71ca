package vecdot

// ExpShiftSum replaces x[i] by e^(x[i]−m) for every i and returns their
// sum, in float32: softmax's exponentials, with m the row's maximum. Where
// the CPU has SIMD kernels (amd64 with AVX2: 8 lanes; AVX512: 16) it
// evaluates e^a as a degree-7 polynomial scaled by a power of two, within
// 3 ulp of e^a for a in (−87.3, 0] and 0 below (a NaN gives 0); the values
// left over from whole vectors, and every value elsewhere, take float64
// math.Exp rounded to float32. It allocates nothing and is safe for
// concurrent use.
func ExpShiftSum(x []float32, m float32) float32 { return active.expShiftSum(x, m) }

func (im *impl) expShiftSum(x []float32, m float32) float32 {
	var s float32
	if k := im.expSum; k != nil && len(x) >= im.colsLanes {
		done := len(x) / im.colsLanes * im.colsLanes
		s = k(&x[0], done, m)
		x = x[done:]
	}
	return s + expShiftSumGo(x, m)
}

// Max returns the largest value of x, which must not be empty. With NaNs in
// x the result is a NaN or the largest of only some of the other values
// (the SIMD kernels keep a running maximum per lane, which a NaN resets; a
// row of NaNs gives NaN): attention, whose scores are NaN-free unless the
// model's values are, takes it; MaxNumber skips NaNs.
func Max(x []float32) float32 { return active.max(x) }

func (im *impl) max(x []float32) float32 {
	m := x[0]
	if k := im.maxK; k != nil && len(x) >= im.colsLanes {
		done := len(x) / im.colsLanes * im.colsLanes
		m = k(&x[0], done)
		x = x[done:]
	}
	return max(m, maxGo(x, m))
}
