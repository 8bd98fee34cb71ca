package vecdot

import (
	"encoding/binary"
	"math"
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Plain-Go references for the float weight types, with float32 activations
// x (not rounded to the weight's type):
//
//	sum = Σ_i float32(w[i])·x[i]   summed in float32, in index order
//
// with w[i] decoded exactly from F32, F16 (IEEE half) or BF16.

// dotF32 is the F32 product over n values; w holds them little-endian.
func dotF32(w []byte, x []float32, n int) float32 {
	x = x[:n]
	var sum float32
	if v, ok := f32View(w[:4*n]); ok {
		for i, a := range v {
			sum += float32(a * x[i])
		}
		return sum
	}
	for i, a := range x {
		sum += float32(math.Float32frombits(binary.LittleEndian.Uint32(w[4*i:])) * a)
	}
	return sum
}

// dotF16 is the F16 product over n values.
func dotF16(w []byte, x []float32, n int) float32 {
	x = x[:n]
	w = w[:2*n]
	var sum float32
	for i, a := range x {
		sum += float32(quant.FP16ToFloat32(uint16(w[2*i])|uint16(w[2*i+1])<<8) * a)
	}
	return sum
}

// dotBF16 is the BF16 product over n values.
func dotBF16(w []byte, x []float32, n int) float32 {
	x = x[:n]
	w = w[:2*n]
	var sum float32
	for i, a := range x {
		sum += float32(math.Float32frombits((uint32(w[2*i])|uint32(w[2*i+1])<<8)<<16) * a)
	}
	return sum
}

// f32View returns b as float32 values without copying when that is possible
// (4-byte aligned, little-endian machine).
func f32View(b []byte) ([]float32, bool) {
	if len(b) == 0 || uintptr(unsafe.Pointer(&b[0]))%4 != 0 || !littleEndian {
		return nil, false
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4), true
}

var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// colsF32 and colsF16 are the references of ColsFloat: for j < n and
// c < cols, dst[j·dstStride + c] = Σ_{i<k} x[j·k + i]·float32(W[i][c]),
// summed in float32 in index order, W's row i at w[i·rowBytes:].
func colsF32(dst []float32, dstStride int, w []byte, rowBytes, cols int, x []float32, n, k int) {
	for j := 0; j < n; j++ {
		for c := 0; c < cols; c++ {
			var sum float32
			for i, a := range x[j*k : (j+1)*k] {
				sum += float32(a * math.Float32frombits(binary.LittleEndian.Uint32(w[i*rowBytes+4*c:])))
			}
			dst[j*dstStride+c] = sum
		}
	}
}

func colsF16(dst []float32, dstStride int, w []byte, rowBytes, cols int, x []float32, n, k int) {
	for j := 0; j < n; j++ {
		for c := 0; c < cols; c++ {
			var sum float32
			for i, a := range x[j*k : (j+1)*k] {
				o := i*rowBytes + 2*c
				sum += float32(a * quant.FP16ToFloat32(uint16(w[o])|uint16(w[o+1])<<8))
			}
			dst[j*dstStride+c] = sum
		}
	}
}

// expShiftSumGo replaces x[i] by float32(e^(x[i]−m)) (float64 math.Exp) and
// returns their float32 sum in index order.
func expShiftSumGo(x []float32, m float32) float32 {
	var s float32
	for i, v := range x {
		x[i] = float32(math.Exp(float64(v - m)))
		s += x[i]
	}
	return s
}

// maxGo returns the largest of m and the values of x.
func maxGo(x []float32, m float32) float32 {
	for _, v := range x {
		if v > m {
			m = v
		}
	}
	return m
}
