//go:build !purego

package vecdot

import (
	"bytes"
	"unsafe"
)

// The AVX2 Q4_0, Q5_0, Q4_1 and Q5_1 kernels (and Q8_0's on AMD CPUs: see
// avx2Streams) compute dotQ4_0's, dotQ5_0's, dotQ4_1's, dotQ5_1's and
// dotQ8_0's loop itself, four lanes (rows or tokens) a pass, so their results equal the references bit for bit
// however the rows are split or the tokens batched (legacy_amd64.s, lanes_*
// in gen/legacy.py). They keep each activation
// block's offset sum and scale in a frame table of avx2TableBlocks entries;
// longer rows (over 32,768 values, more than any Qwen2 matrix) go to the
// references.

// q4_0StreamsAVX2 computes, for lane k < 4 and i < n,
// dst[k·dstLane + i] = dotQ4_0(w[k·wLane + i·rowBytes:], act, nb):
// four rows per pass, the activation's blocks read once per pass.
// 1 ≤ nb ≤ avx2TableBlocks, n ≥ 1. q5_0StreamsAVX2 is the same for dotQ5_0.
//
//go:noescape
func q4_0StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)

//go:noescape
func q5_0StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)

// q8_0StreamsAVX2 is q4_0StreamsAVX2 for dotQ8_0, exact where no activation
// level is −128 (|x| times y with x's sign, which VPSIGNB cannot give for
// y = −128; the callers check).
//
//go:noescape
func q8_0StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)

// q4_0TokensAVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ4_0(w[r·rowBytes:], act[k·actStride:], nb):
// each weight block decoded once for the four tokens.
// 1 ≤ nb ≤ avx2TableBlocks, rows ≥ 1. q5_0TokensAVX2 is the same for dotQ5_0.
//
//go:noescape
func q4_0TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

//go:noescape
func q5_0TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// q8_0TokensAVX2 is q4_0TokensAVX2 for dotQ8_0, exact where no activation
// level is −128 (the callers check).
//
//go:noescape
func q8_0TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// q4_1StreamsAVX2 and q5_1StreamsAVX2 are q4_0StreamsAVX2 for dotQ4_1 and
// dotQ5_1 (Q8_1 activations, 36-byte blocks).
//
//go:noescape
func q4_1StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)

//go:noescape
func q5_1StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)

// q4_1TokensAVX2 and q5_1TokensAVX2 are q4_0TokensAVX2 for dotQ4_1 and
// dotQ5_1.
//
//go:noescape
func q4_1TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

//go:noescape
func q5_1TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// lanesKernel is a Streams kernel above; lanesTokens a Tokens kernel.
type (
	lanesKernel func(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)
	lanesTokens func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
)

// lanesRows returns the one-token kernels of a format: rows, one row a
// pass (the four lanes on the same row: the rows asmStreams leaves over),
// and streams, 4·s rows read as four streams of s consecutive rows (stream
// j is rows j·s … j·s+s−1), a row of each per pass; the same results.
// ts is the format's block size in bytes, ab its activation's (34 for
// Q8_0, 36 for Q8_1), dot its reference; signs, for Q8_0, sends
// activations with a −128 level to the reference.
func lanesRows(k lanesKernel, ts, ab int, dot func(w, a []byte, nb int) float32, signs bool) (rows, streams func(dst *float32, n int, w *byte, rowBytes int, act *byte, nb int)) {
	asm := func(act *byte, nb int) bool {
		return nb >= 1 && nb <= avx2TableBlocks && (!signs || !minus128(act, 0, 1, nb))
	}
	rows = func(dst *float32, n int, w *byte, rowBytes int, act *byte, nb int) {
		if !asm(act, nb) {
			lanesRef(dot, ts, ab, dst, 0, n, w, rowBytes, 0, act, 0, nb)
			return
		}
		k(dst, 0, n, w, 0, rowBytes, act, nb)
	}
	streams = func(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int) {
		if !asm(act, nb) {
			lanesRef(dot, ts, ab, dst, 0, 4*s, w, rowBytes, 0, act, 0, nb)
			return
		}
		k(dst, s, s, w, s*rowBytes, rowBytes, act, nb)
	}
	return rows, streams
}

// lanesRows4 returns the four-token kernel of a format (see lanesRows).
func lanesRows4(k lanesTokens, ts, ab int, dot func(w, a []byte, nb int) float32, signs bool) func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int) {
	return func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int) {
		if nb < 1 || nb > avx2TableBlocks || signs && minus128(act, actStride, 4, nb) {
			lanesRef(dot, ts, ab, dst, dstStride, rows, w, rowBytes, 4, act, actStride, nb)
			return
		}
		k(dst, dstStride, rows, w, rowBytes, act, actStride, nb)
	}
}

var (
	rowsQ4_0AVX2, rowsQ4_0AVX2S   = lanesRows(q4_0StreamsAVX2, 18, 34, dotQ4_0, false)
	rowsQ5_0AVX2, rowsQ5_0AVX2S   = lanesRows(q5_0StreamsAVX2, 22, 34, dotQ5_0, false)
	rowsQ8_0AVX2L, rowsQ8_0AVX2LS = lanesRows(q8_0StreamsAVX2, 34, 34, dotQ8_0, true)
	rowsQ4_1AVX2, rowsQ4_1AVX2S   = lanesRows(q4_1StreamsAVX2, 20, 36, dotQ4_1, false)
	rowsQ5_1AVX2, rowsQ5_1AVX2S   = lanesRows(q5_1StreamsAVX2, 24, 36, dotQ5_1, false)
	rows4Q4_0AVX2                 = lanesRows4(q4_0TokensAVX2, 18, 34, dotQ4_0, false)
	rows4Q5_0AVX2                 = lanesRows4(q5_0TokensAVX2, 22, 34, dotQ5_0, false)
	rows4Q8_0AVX2L                = lanesRows4(q8_0TokensAVX2, 34, 34, dotQ8_0, true)
	rows4Q4_1AVX2                 = lanesRows4(q4_1TokensAVX2, 20, 36, dotQ4_1, false)
	rows4Q5_1AVX2                 = lanesRows4(q5_1TokensAVX2, 24, 36, dotQ5_1, false)
)

// minus128 reports whether any of n Q8_0 activation rows of nb blocks,
// stride bytes apart from act, holds the level −128. Cost: one pass over
// their n·nb·32 level bytes.
func minus128(act *byte, stride, n, nb int) bool {
	for k := range n {
		a := unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(act), k*stride)), nb*34)
		for b := range nb {
			if bytes.IndexByte(a[b*34+2:b*34+34], 0x80) >= 0 {
				return true
			}
		}
	}
	return false
}

// lanesRef is the reference for the kernels' cases the assembly does not
// take: rows rows of ts-byte blocks, and tokens activations (0: one) of
// ab-byte blocks, actStride bytes apart.
func lanesRef(dot func(w, a []byte, nb int) float32, ts, abl int, dst *float32, dstStride, rows int, w *byte, rowBytes, tokens int, act *byte, actStride, nb int) {
	ab := nb * abl
	ws := unsafe.Slice(w, (rows-1)*rowBytes+nb*ts)
	for k := range max(tokens, 1) {
		a := unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(act), k*actStride)), ab)
		d := unsafe.Slice((*float32)(unsafe.Add(unsafe.Pointer(dst), 4*k*dstStride)), rows)
		for r := range rows {
			d[r] = dot(ws[r*rowBytes:], a, nb)
		}
	}
}
