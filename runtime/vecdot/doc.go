// Package vecdot holds the dot products of the forward pass in the form
// llama.cpp's CPU backend computes them: a weight row in its ggml block format
// times an activation row that was first converted to the weight type's "vec
// dot type" (quant.VecDotType: Q8_0 for Q4_0/Q5_0/Q8_0, Q8_1 for Q4_1/Q5_1,
// Q8_K for the K formats), with integer products inside each block, scaled by
// the blocks' scales and summed in float32.
//
// QuantizeActivations converts an activation row to Q8_0, Q8_1 or Q8_K with
// the bytes quant.QuantizeActivations (llama.cpp's quantizers) writes, but
// 20–30 times faster with SIMD. Rows takes one such activation row and many
// weight rows, so that the cost of a call is paid per group of rows, not per
// block; RowsTokens takes several activation rows (a prefill's tokens) and
// decodes each weight block once for four of them (eight for the K formats
// on AVX-512), with results identical to Rows'; RowsFloat does the same for
// F32, F16 and BF16 weights with float32 activations, and RowsFloatTokens
// multiplies float weights by several tokens in register tiles (each weight
// converted once for six tokens, or once for all of them through a scratch
// block of float32; the float32 sums in another order than RowsFloat's).
// ColsFloat multiplies up to eight vectors by the columns of a float matrix,
// and ExpShiftSum and Max are softmax's exponentials and maximum: attention's
// products over a KV cache; SwiGLU is the FFN's SiLU(gate)·up with Expf's
// exponential, to the bit (AVX512: 16 values at a time, ≈ 20 times the
// plain loop, BenchmarkSwiGLU).
// For Q8_0, Q4_0, Q5_0, Q4_K and Q6_K weights, PackTokens lays a prefill's
// activations out once (16 tokens interleaved) for RowsPacked, whose tile
// kernels (AVX512-VNNI on 512-bit registers, one lane per token: 4 rows × 32
// tokens a tile) are 2–6 times as fast as RowsTokens, equal to Rows up to
// the order of the float32 additions.
// Interleave lays a Q8_0, Q4_0, Q5_0 or Q4_K matrix out in groups of sixteen
// rows, one row per 32-bit lane of a 512-bit register (interleave.go), and
// RowsInterleaved multiplies it by one activation row without horizontal
// sums or per-row scale shuffles: about a quarter of the vector work per
// weight byte of Rows (BenchmarkRows: Q8_0 ≈ 64 cpu-GB/s against 38, Q4_0
// ≈ 42 against 19, Q5_0 ≈ 35 against 18, Q4_K 30–41 GB/s of wall-clock
// rate against 14; with AVX2, Q4_0 ≈ 29 against 11, Q5_0 16–23 against
// 7–10 and Q4_K 23–28 against 10–17), for decoding steps that then run at
// memory speed.
//
// Every product has a plain-Go reference (ref_*.go) that states the loop it
// computes. On amd64 the products run in Go assembly, chosen once at start-up
// from the CPU's features (AVX2 with FMA and F16C, plus AVX512-VNNI's
// VPDPBUSD on 256-bit registers for the 32-value formats where the CPU has
// AVX512VL and VNNI, 512-bit registers with VPDPWSSD for Q4_K, Q5_K and
// Q6_K, 512-bit registers, eight rows per pass, for Q8_0, Q4_0 and Q5_0
// where it has AVX512F and BW too, and 512-bit float tiles, column products
// and exponentials; see Impl), and compute the
// same loops: the integer sums inside each block are exact and equal the
// reference's (for every int8 value, −128 included); only the order of the
// float32 additions across blocks and lanes differs (not even that for the
// AVX2 Q4_0, Q5_0, Q4_1 and Q5_1 row kernels, which keep four rows' or tokens' sums in
// the lanes of one register, each added in the reference's order: their
// results equal it bit for bit; lanes_amd64.go). IQ4_NL and IQ4_XS have
// AVX2 one- and four-token kernels (iq4_amd64.s: a VPSHUFB from indices to
// levels). On arm64 the products run in NEON (neon_arm64.s, written by
// gen/neon.py; IQ4_NL and IQ4_XS with TBL from indices to levels): every
// quantized type with SDOT where the CPU has ARMv8.2's dotprod and SMULL/SADALP otherwise,
// F32/F16/BF16 rows and 4×6 float tiles with FMLA, and the Q8_0 quantizer
// (tested under qemu-aarch64; the multi-token, packed and attention kernels
// run their references there). The build tag purego selects the plain-Go
// code everywhere. The *_amd64.s files are written by
// the scripts in gen/ (python3 gen/legacy.py, gen/legacy512.py, gen/kq.py,
// gen/float.py, gen/actq.py, gen/gemm.py, gen/swiglu.py,
// gen/interleave.py, gen/iq4.py): edit those and rerun them rather
// than the assembly.
//
// Speed (BenchmarkRows, cpu-GB/s of weights per core from the thread's CPU
// time, on a shared 2-vCPU Xeon with AVX-512): Q8_0 ≈ 16–20 (512-bit: ≈ 42),
// Q4_0/Q5_0/Q4_K/Q6_K ≈ 9–15 (Q4_0, Q5_0 512-bit: ≈ 21–23), F32 ≈ 25, F16 ≈
// 30; the plain-Go references 0.1–4. With the weights in DRAM
// (BenchmarkRowsDRAM, a decode step's situation) one core reads ≈ 12–14 GB/s
// of Q8_0 or Q4_0. On a 2-vCPU AMD EPYC (Zen 1, AVX2 only, whose 256-bit
// integer multiplies take two cycles): Q8_0 ≈ 12, Q4_0 ≈ 6–8, Q5_0 ≈ 5.5;
// interleaved Q8_0 ≈ 14–15, Q4_0 ≈ 11–12, Q5_0 ≈ 9–10.
// RowsTokens on a cached tile (BenchmarkRowsTokens): 1.3–2× Rows' rate.
// RowsFloatTokens (BenchmarkRowsFloatTokens, 48 tokens): F16 ≈ 100 with
// AVX512 (110–120 with a scratch block), 63–69 with AVX2, against
// RowsFloat's 25 per token.
// RowsPacked (BenchmarkRowsPacked, 64 rows × 128 tokens): Q8_0 ≈ 380–400
// cpu-GOP/s, Q4_0 ≈ 330–350, Q5_0 ≈ 300–330, Q4_K ≈ 300–340 (RowsTokens
// ≈ 130–140) and Q6_K ≈ 200–250 (RowsTokens ≈ 120–130) with VNNI, Q4_0 ≈
// 120–130 and Q5_0 ≈ 85–90 on AVX2 alone; RowsTokens ≈ 55–68 (AVX2 alone
// ≈ 50).
package vecdot
