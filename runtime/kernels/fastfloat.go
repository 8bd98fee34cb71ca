package kernels

import (
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// simdFloat reports whether runtime/vecdot has SIMD float products on this
// CPU; without them (purego builds, other CPUs) the plain-Go loops of
// vector.go are faster than vecdot's reference loops, and are used.
var simdFloat = vecdot.Impl() != "generic"

// f32AsBytes returns the bytes of x without copying.
func f32AsBytes(x []float32) []byte {
	if len(x) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&x[0])), 4*len(x))
}

// u16AsBytes returns the bytes of x without copying.
func u16AsBytes(x []uint16) []byte {
	if len(x) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&x[0])), 2*len(x))
}

// rowsFloat computes dst[r] = Σ_c row_r[c]·x[c] for len(dst) rows of len(x)
// values of type t (F32 or F16) stored one after another in w, with
// vecdot's SIMD product. The caller has checked the lengths, so an error is
// a bug.
func rowsFloat(dst []float32, t quant.Type, w []byte, x []float32) {
	if len(dst) == 0 {
		return
	}
	if err := vecdot.RowsFloat(dst, t, w, len(x)*t.TypeSize(), x); err != nil {
		panic("kernels: " + err.Error())
	}
}
