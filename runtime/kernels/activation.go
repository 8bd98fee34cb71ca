package kernels

import "github.com/qwenkit/qwenkit/runtime/vecdot"

// SiLU returns x·sigmoid(x) = x / (1 + e^-x), with e^-x in float32 (about
// 2 ulp; see expf).
func SiLU(x float32) float32 { return x / (1 + expf(-x)) }

// Sigmoid returns 1 / (1 + e^-x), with e^-x in float32.
func Sigmoid(x float32) float32 { return 1 / (1 + expf(-x)) }

// SwiGLU computes, for i < len(dst),
//
//	dst[i] = SiLU(gate[i]) · up[i]
//
// to the bit (vecdot.SwiGLU: 16 values at a time with AVX512). dst may
// alias gate or up.
func SwiGLU(dst, gate, up []float32) { vecdot.SwiGLU(dst, gate, up) }

// Softmax replaces x in place by
//
//	x[i] = e^(x[i]−m) / Σ_j e^(x[j]−m),  m = max_j x[j]
//
// with the exponentials in float32 (about 2 ulp; see expf) and their sum in
// float64.
func Softmax(x []float32) {
	if len(x) == 0 {
		return
	}
	m := x[0]
	for _, v := range x[1:] {
		if v > m {
			m = v
		}
	}
	if m != m || m > 3e38 { // NaN or +Inf: keep the plain definition's NaNs
		for i, v := range x {
			x[i] = expf(v - m)
		}
		return
	}
	inv := float32(1 / expShift(x, m))
	for i := range x {
		x[i] *= inv
	}
}

// TopK fills idx with the indices of the len(idx) largest values of x, largest
// first; equal values keep index order. It costs O(len(x)·len(idx)).
func TopK(idx []int, x []float32) {
	k := len(idx)
	n := 0 // idx[:n] is sorted, descending
	for i, v := range x {
		if n == k && (k == 0 || v <= x[idx[k-1]]) {
			continue
		}
		j := min(n, k-1)
		for j > 0 && x[idx[j-1]] < v {
			idx[j] = idx[j-1]
			j--
		}
		idx[j] = i
		if n < k {
			n++
		}
	}
}

// SwiGLU is SwiGLU with the values split over p's threads (prefill applies
// it to tokens × hidden values). It allocates nothing on a Pool.
func (p *Pool) SwiGLU(dst, gate, up []float32) {
	gate = gate[:len(dst)]
	up = up[:len(dst)]
	o := p.begin()
	o.dst, o.x, o.q = dst, gate, up
	p.run(o, swigluTask, len(dst), 8*len(dst), 64, guided)
}

func swigluTask(o *opArgs, lo, hi, _ int) { SwiGLU(o.dst[lo:hi], o.x[lo:hi], o.q[lo:hi]) }
