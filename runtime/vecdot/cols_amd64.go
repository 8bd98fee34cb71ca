//go:build !purego

package vecdot

import "github.com/qwenkit/qwenkit/runtime/quant"

// The column kernels (float_amd64.s): cols<T>x<H><ISA> computes, for H
// vectors x_h of k values (xStride values apart) and the columns c < cols (a
// multiple of 8 for AVX2, any number for AVX512: masked loads and stores
// take the last cols%16) of the k-row matrix W (rows rowBytes apart),
//
//	dst[h·dstStride + c] = Σ_{i<k} x_h[i]·float32(W[i][c])
//
// (colsF32/colsF16 in ref_float.go, summed in index order with fused
// multiply-adds). k is at least 1.

//go:noescape
func colsF32x1AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x2AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x3AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x4AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x5AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x6AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x7AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x8AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x1AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x2AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x3AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x4AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x5AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x6AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x7AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF32x8AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x1AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x2AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x3AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x4AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x5AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x6AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x7AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x8AVX2(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x1AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x2AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x3AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x4AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x5AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x6AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x7AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

//go:noescape
func colsF16x8AVX512(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)

// colsAVX2 and colsAVX512 are the column kernels by weight type and vector
// count.
var (
	colsAVX2 = map[quant.Type][maxColsVectors + 1]colsKernel{
		quant.F32: [maxColsVectors + 1]colsKernel{nil, colsF32x1AVX2, colsF32x2AVX2, colsF32x3AVX2, colsF32x4AVX2, colsF32x5AVX2, colsF32x6AVX2, colsF32x7AVX2, colsF32x8AVX2},
		quant.F16: [maxColsVectors + 1]colsKernel{nil, colsF16x1AVX2, colsF16x2AVX2, colsF16x3AVX2, colsF16x4AVX2, colsF16x5AVX2, colsF16x6AVX2, colsF16x7AVX2, colsF16x8AVX2},
	}
	colsAVX512 = map[quant.Type][maxColsVectors + 1]colsKernel{
		quant.F32: [maxColsVectors + 1]colsKernel{nil, colsF32x1AVX512, colsF32x2AVX512, colsF32x3AVX512, colsF32x4AVX512, colsF32x5AVX512, colsF32x6AVX512, colsF32x7AVX512, colsF32x8AVX512},
		quant.F16: [maxColsVectors + 1]colsKernel{nil, colsF16x1AVX512, colsF16x2AVX512, colsF16x3AVX512, colsF16x4AVX512, colsF16x5AVX512, colsF16x6AVX512, colsF16x7AVX512, colsF16x8AVX512},
	}
)

// expShiftSumAVX2 and expShiftSumAVX512 replace x[i] by e^(x[i]−m) for
// i < n and return their sum; maxAVX2 and maxAVX512 return the largest of
// x[0…n) (expShiftSumGo and maxGo in ref_float.go, within the error the
// float_amd64.s comment states). n is a positive multiple of 8 (AVX2) or
// 16 (AVX512).
//
//go:noescape
func expShiftSumAVX2(x *float32, n int, m float32) float32

//go:noescape
func expShiftSumAVX512(x *float32, n int, m float32) float32

//go:noescape
func maxAVX2(x *float32, n int) float32

//go:noescape
func maxAVX512(x *float32, n int) float32
