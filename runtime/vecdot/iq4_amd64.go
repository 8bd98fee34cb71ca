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
