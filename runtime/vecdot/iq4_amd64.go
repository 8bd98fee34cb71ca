//go:build !purego

package vecdot

// rowsIQ4_NLAVX2 computes dst[r] = dotIQ4_NL(w[r·rowBytes:], act, nb)
// (ref_iq4.go) for r < rows, up to the float32 summation order (eight lanes
// per row; gen/iq4.py).
//
//go:noescape
func rowsIQ4_NLAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsIQ4_NLAVX2S computes what rowsIQ4_NLAVX2 does for 4·s rows, bit for
// bit, reading them as four streams of s rows side by side.
//
//go:noescape
func rowsIQ4_NLAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rowsIQ4_XSAVX2 computes dst[r] = dotIQ4_XS(w[r·rowBytes:], act, nb)
// (ref_iq4.go) for r < rows, up to the float32 rounding (eight lanes per
// row, each super-block's sub-block factors applied in int32; gen/iq4.py).
//
//go:noescape
func rowsIQ4_XSAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsIQ4_XSAVX2S computes what rowsIQ4_XSAVX2 does for 4·s rows, bit for
// bit, reading them as four streams of s rows side by side.
//
//go:noescape
func rowsIQ4_XSAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rows4IQ4_NLAVX2 and rows4IQ4_XSAVX2 compute, for r < rows and token
// k < 4, dst[k·dstStride + r] = what rowsIQ4_NLAVX2 (rowsIQ4_XSAVX2) gives
// row r with act[k·actStride:], bit for bit, unpacking each block's levels
// once for the four tokens. No activation byte may be −128 (iq4Tokens
// checks).
//
//go:noescape
func rows4IQ4_NLAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

//go:noescape
func rows4IQ4_XSAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// iq4Tokens runs the four-token kernel k, or, where one of the tokens'
// activation levels is −128 (which the four-token kernels' VPSIGNB cannot
// negate and QuantizeActivations never makes), the one-token product one
// for each token, whose results are the same. Activation blocks are
// actBytes long with their 32·perBlock levels from offset lo. The check
// reads the four activation rows once.
func iq4Tokens(k func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int),
	one quantRows, actBytes, lo, perBlock int) quantRows4 {
	fast := asmQuantN(4, k)
	return func(dst []float32, dstStride int, w []byte, rowBytes, rows int, act []byte, actStride, nb int) {
		for t := 0; t < 4; t++ {
			if holdsMinus128(act[t*actStride:], nb, actBytes, lo, 32*perBlock) {
				for t := 0; t < 4; t++ {
					one(dst[t*dstStride:t*dstStride+rows], w, rowBytes, act[t*actStride:], nb)
				}
				return
			}
		}
		fast(dst, dstStride, w, rowBytes, rows, act, actStride, nb)
	}
}
