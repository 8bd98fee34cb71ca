//go:build !purego

package vecdot

// The AVX2 kernels of vector.go's element-wise operations
// (vector_amd64.s): each computes its Go loop's operations for i < n, n a
// positive multiple of 8 (sumSquaresAVX2: of 16, returning sumSquaresGo's
// value), eight lanes at a time, to the same bits.

//go:noescape
func sumSquaresAVX2(x *float32, n int) float64

//go:noescape
func mulScaledAVX2(dst, x, w *float32, n int, s float32)

//go:noescape
func addAVX2(dst, x *float32, n int)

//go:noescape
func addScaledAVX2(dst, x *float32, n int, s float32)

//go:noescape
func scaleAVX2(dst, x *float32, n int, s float32)

//go:noescape
func rotateAVX2(a, b, cos, sin *float32, n int)

//go:noescape
func maxNumberAVX2(x *float32, n int) float32
