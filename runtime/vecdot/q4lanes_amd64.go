//go:build !purego

package vecdot

import "unsafe"

// The AVX2 Q4_0 kernels compute dotQ4_0's loop itself, four lanes (rows or
// tokens) a pass, so their results equal the reference bit for bit however
// the rows are split or the tokens batched (legacy_amd64.s, q4l_* in
// gen/legacy.py). They keep each activation block's offset sum and scale in
// a frame of q4LanesMaxBlocks entries; longer rows (over 32,768 values, more
// than any Qwen2 matrix) go to the reference.

// q4LanesMaxBlocks is the most blocks a row may have for the assembly.
const q4LanesMaxBlocks = 1024

// q4_0StreamsAVX2 computes, for lane k < 4 and i < n,
// dst[k·dstLane + i] = dotQ4_0(w[k·wLane + i·rowBytes:], act, nb):
// four rows per pass, the activation's blocks read once per pass.
// 1 ≤ nb ≤ q4LanesMaxBlocks, n ≥ 1.
//
//go:noescape
func q4_0StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)

// q4_0TokensAVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ4_0(w[r·rowBytes:], act[k·actStride:], nb):
// each weight block decoded once for the four tokens.
// 1 ≤ nb ≤ q4LanesMaxBlocks, rows ≥ 1.
//
//go:noescape
func q4_0TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rowsQ4_0AVX2 computes dst[r] = dotQ4_0(w[r·rowBytes:], act, nb) for
// r < rows, one row a pass (the four lanes on the same row): the rows left
// over by rowsQ4_0AVX2S.
func rowsQ4_0AVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int) {
	if nb < 1 || nb > q4LanesMaxBlocks {
		q4_0Ref(dst, 0, rows, w, rowBytes, 0, act, 0, nb)
		return
	}
	q4_0StreamsAVX2(dst, 0, rows, w, 0, rowBytes, act, nb)
}

// rowsQ4_0AVX2S is rowsQ4_0AVX2 for 4·s rows read as four streams of s
// consecutive rows (stream j is rows j·s … j·s+s−1), a row of each per
// pass (see asmStreams): the same results.
func rowsQ4_0AVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int) {
	if nb < 1 || nb > q4LanesMaxBlocks {
		q4_0Ref(dst, 0, 4*s, w, rowBytes, 0, act, 0, nb)
		return
	}
	q4_0StreamsAVX2(dst, s, s, w, s*rowBytes, rowBytes, act, nb)
}

// rows4Q4_0AVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ4_0(w[r·rowBytes:], act[k·actStride:], nb),
// equal to rowsQ4_0AVX2's result bit for bit.
func rows4Q4_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int) {
	if nb < 1 || nb > q4LanesMaxBlocks {
		q4_0Ref(dst, dstStride, rows, w, rowBytes, 4, act, actStride, nb)
		return
	}
	q4_0TokensAVX2(dst, dstStride, rows, w, rowBytes, act, actStride, nb)
}

// q4_0Ref is the reference for the kernels' cases the assembly does not
// take: rows rows, and tokens activations (0: one) actStride bytes apart.
func q4_0Ref(dst *float32, dstStride, rows int, w *byte, rowBytes, tokens int, act *byte, actStride, nb int) {
	ab := nb * 34
	ws := unsafe.Slice(w, (rows-1)*rowBytes+nb*18)
	for k := range max(tokens, 1) {
		a := unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(act), k*actStride)), ab)
		d := unsafe.Slice((*float32)(unsafe.Add(unsafe.Pointer(dst), 4*k*dstStride)), rows)
		for r := range rows {
			d[r] = dotQ4_0(ws[r*rowBytes:], a, nb)
		}
	}
}
