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
