//go:build !purego

package vecdot

import (
	"bytes"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"golang.org/x/sys/cpu"
)

// The assembly kernels. Each computes, for r < rows, dst[r] = the product of
// the weight row at w + r·rowBytes with the activation row act (or x), over
// nb blocks (or n values), as the matching reference in ref_*.go states it.
// rows, nb and n are at least 1.

// rowsF32AVX2, rowsF16AVX2 and rowsBF16AVX2 compute dst[r] = Σ_{i<n}
// float32(W[r][i])·x[i] for r < rows (dotF32/dotF16/dotBF16 in
// ref_float.go, in float_amd64.s's summation order).
//
//go:noescape
func rowsF32AVX2(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsF16AVX2(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)

// rowsF32VLS, rowsF16VLS and rowsBF16VLS compute what rowsF32AVX2,
// rowsF16AVX2 and rowsBF16AVX2 do for 4·s rows, bit for bit, as four
// streams of s consecutive rows (stream j is rows j·s … j·s+s−1) read side
// by side, each front to back (float_amd64.s, with AVX-512VL's upper
// registers for the sixteen accumulators; see asmStreams).
//
//go:noescape
func rowsF32VLS(dst *float32, s int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsF16VLS(dst *float32, s int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsBF16VLS(dst *float32, s int, w *byte, rowBytes int, x *float32, n int)

// rowsF32AVX2S, rowsF16AVX2S and rowsBF16AVX2S are the same with two
// streams, on AVX2's sixteen registers (s rows each; 2·s rows in all).
//
//go:noescape
func rowsF32AVX2S(dst *float32, s int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsF16AVX2S(dst *float32, s int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsBF16AVX2S(dst *float32, s int, w *byte, rowBytes int, x *float32, n int)

//go:noescape
func rowsBF16AVX2(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)

// tileF32AVX2, tileF16AVX2 and tileBF16AVX2 (2 rows × 6 tokens) and their
// AVX512 versions (4 rows × 6 tokens) compute, for every row r < rows (a
// multiple of the row count) and token k < 6,
//
//	dst[k·dstStride + r] = (acc ≠ 0 ? dst[k·dstStride + r] : 0) + Σ_{i<n} float32(W[r][i])·x[k·xStride + i]
//
// (dotF32/dotF16/dotBF16 in ref_float.go over n values, a positive multiple
// of 16, summed in float_amd64.s's order).
//
// widenF16AVX2 and widenBF16AVX2 write float32(src[i]) to dst[i] for
// i < n, a positive multiple of 8 (exact conversions, as ref_float.go's
// dotF16/dotBF16 decode each value).
//
//go:noescape
func widenF16AVX2(dst *float32, src *byte, n int)

//go:noescape
func widenBF16AVX2(dst *float32, src *byte, n int)

//go:noescape
func tileF32AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

//go:noescape
func tileF16AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

//go:noescape
func tileBF16AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

//go:noescape
func tileF32AVX512(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

//go:noescape
func tileF16AVX512(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

//go:noescape
func tileBF16AVX512(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)

// rowsQ8_0AVX2 computes dst[r] = dotQ8_0(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows.
//
//go:noescape
func rowsQ8_0AVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ2_KAVX2 computes dst[r] = dotQ2_K(w[r·rowBytes:], act, nb) (ref_k.go) for r < rows.
//
//go:noescape
func rowsQ2_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ3_KAVX2 computes dst[r] = dotQ3_K(w[r·rowBytes:], act, nb) (ref_k.go) for r < rows.
//
//go:noescape
func rowsQ3_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_KAVX2 computes dst[r] = dotQ4_K(w[r·rowBytes:], act, nb) (ref_k.go) for r < rows.
//
//go:noescape
func rowsQ4_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ5_KAVX2 computes dst[r] = dotQ5_K(w[r·rowBytes:], act, nb) (ref_k.go) for r < rows.
//
//go:noescape
func rowsQ5_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ6_KAVX2 computes dst[r] = dotQ6_K(w[r·rowBytes:], act, nb) (ref_k.go) for r < rows.
//
//go:noescape
func rowsQ6_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_KVNNI, rowsQ5_KVNNI and rowsQ6_KVNNI compute what rowsQ4_KAVX2,
// rowsQ5_KAVX2 and rowsQ6_KAVX2 do, bit for bit, with 512-bit registers and
// VPDPWSSD (AVX512F, BW, VNNI).
//
//go:noescape
func rowsQ4_KVNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_KVNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ6_KVNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// quantQ8_0AVX2, quantQ8_1AVX2 and quantQ8_KAVX2 convert nb blocks of src
// as quant.QuantizeActivations does (byte for byte), stopping before a block
// whose largest magnitude is below 2⁻¹⁰⁰; they return the blocks done.
//
//go:noescape
func quantQ8_0AVX2(dst *byte, src *float32, nb int) int

//go:noescape
func quantQ8_1AVX2(dst *byte, src *float32, nb int) int

//go:noescape
func quantQ8_KAVX2(dst *byte, src *float32, nb int) int

// rowsQ8_0VNNI computes dst[r] = dotQ8_0(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows.
//
//go:noescape
func rowsQ8_0VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_0VNNI computes dst[r] = dotQ4_0(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows.
//
//go:noescape
func rowsQ4_0VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_1VNNI computes dst[r] = dotQ4_1(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows.
//
//go:noescape
func rowsQ4_1VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ5_0VNNI computes dst[r] = dotQ5_0(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows.
//
//go:noescape
func rowsQ5_0VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ5_1VNNI computes dst[r] = dotQ5_1(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows.
//
//go:noescape
func rowsQ5_1VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ8_0AVX512 computes dst[r] = dotQ8_0(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows,
// eight rows per pass on 512-bit registers (legacy512_amd64.s; the float32
// order differs from rowsQ8_0VNNI's).
//
//go:noescape
func rowsQ8_0AVX512(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_0AVX512 computes dst[r] = dotQ4_0(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows,
// eight rows per pass on 512-bit registers (legacy512_amd64.s).
//
//go:noescape
func rowsQ4_0AVX512(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ5_0AVX512 computes dst[r] = dotQ5_0(w[r·rowBytes:], act, nb) (ref_legacy.go) for r < rows,
// eight rows per pass on 512-bit registers (legacy512_amd64.s).
//
//go:noescape
func rowsQ5_0AVX512(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ8_0AVX2S computes what rowsQ8_0AVX2 does for 4·s rows, bit for bit,
// in another order: the rows are four streams of s consecutive rows (stream
// j is rows j·s … j·s+s−1) and each pass multiplies the next row of every
// stream, so each stream's bytes are read front to back (legacy_amd64.s; see
// asmStreams).
//
//go:noescape
func rowsQ8_0AVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ8_0AVX2S8 is rowsQ8_0AVX2S on eight streams of s rows (streams 4–7
// from a second base register, the block count in the frame).
//
//go:noescape
func rowsQ8_0AVX2S8(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_KVNNIS, rowsQ5_KVNNIS and rowsQ6_KVNNIS compute what rowsQ4_KVNNI,
// rowsQ5_KVNNI and rowsQ6_KVNNI do for 4·s rows, bit for bit, as four
// streams of s consecutive rows read side by side, each front to back
// (k_amd64.s; see asmStreams).
//
//go:noescape
func rowsQ4_KVNNIS(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_KVNNIS(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ6_KVNNIS(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_KAVX2S, rowsQ5_KAVX2S and rowsQ6_KAVX2S are the same for
// rowsQ4_KAVX2, rowsQ5_KAVX2 and rowsQ6_KAVX2: four streams, bit for bit.
//
//go:noescape
func rowsQ4_KAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_KAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

//go:noescape
func rowsQ6_KAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ8_0AVX512S computes what rowsQ8_0AVX512 does for 8·s rows, bit for
// bit, in another order: the rows are eight streams of s consecutive rows
// (stream j is rows j·s … j·s+s−1) and each pass multiplies the next row of
// every stream, so each stream's bytes are read front to back. The hardware
// prefetchers follow eight such runs far better than eight rows side by side
// in the same pages (see asmStreams).
//
//go:noescape
func rowsQ8_0AVX512S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ4_0AVX512S is rowsQ8_0AVX512S for Q4_0 (rowsQ4_0AVX512's rows).
//
//go:noescape
func rowsQ4_0AVX512S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rowsQ5_0AVX512S is rowsQ8_0AVX512S for Q5_0 (rowsQ5_0AVX512's rows).
//
//go:noescape
func rowsQ5_0AVX512S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)

// rows4Q8_0AVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ8_0(w[r·rowBytes:], act[k·actStride:], nb) (ref_legacy.go),
// equal to rowsQ8_0AVX2's result bit for bit.
//
//go:noescape
func rows4Q8_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q8_0VNNI computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ8_0(w[r·rowBytes:], act[k·actStride:], nb) (ref_legacy.go),
// equal to rowsQ8_0VNNI's result bit for bit.
//
//go:noescape
func rows4Q8_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q4_0VNNI computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ4_0(w[r·rowBytes:], act[k·actStride:], nb) (ref_legacy.go),
// equal to rowsQ4_0VNNI's result bit for bit.
//
//go:noescape
func rows4Q4_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q5_0VNNI computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ5_0(w[r·rowBytes:], act[k·actStride:], nb) (ref_legacy.go),
// equal to rowsQ5_0VNNI's result bit for bit.
//
//go:noescape
func rows4Q5_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q4_KAVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ4_K(w[r·rowBytes:], act[k·actStride:], nb) (ref_k.go),
// equal to rowsQ4_KAVX2's result bit for bit.
//
//go:noescape
func rows4Q4_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q5_KAVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ5_K(w[r·rowBytes:], act[k·actStride:], nb) (ref_k.go),
// equal to rowsQ5_KAVX2's result bit for bit.
//
//go:noescape
func rows4Q5_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q6_KAVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ6_K(w[r·rowBytes:], act[k·actStride:], nb) (ref_k.go),
// equal to rowsQ6_KAVX2's result bit for bit.
//
//go:noescape
func rows4Q6_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q2_KAVX2 computes, for r < rows and token k < 4,
// dst[k·dstStride + r] = dotQ2_K(w[r·rowBytes:], act[k·actStride:], nb) (ref_k.go),
// equal to rowsQ2_KAVX2's result bit for bit: each super-block's levels and
// scale words are made once for the four tokens.
//
//go:noescape
func rows4Q2_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows4Q4_KVNNI, rows4Q5_KVNNI and rows4Q6_KVNNI compute what
// rows4Q4_KAVX2, rows4Q5_KAVX2 and rows4Q6_KAVX2 do, bit for bit, with
// 512-bit registers and VPDPWSSD.
//
//go:noescape
func rows4Q4_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

//go:noescape
func rows4Q5_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

//go:noescape
func rows4Q6_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// rows8Q4_KVNNI, rows8Q5_KVNNI and rows8Q6_KVNNI compute, for r < rows and
// token k < 8, dst[k·dstStride + r] = dotQ4_K/dotQ5_K/dotQ6_K(w[r·rowBytes:],
// act[k·actStride:], nb) (ref_k.go), equal to the one-token kernels' results
// bit for bit; the weights are decoded once per eight tokens.
//
//go:noescape
func rows8Q4_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

//go:noescape
func rows8Q5_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

//go:noescape
func rows8Q6_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)

// asmQuantN adapts an assembly kernel for ntok tokens (four or eight) to
// quantRows4; it checks that dst and act hold all of them.
func asmQuantN(ntok int, k func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)) quantRows4 {
	return func(dst []float32, dstStride int, w []byte, rowBytes, rows int, act []byte, actStride, nb int) {
		_ = dst[(ntok-1)*dstStride+rows-1]
		_ = act[ntok*actStride-1]
		k(&dst[0], dstStride, rows, &w[0], rowBytes, &act[0], actStride, nb)
	}
}

// asmAct adapts an activation quantizer of type t. The kernel stops before a
// block whose values are all tiny (largest magnitude below 2⁻¹⁰⁰, 0
// included for Q8_0 and Q8_1), where the scale's reciprocal may overflow;
// such a block goes to quant.QuantizeActivations.
func asmAct(t quant.Type, k func(dst *byte, src *float32, nb int) int) quantAct {
	bs, ts := t.BlockSize(), t.TypeSize()
	return func(dst []byte, src []float32, nb int) {
		for nb > 0 {
			done := k(&dst[0], &src[0], nb)
			dst, src, nb = dst[done*ts:], src[done*bs:], nb-done
			if nb > 0 {
				if err := quant.QuantizeActivations(t, src[:bs], dst[:ts]); err != nil {
					panic("vecdot: " + err.Error()) // lengths were checked
				}
				dst, src, nb = dst[ts:], src[bs:], nb-1
			}
		}
	}
}

// asmFloat adapts a float assembly kernel to floatRows.
func asmFloat(k func(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)) floatRows {
	return func(dst []float32, w []byte, rowBytes int, x []float32, n int) {
		k(&dst[0], len(dst), &w[0], rowBytes, &x[0], n)
	}
}

// asmStreams adapts a pair of one-token kernels to quantRows (A byte: the
// quantized activations) or floatRows (A float32): streams, a kernel that
// reads k streams of s consecutive rows side by side (stream j is rows
// j·s … j·s+s−1), for the first k·⌊rows/k⌋ rows, and rows, the kernel whose
// rows it reorders, for the rest. The stream kernels compute each row as
// rows does, so the results are the same bit for bit and do not depend on
// how the threads split a matrix. Stream kernels: rowsQ8_0AVX512S and its
// kinds, rowsQ8_0AVX2S8 (k = 8); rowsQ8_0AVX2S, rowsQ4_0AVX2S,
// rowsQ4_KVNNIS, rowsQ4_KAVX2S and their kinds, rowsF16VLS and its kinds
// (k = 4); rowsF16AVX2S and its kinds (k = 3).
//
// Why: a decode step reads every weight once, from DRAM. One row after
// another is a single sequential run per thread, and neighbouring rows read
// side by side are short runs interleaved inside the same 4 KiB pages; k long
// runs in separate pages are what the level-2 streamers follow best (a
// plain read on two cores here: 16 GB/s as one run per thread, 15 as eight
// neighbouring rows, 28–32 as eight separate runs).
func asmStreams[A byte | float32](k int, streams, rows func(dst *float32, n int, w *byte, rowBytes int, a *A, na int)) func(dst []float32, w []byte, rowBytes int, a []A, na int) {
	return func(dst []float32, w []byte, rowBytes int, a []A, na int) {
		if s := len(dst) / k; s > 0 {
			_ = w[k*s*rowBytes-1]
			streams(&dst[0], s, &w[0], rowBytes, &a[0], na)
			dst, w = dst[k*s:], w[k*s*rowBytes:]
		}
		if len(dst) > 0 {
			rows(&dst[0], len(dst), &w[0], rowBytes, &a[0], na)
		}
	}
}

// asmQuant adapts a quantized assembly kernel to quantRows.
func asmQuant(k func(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)) quantRows {
	return func(dst []float32, w []byte, rowBytes int, act []byte, nb int) {
		k(&dst[0], len(dst), &w[0], rowBytes, &act[0], nb)
	}
}

// f16tab holds the float32 value of every fp16 bit pattern: the assembly
// kernels convert block scales by lookup (two loads) rather than with F16C's
// shuffle-port instructions. Filled at initialisation (about 0.1 ms) on a
// CPU that runs them, read-only afterwards.
var f16tab = func() *[1 << 16]float32 {
	t := new([1 << 16]float32)
	if hasAVX2() {
		for i := range t {
			t[i] = quant.FP16ToFloat32(uint16(i))
		}
	}
	return t
}()

// avx2 is the AVX2 + FMA + F16C implementation; types without an assembly
// kernel fall back to the references. Its interleaved kernels split a
// product into the stream counts the CPU's maker reads memory best with
// (avx2Streams: fewer on AMD's).
func avx2() impl { return avx2Streams(amdCPU()) }

// avx2Streams is avx2 with the interleaved Q4_0 and Q5_0 products split
// into eight streams where there are enough groups (four for Q5_0) and Q8_0
// left row-major (see Interleavable), as measured best on Intel's cores;
// or, with few, into four (Q4_0), two (Q5_0) or one stream (Q8_0,
// interleaved): on an AMD EPYC (Zen 1) here, whose 256-bit integer
// multiplies take two cycles, so that the row-major Q8_0 kernel cannot keep
// up with memory, and where each stream beyond those paid more in frame
// traffic and memory-access overlap than it gained (BenchmarkRowsDRAM
// .../interleaved/threads=2, two runs each: Q4_0 18.0–18.8 GB/s from four
// streams against 14.6–17.1 from eight; Q8_0 17.9–18.8 from one against
// 14.3–14.7 from eight; Q5_0 16.0–16.3 from two against 14.9–15.8 from
// four). With few, the row-major Q8_0 products (`--mapped` decoding, short
// prefills) are the four-lane kernels too (lanes_amd64.go: four rows'
// VPMADDWD sums joined by VPHADDD, one conversion and scale multiply per
// four rows): BenchmarkRows Q8_0/avx2 11.9–12.1 GB/s against the
// eight-stream kernel's 9.9–10.2 (avx2-many), BenchmarkRowsDRAM
// Q8_0/avx2/threads=2 21.8–22.1 against 18.6–18.7, two runs each; Intel's
// keep the eight-stream kernel, measured there. Same results either way,
// but for Q8_0's rounding order.
func avx2Streams(few bool) impl {
	m := generic
	m.name = "avx2"
	m.quant[quant.Q8_0] = asmStreams(8, rowsQ8_0AVX2S8, rowsQ8_0AVX2)
	m.quant[quant.Q4_0] = asmStreams(4, rowsQ4_0AVX2S, rowsQ4_0AVX2)
	m.quant[quant.Q4_1] = asmStreams(4, rowsQ4_1AVX2S, rowsQ4_1AVX2)
	m.quant[quant.Q5_0] = asmStreams(4, rowsQ5_0AVX2S, rowsQ5_0AVX2)
	m.quant[quant.Q5_1] = asmStreams(4, rowsQ5_1AVX2S, rowsQ5_1AVX2)
	m.quant[quant.Q2_K] = asmQuant(rowsQ2_KAVX2)
	m.quant[quant.Q3_K] = asmQuant(rowsQ3_KAVX2)
	m.quant[quant.Q4_K] = asmStreams(4, rowsQ4_KAVX2S, rowsQ4_KAVX2)
	m.quant[quant.Q5_K] = asmStreams(4, rowsQ5_KAVX2S, rowsQ5_KAVX2)
	m.quant[quant.Q6_K] = asmStreams(4, rowsQ6_KAVX2S, rowsQ6_KAVX2)
	m.quant[quant.IQ4_NL] = asmStreams(4, rowsIQ4_NLAVX2S, rowsIQ4_NLAVX2)
	m.quant[quant.IQ4_XS] = asmStreams(4, rowsIQ4_XSAVX2S, rowsIQ4_XSAVX2)
	m.quant4[quant.IQ4_NL] = iq4Tokens(rows4IQ4_NLAVX2, m.quant[quant.IQ4_NL], 34, 2, 1)
	m.quant4[quant.IQ4_XS] = iq4Tokens(rows4IQ4_XSAVX2, m.quant[quant.IQ4_XS], 292, 4, 8)
	m.quant4[quant.Q8_0] = asmQuantN(4, rows4Q8_0AVX2)
	m.quant4[quant.Q4_0] = asmQuantN(4, rows4Q4_0AVX2)
	m.quant4[quant.Q5_0] = asmQuantN(4, rows4Q5_0AVX2)
	m.quant4[quant.Q4_1] = asmQuantN(4, rows4Q4_1AVX2)
	m.quant4[quant.Q5_1] = asmQuantN(4, rows4Q5_1AVX2)
	m.quant4[quant.Q4_K] = asmQuantN(4, rows4Q4_KAVX2)
	m.quant4[quant.Q5_K] = asmQuantN(4, rows4Q5_KAVX2)
	m.quant4[quant.Q6_K] = asmQuantN(4, rows4Q6_KAVX2)
	m.quant4[quant.Q2_K] = asmQuantN(4, rows4Q2_KAVX2)
	m.act[quant.Q8_0] = asmAct(quant.Q8_0, quantQ8_0AVX2)
	m.act[quant.Q8_1] = asmAct(quant.Q8_1, quantQ8_1AVX2)
	m.act[quant.Q8_K] = asmAct(quant.Q8_K, quantQ8_KAVX2)
	m.swiglu = swigluAVX2
	m.float[quant.F32] = asmStreams(3, rowsF32AVX2S, rowsF32AVX2)
	m.float[quant.F16] = asmStreams(3, rowsF16AVX2S, rowsF16AVX2)
	m.float[quant.BF16] = asmStreams(3, rowsBF16AVX2S, rowsBF16AVX2)
	m.floatTile[quant.F32] = floatTile{tileF32AVX2, 2}
	m.floatTile[quant.F16] = floatTile{tileF16AVX2, 2}
	m.floatTile[quant.BF16] = floatTile{tileBF16AVX2, 2}
	m.widen[quant.F16], m.widen[quant.BF16] = widenF16AVX2, widenBF16AVX2
	m.cols[quant.F32], m.cols[quant.F16], m.colsLanes = colsAVX2[quant.F32], colsAVX2[quant.F16], 8
	m.expSum, m.maxK = expShiftSumAVX2, maxAVX2
	m.sumSq, m.mulScaled, m.add, m.addScaled, m.scale, m.rot, m.maxNum = sumSquaresAVX2, mulScaledAVX2, addAVX2, addScaledAVX2, scaleAVX2, rotateAVX2, maxNumberAVX2
	m.gemm[quant.Q8_0] = asmGEMMQ8_0
	m.gemm[quant.Q4_0] = asmGEMM(gemmQ4_0AVX2)
	m.gemm[quant.Q5_0] = asmGEMM(gemmQ5_0AVX2)
	if few {
		m.quant[quant.Q8_0] = asmStreams(4, rowsQ8_0AVX2LS, rowsQ8_0AVX2L)
		m.quant4[quant.Q8_0] = asmQuantN(4, rows4Q8_0AVX2L)
		m.inter[quant.Q8_0] = interleavedTable(quant.Q8_0, rowsInterleavedQ8_0AVX2(asmGroups(groupKernel{1, rowsQ8_0x16AVX2S1})))
		m.inter[quant.Q4_0] = interleavedTable(quant.Q4_0, asmGroups(groupKernel{4, rowsQ4_0x16AVX2S4}, groupKernel{2, rowsQ4_0x16AVX2S2}, groupKernel{1, rowsQ4_0x16AVX2S1}))
		m.inter[quant.Q5_0] = interleavedTable(quant.Q5_0, asmGroups(groupKernel{2, rowsQ5_0x16AVX2S2}, groupKernel{1, rowsQ5_0x16AVX2S1}))
	} else {
		m.inter[quant.Q4_0] = interleavedTable(quant.Q4_0, asmGroups(groupKernel{8, rowsQ4_0x16AVX2S8}, groupKernel{4, rowsQ4_0x16AVX2S4}, groupKernel{2, rowsQ4_0x16AVX2S2}, groupKernel{1, rowsQ4_0x16AVX2S1}))
		m.inter[quant.Q5_0] = interleavedTable(quant.Q5_0, asmGroups(groupKernel{4, rowsQ5_0x16AVX2S4}, groupKernel{2, rowsQ5_0x16AVX2S2}, groupKernel{1, rowsQ5_0x16AVX2S1}))
	}
	m.inter[quant.Q4_K] = asmGroups(groupKernel{4, rowsQ4_Kx16AVX2S4}, groupKernel{2, rowsQ4_Kx16AVX2S2}, groupKernel{1, rowsQ4_Kx16AVX2S1})
	m.deinter[quant.Q8_0], m.deinter[quant.Q4_0], m.deinter[quant.Q5_0] = deinterleaveQ8_0AVX2, deinterleaveQ4_0AVX2, deinterleaveQ5_0AVX2
	m.deinter[quant.Q4_K] = deinterleaveQ4_KAVX2
	return m
}

// vnni is avx2 with the 32-value formats' block sums on AVX512-VNNI's
// VPDPBUSD (256-bit registers, EVEX: AVX512VL), Q4_K, Q5_K and Q6_K on
// 512-bit registers with VPDPWSSD (AVX512F and BW; results equal avx2's),
// and the float tile and column kernels on AVX512F's 512-bit registers.
func vnni() impl {
	m := avx2()
	m.name = "avx2+vnni"
	m.float[quant.F32] = asmStreams(4, rowsF32VLS, rowsF32AVX2)
	m.float[quant.F16] = asmStreams(4, rowsF16VLS, rowsF16AVX2)
	m.float[quant.BF16] = asmStreams(4, rowsBF16VLS, rowsBF16AVX2)
	if cpu.X86.HasAVX512F {
		m.floatTile[quant.F32] = floatTile{tileF32AVX512, 4}
		m.floatTile[quant.F16] = floatTile{tileF16AVX512, 4}
		m.floatTile[quant.BF16] = floatTile{tileBF16AVX512, 4}
		m.cols[quant.F32], m.cols[quant.F16], m.colsLanes, m.colsMasked = colsAVX512[quant.F32], colsAVX512[quant.F16], 16, true
		m.expSum, m.maxK = expShiftSumAVX512, maxAVX512
		m.swiglu = swigluAVX512
	}
	m.quant[quant.Q8_0] = asmQuant(rowsQ8_0VNNI)
	m.quant[quant.Q4_0] = asmQuant(rowsQ4_0VNNI)
	m.quant[quant.Q4_1] = asmQuant(rowsQ4_1VNNI)
	m.quant[quant.Q5_0] = asmQuant(rowsQ5_0VNNI)
	m.quant[quant.Q5_1] = asmQuant(rowsQ5_1VNNI)
	m.quant[quant.Q4_K] = asmStreams(4, rowsQ4_KVNNIS, rowsQ4_KVNNI)
	m.quant[quant.Q5_K] = asmStreams(4, rowsQ5_KVNNIS, rowsQ5_KVNNI)
	m.quant[quant.Q6_K] = asmStreams(4, rowsQ6_KVNNIS, rowsQ6_KVNNI)
	m.quant4[quant.Q8_0] = asmQuantN(4, rows4Q8_0VNNI)
	m.quant4[quant.Q4_0] = asmQuantN(4, rows4Q4_0VNNI)
	m.quant4[quant.Q5_0] = asmQuantN(4, rows4Q5_0VNNI)
	m.quant4[quant.Q4_K] = asmQuantN(4, rows4Q4_KVNNI)
	m.quant4[quant.Q5_K] = asmQuantN(4, rows4Q5_KVNNI)
	m.quant8[quant.Q4_K] = asmQuantN(8, rows8Q4_KVNNI)
	m.quant8[quant.Q5_K] = asmQuantN(8, rows8Q5_KVNNI)
	m.quant8[quant.Q6_K] = asmQuantN(8, rows8Q6_KVNNI)
	m.quant4[quant.Q6_K] = asmQuantN(4, rows4Q6_KVNNI)
	// Q4_1 and Q5_1 keep their VNNI one-token kernels, whose float order
	// avx2's four-token lanes kernels do not share: a token's result must
	// not depend on how many tokens share a call.
	m.quant4[quant.Q4_1], m.quant4[quant.Q5_1] = nil, nil
	m.gemm[quant.Q8_0] = asmGEMM(gemmQ8_0VNNI)
	m.gemm[quant.Q4_0] = asmGEMM(gemmQ4_0VNNI)
	if cpu.X86.HasAVX512GFNI {
		m.gemm[quant.Q4_0] = asmGEMM(gemmQ4_0GFNI)
	}
	m.gemm[quant.Q5_0] = asmGEMM(gemmQ5_0VNNI)
	m.gemm[quant.Q4_K] = asmGEMM(gemmQ4_KVNNI)
	m.gemm[quant.Q6_K] = asmGEMM(gemmQ6_KVNNI)
	m.pack = asmPack
	return m
}

// avx512 is vnni with Q8_0's, Q4_0's and Q5_0's one-token products on 512-bit
// registers, eight rows per pass (legacy512_amd64.s). RowsTokens runs them
// token by token: they sum in another order than the four-token kernels
// (whose results would then differ from Rows'), and one token at a time they
// are faster than those are per token (BenchmarkRowsTokens).
func avx512() impl {
	m := vnni()
	m.name = "avx512"
	m.quant[quant.Q8_0] = asmStreams(8, rowsQ8_0AVX512S, rowsQ8_0AVX512)
	m.quant[quant.Q4_0] = asmStreams(8, rowsQ4_0AVX512S, rowsQ4_0AVX512)
	m.quant[quant.Q5_0] = asmStreams(8, rowsQ5_0AVX512S, rowsQ5_0AVX512)
	m.quant4[quant.Q8_0] = nil
	m.quant4[quant.Q4_0] = nil
	m.quant4[quant.Q5_0] = nil
	m.inter[quant.Q8_0] = asmGroups(groupKernel{8, rowsQ8_0x16AVX512S8}, groupKernel{4, rowsQ8_0x16AVX512S4}, groupKernel{2, rowsQ8_0x16AVX512S2}, groupKernel{1, rowsQ8_0x16AVX512S1})
	m.inter[quant.Q4_0] = asmGroups(groupKernel{8, rowsQ4_0x16AVX512S8}, groupKernel{4, rowsQ4_0x16AVX512S4}, groupKernel{2, rowsQ4_0x16AVX512S2}, groupKernel{1, rowsQ4_0x16AVX512S1})
	m.inter[quant.Q5_0] = asmGroups(groupKernel{8, rowsQ5_0x16AVX512S8}, groupKernel{4, rowsQ5_0x16AVX512S4}, groupKernel{2, rowsQ5_0x16AVX512S2}, groupKernel{1, rowsQ5_0x16AVX512S1})
	m.inter[quant.Q4_K] = asmGroups(groupKernel{4, rowsQ4_Kx16AVX512S4}, groupKernel{2, rowsQ4_Kx16AVX512S2}, groupKernel{1, rowsQ4_Kx16AVX512S1})
	return m
}

// rowsQ8_0x16AVX512S8 and rowsQ4_0x16AVX512S8 compute dotInterleaved for
// every row of 8·s groups of sixteen rows (interleave.go's layout), as eight
// streams of s consecutive groups (stream j is groups j·s … j·s+s−1) read
// side by side, each front to back; the S4, S2 and S1 kernels do the same
// with four, two and one streams (interleave_amd64.s).
//
//go:noescape
func rowsQ8_0x16AVX512S8(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ8_0x16AVX512S4(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ8_0x16AVX512S2(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ8_0x16AVX512S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_0x16AVX512S8(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_0x16AVX512S4(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_0x16AVX512S2(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_0x16AVX512S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ5_0x16AVX512S8 … S1 are the Q5_0 kernels of the same kind; the
// levels' fifth bits are the layout's bit planes (q5planes.go), each
// shifted to bit 4 and merged into the levels with VPTERNLOGD.
//
//go:noescape
func rowsQ5_0x16AVX512S8(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_0x16AVX512S4(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_0x16AVX512S2(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_0x16AVX512S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ4_Kx16AVX512S4 … S1 compute dotInterleavedQ4K for every row of 4·s
// … s groups of Q4_K super-blocks, as four … one streams of s consecutive
// groups, like the Q8_0 kernels. Four streams, not eight: the 0.5B Q4_K_M's
// Q4_K down projections in a decoding step took 0.472–0.478 of the same
// step's gate/up time against 0.482–0.501 with eight (six runs each of a
// temporary per-phase timing), and 1.5B Q4_K_M decode ran at 80–84% of the
// paired probe's rate against 73–82% (tg64 24.5–24.6 against 23.1–23.5).
//
//go:noescape
func rowsQ4_Kx16AVX512S4(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_Kx16AVX512S2(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_Kx16AVX512S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ4_0x16AVX2S2 and rowsQ4_0x16AVX2S1 are rowsQ4_0x16AVX512S2 and S1 on
// AVX2 (VPMADDUBSW, int16 sums within a block), with the same results bit
// for bit.
//
//go:noescape
func rowsQ4_0x16AVX2S2(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_0x16AVX2S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ4_0x16AVX2S4 is rowsQ4_0x16AVX2S2 on four streams (one int16 sum
// register for the stream and half being multiplied), with the same results.
//
//go:noescape
func rowsQ4_0x16AVX2S4(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ4_0x16AVX2S8 is rowsQ4_0x16AVX2S4 on eight streams (streams 4–7 from
// a second base register, their accumulators in the frame).
//
//go:noescape
func rowsQ4_0x16AVX2S8(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ5_0x16AVX2S1 and S2 are rowsQ5_0x16AVX512S1 and S2 on AVX2 (the
// fifth bits' planes shifted to bit 4, masked and ORed into the levels, the
// int16 sums carried into int32 every two chunks), with the same results bit
// for bit.
//
//go:noescape
func rowsQ5_0x16AVX2S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ5_0x16AVX2S2(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ5_0x16AVX2S4 is rowsQ5_0x16AVX2S2 on four streams (the accumulators
// of streams 2 and 3 in the frame).
//
//go:noescape
func rowsQ5_0x16AVX2S4(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsQ8_0x16AVX2S1 is rowsQ8_0x16AVX512S1 on AVX2 (each chunk's signed
// levels x = u XOR 0x80, |x| times the activation bytes with x's sign by
// VPMADDUBSW, pairs carried into int32 per chunk), with the same results bit
// for bit where no activation level is −128 (rowsInterleavedQ8_0AVX2
// checks). Like the AVX2 Q4_0 and Q5_0 kernels, it first tabulates every
// activation block's d_a and offset sums in a 16 KiB frame (nb ≤
// avx2TableBlocks; interleavedTable checks).
//
//go:noescape
func rowsQ8_0x16AVX2S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// rowsInterleavedQ8_0AVX2 is the AVX2 interleaved Q8_0 product: the
// rowsQ8_0x16AVX2S1 kernel, or, where an activation level is −128 (which
// VPSIGNB cannot negate, and QuantizeActivations never makes), the plain-Go
// kernel, whose results are the same. Cost of the check: one pass over the
// activations' nb·32 level bytes.
func rowsInterleavedQ8_0AVX2(k quantRows) quantRows {
	return func(dst []float32, w []byte, groupBytes int, act []byte, nb int) {
		if holdsMinus128(act, nb, 34, 2, 32) {
			rowsInterleavedGo(quant.Q8_0)(dst, w, groupBytes, act, nb)
			return
		}
		k(dst, w, groupBytes, act, nb)
	}
}

// holdsMinus128 reports whether one of nb activation blocks of actBytes
// bytes holds the level −128 among its span level bytes from offset lo:
// one pass over them.
func holdsMinus128(act []byte, nb, actBytes, lo, span int) bool {
	for b := 0; b < nb; b++ {
		if bytes.IndexByte(act[b*actBytes+lo:b*actBytes+lo+span], 0x80) >= 0 {
			return true
		}
	}
	return false
}

// avx2TableBlocks is the most blocks a row may have for the AVX2 kernels
// that keep a table of the activation blocks' d_a and offset sums in their
// frame: the Q8_0, Q4_0 and Q5_0 interleaved ones (avx2_table in
// gen/interleave.py, AVX2_TABLE_BLOCKS there) and the row-major Q4_0 and
// Q5_0 ones (lanes_amd64.go; LANES_MAXNB in gen/legacy.py).
const avx2TableBlocks = 1024

// interleavedTable sends products of rows longer than avx2TableBlocks
// blocks (over 32,768 values, more than any Qwen2 matrix) to the plain-Go
// kernel, whose results are the same, and the others to k.
func interleavedTable(t quant.Type, k quantRows) quantRows {
	return func(dst []float32, w []byte, groupBytes int, act []byte, nb int) {
		if nb > avx2TableBlocks {
			rowsInterleavedGo(t)(dst, w, groupBytes, act, nb)
			return
		}
		k(dst, w, groupBytes, act, nb)
	}
}

// rowsQ4_Kx16AVX2S1, S2 and S4 are rowsQ4_Kx16AVX512S1, S2 and S4 on AVX2
// (a group's halves of eight rows one after the other, VPMADDUBSW for the
// levels, VPMADDWD for the scales and mins; the accumulators of streams 2
// and 3 in the frame), with the same results bit for bit.
//
//go:noescape
func rowsQ4_Kx16AVX2S1(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_Kx16AVX2S2(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

//go:noescape
func rowsQ4_Kx16AVX2S4(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)

// deinterleaveQ8_0AVX2 and deinterleaveQ4_0AVX2 write groups·16 rows of nb
// blocks (rows of rowBytes bytes at dst) from the interleaved layout at iw:
// moveGroups(…, back) with 4×8 dword transposes in 256-bit registers
// (interleave_amd64.s).
//
//go:noescape
func deinterleaveQ8_0AVX2(dst *byte, iw *byte, nb int, groups int, rowBytes int)

//go:noescape
func deinterleaveQ4_0AVX2(dst *byte, iw *byte, nb int, groups int, rowBytes int)

// deinterleaveQ5_0AVX2 is deinterleaveQ4_0AVX2 for Q5_0 (the qh words copied
// as the scales are).
//
//go:noescape
func deinterleaveQ5_0AVX2(dst *byte, iw *byte, nb int, groups int, rowBytes int)

// deinterleaveQ4_KAVX2 is deinterleaveQ4_0AVX2 for Q4_K super-blocks (d and
// dmin copied as one dword, the 35 chunks transposed four at a time, chunk
// 31 twice).
//
//go:noescape
func deinterleaveQ4_KAVX2(dst *byte, iw *byte, nb int, groups int, rowBytes int)

// groupKernel is an interleaved kernel and how many streams of groups it
// reads side by side.
type groupKernel struct {
	streams int
	k       func(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)
}

// asmGroups adapts a type's interleaved kernels (stream counts descending,
// the last one stream) to quantRows (groupBytes in place of rowBytes): the
// first reads ⌊groups/n⌋ groups in each of its n streams, and the others
// take what is left, one group per stream. Each row's sum does not depend
// on the split.
func asmGroups(ks ...groupKernel) quantRows {
	return func(dst []float32, w []byte, groupBytes int, act []byte, nb int) {
		groups := len(dst) / GroupRows
		if n := ks[0].streams; groups >= n {
			s := groups / n
			_ = w[n*s*groupBytes-1]
			ks[0].k(&dst[0], s, &w[0], groupBytes, &act[0], nb)
			dst, w, groups = dst[n*s*GroupRows:], w[n*s*groupBytes:], groups-n*s
		}
		for _, k := range ks[1:] {
			if n := k.streams; groups >= n {
				_ = w[n*groupBytes-1]
				k.k(&dst[0], 1, &w[0], groupBytes, &act[0], nb)
				dst, w, groups = dst[n*GroupRows:], w[n*groupBytes:], groups-n
			}
		}
	}
}

func hasAVX2() bool { return cpu.X86.HasAVX2 && cpu.X86.HasFMA && cpu.X86.HasF16C }

func hasVNNI() bool {
	return hasAVX2() && cpu.X86.HasAVX512F && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VNNI
}

func hasAVX512() bool { return hasVNNI() && cpu.X86.HasAVX512F }

// amdCPU reports whether CPUID's vendor string is AMD's ("AuthenticAMD").
func amdCPU() bool {
	b, c, d := cpuidVendor()
	return b == 0x68747541 && d == 0x69746e65 && c == 0x444d4163
}

// cpuidVendor returns CPUID leaf 0's EBX, ECX and EDX: the vendor string's
// bytes 0–3, 8–11 and 4–7.
func cpuidVendor() (ebx, ecx, edx uint32)

// impls lists the implementations this CPU can run, fastest last. With
// AVX2, the first after generic is avx2 with the stream counts of the other
// CPU maker (named avx2-many or avx2-few), so that tests and benchmarks see
// every kernel on every machine.
func impls() []impl {
	list := []impl{generic}
	if hasAVX2() {
		few := amdCPU()
		other := avx2Streams(!few)
		other.name = "avx2-few"
		if few {
			other.name = "avx2-many"
		}
		list = append(list, other, avx2Streams(few))
	}
	if hasVNNI() {
		list = append(list, vnni())
	}
	if hasAVX512() {
		list = append(list, avx512())
	}
	return list
}

// active is chosen once, at package initialisation, from the CPU's features
// (the fastest of impls), and never changes afterwards.
var active = func() impl {
	list := impls()
	return list[len(list)-1]
}()

// gemmQ8_0VNNI and gemmQ4_0VNNI compute, for r < rows and token k < n,
// dst[k·dstStride + r] = gemmGo's (gemmQ4_0Go's) result from the packed
// activations (gemm.go, gemm_amd64.s): rows, n and nb are at least 1, and
// nb at most maxPackedBlocks for Q8_0.
//
//go:noescape
func gemmQ8_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)

//go:noescape
func gemmQ4_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)

// asmGEMMQ8_0 adapts gemmQ8_0AVX2 to gemmRows: where the kernel reports a
// −128 activation (its sign trick cannot negate it; QuantizeActivations never
// writes one, but PackTokens takes any bytes), the reference redoes the
// product, so every input gets gemmGo's results.
func asmGEMMQ8_0(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int) {
	if gemmQ8_0AVX2(&dst[0], dstStride, rows, &w[0], rowBytes, &packed[0], n, nb) != 0 {
		gemmGo(dst, dstStride, w, rowBytes, rows, packed, n, nb)
	}
}

// asmGEMM adapts a tile kernel to gemmRows.
func asmGEMM(k func(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)) gemmRows {
	return func(dst []float32, dstStride int, w []byte, rowBytes, rows int, packed []byte, n, nb int) {
		k(&dst[0], dstStride, rows, &w[0], rowBytes, &packed[0], n, nb)
	}
}

// packQ8_0VNNI writes PackTokens' layout (gemm.go) for n ≥ 1 tokens of nb
// blocks of Q8_0 activations, rowBytes = 34·nb apart, the levels XORed with
// flip (0x80808080 for Q8_0 weights, 0 for Q4_0 and Q5_0), the
// corrections −Σ_j qy[j] << shift (packShift): byte for byte what
// packTokensGo writes.
//
//go:noescape
func packQ8_0VNNI(dst *byte, acts *byte, rowBytes int, n int, nb int, shift int, flip uint32)

// packQ4_KVNNI and packQ6_KVNNI are packQ8_0VNNI for Q8_K activations of
// Q4_K and Q6_K weights (rowBytes = 292·nb): byte for byte what
// packTokensKGo writes.
//
//go:noescape
func packQ4_KVNNI(dst *byte, acts *byte, rowBytes int, n int, nb int)

//go:noescape
func packQ6_KVNNI(dst *byte, acts *byte, rowBytes int, n int, nb int)

// asmPack adapts packQ8_0VNNI, packQ4_KVNNI and packQ6_KVNNI to packFunc.
func asmPack(dst, acts []byte, t quant.Type, n, nb int) {
	switch t {
	case quant.Q4_K:
		packQ4_KVNNI(&dst[0], &acts[0], nb*292, n, nb)
		return
	case quant.Q6_K:
		packQ6_KVNNI(&dst[0], &acts[0], nb*292, n, nb)
		return
	}
	packQ8_0VNNI(&dst[0], &acts[0], nb*34, n, nb, packShift(t), packFlip(t))
}

// gemmQ4_0GFNI is gemmQ4_0VNNI with the high nibbles shifted down by one
// GF2P8AFFINEQB (AVX512-GFNI) instead of a shift and a mask.
//
//go:noescape
func gemmQ4_0GFNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)

// gemmQ5_0VNNI is gemmQ4_0VNNI for Q5_0 weights (gemmQ5_0Go's result): each
// row's block expanded to its 32 unsigned levels (0..31) on the stack once
// per block and token tile, then broadcast 4 bytes at a time.
//
//go:noescape
func gemmQ5_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)

// gemmQ4_KVNNI is the Q4_K tile kernel (gemmQ4_KGo's result) on Q8_K
// activations packed by packTokensKGo: each row's super-block expanded to
// its 256 nibbles and unpacked scales and mins on the stack once per
// super-block and token tile.
//
//go:noescape
func gemmQ4_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)

// gemmQ6_KVNNI is the Q6_K tile kernel (gemmQ6_KGo's result) on Q8_K
// activations packed by packTokensKGo, as gemmQ4_KVNNI.
//
//go:noescape
func gemmQ6_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)

// swigluAVX2 is swigluAVX512 on AVX2 registers (swiglu_amd64.s): the same
// contract, sixteen values per step as two vectors of eight.
//
//go:noescape
func swigluAVX2(dst, gate, up *float32, n int) int

// swigluAVX512 is SwiGLU's kernel (swiglu_amd64.s): swigluGo's results for
// whole vectors of 16 from the start while −gate is in (−87.33654, 88]; it
// returns the values done.
//
//go:noescape
func swigluAVX512(dst, gate, up *float32, n int) int

// gemmQ4_0AVX2 is gemmQ4_0VNNI on AVX2 alone (VPMADDUBSW; 4 rows × 8 tokens).
//
//go:noescape
func gemmQ4_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)

// gemmQ8_0AVX2 is gemmQ8_0VNNI on AVX2 alone (VPMADDUBSW of |x| by y with
// x's sign; 4 rows × 8 tokens), except that it returns 1, its results
// unusable, when an activation is −128 (see asmGEMMQ8_0).
//
//go:noescape
func gemmQ8_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int) int

// gemmQ5_0AVX2 is gemmQ5_0VNNI on AVX2 alone (VPMADDUBSW; 4 rows × 8 tokens).
//
//go:noescape
func gemmQ5_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
