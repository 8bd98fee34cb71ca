//go:build !purego

package vecdot

import (
	"github.com/qwenkit/qwenkit/runtime/quant"
	"golang.org/x/sys/cpu"
)

// The NEON kernels (neon_arm64.s, written by gen/neon.py). Each computes,
// for r < rows, dst[r] = the product of the weight row at w + r·rowBytes with
// the activation row act (or x), over nb blocks (or n values), as the
// matching reference in ref_*.go states it; rows, nb and n are at least 1.

// rowsQ8_0SDOT and rowsQ8_0NEON compute dst[r] = dotQ8_0(w[r·rowBytes:],
// act, nb) (ref_legacy.go) for r < rows, bit for bit: the block sums with
// SDOT (ARMv8.2 dotprod) or with SMULL and SADALP (plain ASIMD).
//
//go:noescape
func rowsQ8_0SDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ8_0NEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_0SDOT and rowsQ4_0NEON compute dst[r] = dotQ4_0(w[r·rowBytes:],
// act, nb) (ref_legacy.go) for r < rows, bit for bit, as the Q8_0 kernels do.
//
//go:noescape
func rowsQ4_0SDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_0NEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_1SDOT, rowsQ5_0SDOT, rowsQ5_1SDOT and their NEON versions compute
// dst[r] = dotQ4_1/dotQ5_0/dotQ5_1(w[r·rowBytes:], act, nb) (ref_legacy.go)
// for r < rows, bit for bit, as the Q8_0 kernels do (the fifth bits spread
// to bytes with TBL and CMTST).
//
//go:noescape
func rowsQ4_1SDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_1NEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_0SDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_0NEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_1SDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_1NEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsIQ4_NLSDOT and rowsIQ4_NLNEON compute dst[r] =
// dotIQ4_NL(w[r·rowBytes:], act, nb) (ref_iq4.go) for r < rows, bit for bit,
// as the Q4_0 kernels do with the nibbles turned into levels by TBL.
//
//go:noescape
func rowsIQ4_NLSDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsIQ4_NLNEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsIQ4_XSSDOT and rowsIQ4_XSNEON compute dst[r] =
// dotIQ4_XS(w[r·rowBytes:], act, nb) (ref_iq4.go) for r < rows, bit for
// bit: per sub-block the exact int32 sum, converted and scaled in the
// reference's order.
//
//go:noescape
func rowsIQ4_XSSDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsIQ4_XSNEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ2_KSDOT and rowsQ2_KNEON compute dst[r] = dotQ2_K(w[r·rowBytes:],
// act, nb) (ref_k.go) for r < rows, as the Q4_K kernels do.
//
//go:noescape
func rowsQ2_KSDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ2_KNEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ3_KSDOT and rowsQ3_KNEON compute dst[r] = dotQ3_K(w[r·rowBytes:],
// act, nb) (ref_k.go) for r < rows, as the Q6_K kernels do.
//
//go:noescape
func rowsQ3_KSDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ3_KNEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_KSDOT and rowsQ4_KNEON compute dst[r] = dotQ4_K(w[r·rowBytes:],
// act, nb) (ref_k.go) for r < rows: the same exact integer sums (SDOT or
// SMULL/SADALP) and float32 steps, each product rounded (the compiled
// reference may fuse one: the results agree within float32 rounding).
//
//go:noescape
func rowsQ4_KSDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_KNEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ5_KSDOT and rowsQ5_KNEON compute dst[r] = dotQ5_K(w[r·rowBytes:],
// act, nb) (ref_k.go) for r < rows, as the Q4_K kernels do (the fifth bits
// ORed into the levels before the products).
//
//go:noescape
func rowsQ5_KSDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_KNEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ6_KSDOT and rowsQ6_KNEON compute dst[r] = dotQ6_K(w[r·rowBytes:],
// act, nb) (ref_k.go) for r < rows, as the Q4_K kernels do (exact integer
// sums, float32 within rounding of the reference's).
//
//go:noescape
func rowsQ6_KSDOT(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ6_KNEON(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsF32NEON, rowsF16NEON and rowsBF16NEON compute dst[r] =
// Σ_{i<n} float32(W[r][i])·x[i] for r < rows (dotF32/dotF16/dotBF16 in
// ref_float.go, in neon_arm64.s's summation order: FMLA on four 4-lane
// accumulators).
//
//go:noescape
func rowsF32NEON(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsF16NEON(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsBF16NEON(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)

// tileF32NEON, tileF16NEON and tileBF16NEON (4 rows × 6 tokens) compute,
// for every row r < rows (a multiple of 4) and token k < 6,
//
//	dst[k·dstStride + r] = (acc ≠ 0 ? dst[k·dstStride + r] : 0) + Σ_{i<n} float32(W[r][i])·x[k·xStride + i]
//
// (dotF32/dotF16/dotBF16 in ref_float.go over n values, a positive multiple
// of 16, summed in neon_arm64.s's order).
//
//go:noescape
func tileF32NEON(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

//go:noescape
func tileF16NEON(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

//go:noescape
func tileBF16NEON(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

// widenF16NEON and widenBF16NEON write float32(src[i]) to dst[i] for i < n,
// a positive multiple of 8 (exact conversions, as ref_float.go's
// dotF16/dotBF16 decode each value).
//
//go:noescape
func widenF16NEON(dst *float32, src *byte, n int)

//go:noescape
func widenBF16NEON(dst *float32, src *byte, n int)

// quantQ8_0NEON converts nb blocks of src to Q8_0 as quant.QuantizeActivations
// does (byte for byte), stopping before a block whose largest magnitude is
// below 2⁻¹⁰⁰; it returns the blocks done.
//
//go:noescape
func quantQ8_0NEON(dst *byte, src *float32, nb int) int

// actQ8_0NEON is quantQ8_0NEON with the blocks it stops at (tiny or NaN)
// converted by actQ8_0Go (which hands them to runtime/quant).
func actQ8_0NEON(dst []byte, src []float32, nb int) {
	for i := 0; i < nb; i++ {
		i += quantQ8_0NEON(&dst[i*34], &src[i*32], nb-i)
		if i < nb {
			actQ8_0Go(dst[i*34:(i+1)*34], src[i*32:(i+1)*32], 1)
		}
	}
}

// neonRows adapts a NEON kernel to quantRows (T byte) or floatRows (T
// float32).
func neonRows[T byte | float32](k func(dst *float32, rows int, w *byte, rowBytes int, act *T, n int)) func(dst []float32, w []byte, rowBytes int, act []T, n int) {
	return func(dst []float32, w []byte, rowBytes int, act []T, n int) {
		k(&dst[0], len(dst), &w[0], rowBytes, &act[0], n)
	}
}

// neon is the plain-ASIMD implementation (every arm64 CPU Go runs on): the
// block sums of every quantized type with SMULL/SADALP; F32, F16 and BF16
// rows with FMLA; 4-row × 6-token float tiles (RowsFloatTokens); the Q8_0
// activation quantizer (Q8_1 and Q8_K run the plain Go). RowsTokens takes
// these kernels one token at a time, and RowsPacked (no tile kernels here)
// runs its reference.
func neon() impl {
	m := generic
	m.name = "neon"
	m.quant[quant.Q8_0] = neonRows(rowsQ8_0NEON)
	m.quant[quant.Q4_0] = neonRows(rowsQ4_0NEON)
	m.quant[quant.Q4_1] = neonRows(rowsQ4_1NEON)
	m.quant[quant.Q5_0] = neonRows(rowsQ5_0NEON)
	m.quant[quant.Q5_1] = neonRows(rowsQ5_1NEON)
	m.quant[quant.Q2_K] = neonRows(rowsQ2_KNEON)
	m.quant[quant.Q3_K] = neonRows(rowsQ3_KNEON)
	m.quant[quant.Q4_K] = neonRows(rowsQ4_KNEON)
	m.quant[quant.Q5_K] = neonRows(rowsQ5_KNEON)
	m.quant[quant.Q6_K] = neonRows(rowsQ6_KNEON)
	m.quant[quant.IQ4_NL] = neonRows(rowsIQ4_NLNEON)
	m.quant[quant.IQ4_XS] = neonRows(rowsIQ4_XSNEON)
	m.float[quant.F32] = neonRows(rowsF32NEON)
	m.float[quant.F16] = neonRows(rowsF16NEON)
	m.float[quant.BF16] = neonRows(rowsBF16NEON)
	m.act[quant.Q8_0] = actQ8_0NEON
	m.floatTile[quant.F32] = floatTile{tileF32NEON, 4}
	m.floatTile[quant.F16] = floatTile{tileF16NEON, 4}
	m.floatTile[quant.BF16] = floatTile{tileBF16NEON, 4}
	m.widen[quant.F16], m.widen[quant.BF16] = widenF16NEON, widenBF16NEON
	return m
}

// neonDot is neon with those block sums on SDOT (ARMv8.2's dotprod
// extension).
func neonDot() impl {
	m := neon()
	m.name = "neon+dotprod"
	m.quant[quant.Q8_0] = neonRows(rowsQ8_0SDOT)
	m.quant[quant.Q4_0] = neonRows(rowsQ4_0SDOT)
	m.quant[quant.Q4_1] = neonRows(rowsQ4_1SDOT)
	m.quant[quant.Q5_0] = neonRows(rowsQ5_0SDOT)
	m.quant[quant.Q5_1] = neonRows(rowsQ5_1SDOT)
	m.quant[quant.Q2_K] = neonRows(rowsQ2_KSDOT)
	m.quant[quant.Q3_K] = neonRows(rowsQ3_KSDOT)
	m.quant[quant.Q4_K] = neonRows(rowsQ4_KSDOT)
	m.quant[quant.Q5_K] = neonRows(rowsQ5_KSDOT)
	m.quant[quant.Q6_K] = neonRows(rowsQ6_KSDOT)
	m.quant[quant.IQ4_NL] = neonRows(rowsIQ4_NLSDOT)
	m.quant[quant.IQ4_XS] = neonRows(rowsIQ4_XSSDOT)
	return m
}

// implsFor lists the implementations a CPU with these features can run,
// fastest last: generic, then neon with ASIMD, then neon+dotprod with
// ASIMDDP too.
func implsFor(asimd, asimddp bool) []impl {
	list := []impl{generic}
	if asimd {
		list = append(list, neon())
		if asimddp {
			list = append(list, neonDot())
		}
	}
	return list
}

// impls lists the implementations this CPU can run, fastest last.
func impls() []impl { return implsFor(cpu.ARM64.HasASIMD, cpu.ARM64.HasASIMDDP) }

// active is chosen once, at package initialisation, from the CPU's features.
var active = func() impl {
	l := impls()
	return l[len(l)-1]
}()
