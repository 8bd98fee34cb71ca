//go:build !purego

#include "textflag.h"

// GEMM tile kernels, AVX512-VNNI on 512-bit registers. Each computes, for
// every weight row r < rows and token k < n,
//
//	dst[k·dstStride + r] = Σ_b float32(Σ_j qx[j]·qy[j]) · (d_x·d_y)
//
// (dotQ8_0, dotQ4_0 or dotQ5_0 in ref_legacy.go, the float32 additions in
// block order, fused) from the activations as PackTokens lays them out
// (gemm.go): groups of 16 tokens, per block the levels interleaved so that
// 4-byte group i of the 16 tokens fills one 64-byte vector (one lane per
// token): for Q8_0 weights qy+128 (unsigned), for Q4_0 and Q5_0 qy (int8);
// then the 16 scales d_y (float32) and the 16 corrections −8·Σ_j qy[j]
// (Q5_0: −16·Σ_j qy[j]; int32, for Q4_0 and Q5_0: they start the tokens'
// block sums).
//
// Q8_0: one VPDPBUSD multiplies the 16 tokens' bytes qy+128 (unsigned) by
// four bytes of one weight row broadcast to every lane from memory (signed);
// 8 of them, started at the row's −128·Σx (computed once per row tile by a
// prepass, on the stack), give each token's block sum Σ(qy+128)·x − 128·Σx
// = Σ x·qy, exact in int32. Q4_0: the levels 0..15 broadcast are the
// unsigned operand, the tokens' qy the signed one: Σ q·y − 8·Σy. Q5_0: per
// block each row's 32 levels 0..31 (nibble plus qh's bit as bit 4) are
// written to the stack (128 bytes, 32 a row) and broadcast 4 bytes at a
// time as the unsigned operand: Σ q·y − 16·Σy. Q4_K (Q8_K activations,
// PackTokens' super-block layout): see block_q4_k in gen/gemm.py; per
// super-block Σ sc_j·s_j and Σ m_j·S_j in int32, then
// fma(isum, d·d_y, −msum·(dmin·d_y)) added to the token's sum. Q6_K: see
// block_q6_k; per super-block Σ sc_i·s_i − Σ 32·sc_i·bs_i in int32, times
// d·d_y added to the token's sum.
// The register tile is 4 rows × 32 tokens (two groups; a last odd group
// alone): 8 float32 accumulators Z0-Z7, 8 block sums Z8-Z15.
//
// Registers: DI the tile's output, SI the row tile's first row, R8/R9/R11/R14
// its four rows' blocks (a row past the end repeats the last row, and is not
// stored: K1 masks the row lanes of each store), R12 the packed group,
// R13 blocks left, R10 f16tab, AX bytes per packed group, CX rows left, DX
// tokens left, BX scratch; Z31 the 0x80 or 0x0F bytes, Z30 (GFNI) the
// nibble shift's matrix, Y20 (Q5_0) the 0x10 bytes, K2 (Q5_0) a row's qh.

DATA gemmmask<>+0(SB)/8, $0x0f0f0f0f07030100
GLOBL gemmmask<>(SB), RODATA|NOPTR, $8
DATA gemmrowmask<>+0(SB)/4, $0
DATA gemmrowmask<>+4(SB)/4, $0
DATA gemmrowmask<>+8(SB)/4, $0
DATA gemmrowmask<>+12(SB)/4, $0
DATA gemmrowmask<>+16(SB)/4, $0xffffffff
DATA gemmrowmask<>+20(SB)/4, $0
DATA gemmrowmask<>+24(SB)/4, $0
DATA gemmrowmask<>+28(SB)/4, $0
DATA gemmrowmask<>+32(SB)/4, $0xffffffff
DATA gemmrowmask<>+36(SB)/4, $0xffffffff
DATA gemmrowmask<>+40(SB)/4, $0
DATA gemmrowmask<>+44(SB)/4, $0
DATA gemmrowmask<>+48(SB)/4, $0xffffffff
DATA gemmrowmask<>+52(SB)/4, $0xffffffff
DATA gemmrowmask<>+56(SB)/4, $0xffffffff
DATA gemmrowmask<>+60(SB)/4, $0
DATA gemmrowmask<>+64(SB)/4, $0xffffffff
DATA gemmrowmask<>+68(SB)/4, $0xffffffff
DATA gemmrowmask<>+72(SB)/4, $0xffffffff
DATA gemmrowmask<>+76(SB)/4, $0xffffffff
GLOBL gemmrowmask<>(SB), RODATA|NOPTR, $80
DATA gemmq5shuf<>+0(SB)/8, $0x0000000000000000
DATA gemmq5shuf<>+8(SB)/8, $0x0101010101010101
DATA gemmq5shuf<>+16(SB)/8, $0x0202020202020202
DATA gemmq5shuf<>+24(SB)/8, $0x0303030303030303
GLOBL gemmq5shuf<>(SB), RODATA|NOPTR, $32
DATA gemmq5bit<>+0(SB)/8, $0x8040201008040201
DATA gemmq5bit<>+8(SB)/8, $0x8040201008040201
DATA gemmq5bit<>+16(SB)/8, $0x8040201008040201
DATA gemmq5bit<>+24(SB)/8, $0x8040201008040201
GLOBL gemmq5bit<>(SB), RODATA|NOPTR, $32
DATA gemmq5x10<>+0(SB)/8, $0x1010101010101010
DATA gemmq5x10<>+8(SB)/8, $0x1010101010101010
DATA gemmq5x10<>+16(SB)/8, $0x1010101010101010
DATA gemmq5x10<>+24(SB)/8, $0x1010101010101010
GLOBL gemmq5x10<>(SB), RODATA|NOPTR, $32

// func gemmQ8_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
TEXT ·gemmQ8_0VNNI(SB), $16384-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVQ         nb+56(FP), AX
	IMULQ        $640, AX
	MOVL         $0x80808080, BX
	VPBROADCASTD BX, Z31

rows:
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	LEAQ         gemmmask<>(SB), R9
	MOVBLZX      (R9)(BX*1), BX
	KMOVW        BX, K1
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	MOVQ         nb+56(FP), R13

pre:
	MOVQ         R13, BX
	SHLQ         $4, BX
	VMOVDQU      2(R8), Y0
	VPXOR        Y1, Y1, Y1
	VPDPBUSD     Y0, Y31, Y1
	VEXTRACTI128 $1, Y1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0x4e, X1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0xb1, X1, X2
	VPADDD       X2, X1, X1
	VPXOR        X3, X3, X3
	VPSUBD       X1, X3, X1
	VMOVD        X1, 0(SP)(BX*1)
	ADDQ         $34, R8
	VMOVDQU      2(R9), Y0
	VPXOR        Y1, Y1, Y1
	VPDPBUSD     Y0, Y31, Y1
	VEXTRACTI128 $1, Y1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0x4e, X1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0xb1, X1, X2
	VPADDD       X2, X1, X1
	VPXOR        X3, X3, X3
	VPSUBD       X1, X3, X1
	VMOVD        X1, 4(SP)(BX*1)
	ADDQ         $34, R9
	VMOVDQU      2(R11), Y0
	VPXOR        Y1, Y1, Y1
	VPDPBUSD     Y0, Y31, Y1
	VEXTRACTI128 $1, Y1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0x4e, X1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0xb1, X1, X2
	VPADDD       X2, X1, X1
	VPXOR        X3, X3, X3
	VPSUBD       X1, X3, X1
	VMOVD        X1, 8(SP)(BX*1)
	ADDQ         $34, R11
	VMOVDQU      2(R14), Y0
	VPXOR        Y1, Y1, Y1
	VPDPBUSD     Y0, Y31, Y1
	VEXTRACTI128 $1, Y1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0x4e, X1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0xb1, X1, X2
	VPADDD       X2, X1, X1
	VPXOR        X3, X3, X3
	VPSUBD       X1, X3, X1
	VMOVD        X1, 12(SP)(BX*1)
	ADDQ         $34, R14
	DECQ         R13
	JNZ          pre

tokens:
	CMPQ         DX, $16
	JLE          onetile

	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	VXORPS       Z4, Z4, Z4
	VXORPS       Z5, Z5, Z5
	VXORPS       Z6, Z6, Z6
	VXORPS       Z7, Z7, Z7
	MOVQ         nb+56(FP), R13

twoblk:
	VMOVUPS      512(R12), Z21
	VMOVUPS      512(R12)(AX*1), Z22
	MOVQ         R13, BX
	SHLQ         $4, BX
	VPBROADCASTD 0(SP)(BX*1), Z8
	VPBROADCASTD 0(SP)(BX*1), Z9
	VPBROADCASTD 4(SP)(BX*1), Z10
	VPBROADCASTD 4(SP)(BX*1), Z11
	VPBROADCASTD 8(SP)(BX*1), Z12
	VPBROADCASTD 8(SP)(BX*1), Z13
	VPBROADCASTD 12(SP)(BX*1), Z14
	VPBROADCASTD 12(SP)(BX*1), Z15
	VMOVDQU32    0(R12), Z16
	VMOVDQU32    0(R12)(AX*1), Z17
	VPDPBUSD.BCST 2(R8), Z16, Z8
	VPDPBUSD.BCST 2(R8), Z17, Z9
	VPDPBUSD.BCST 2(R9), Z16, Z10
	VPDPBUSD.BCST 2(R9), Z17, Z11
	VPDPBUSD.BCST 2(R11), Z16, Z12
	VPDPBUSD.BCST 2(R11), Z17, Z13
	VPDPBUSD.BCST 2(R14), Z16, Z14
	VPDPBUSD.BCST 2(R14), Z17, Z15
	VMOVDQU32    64(R12), Z16
	VMOVDQU32    64(R12)(AX*1), Z17
	VPDPBUSD.BCST 6(R8), Z16, Z8
	VPDPBUSD.BCST 6(R8), Z17, Z9
	VPDPBUSD.BCST 6(R9), Z16, Z10
	VPDPBUSD.BCST 6(R9), Z17, Z11
	VPDPBUSD.BCST 6(R11), Z16, Z12
	VPDPBUSD.BCST 6(R11), Z17, Z13
	VPDPBUSD.BCST 6(R14), Z16, Z14
	VPDPBUSD.BCST 6(R14), Z17, Z15
	VMOVDQU32    128(R12), Z16
	VMOVDQU32    128(R12)(AX*1), Z17
	VPDPBUSD.BCST 10(R8), Z16, Z8
	VPDPBUSD.BCST 10(R8), Z17, Z9
	VPDPBUSD.BCST 10(R9), Z16, Z10
	VPDPBUSD.BCST 10(R9), Z17, Z11
	VPDPBUSD.BCST 10(R11), Z16, Z12
	VPDPBUSD.BCST 10(R11), Z17, Z13
	VPDPBUSD.BCST 10(R14), Z16, Z14
	VPDPBUSD.BCST 10(R14), Z17, Z15
	VMOVDQU32    192(R12), Z16
	VMOVDQU32    192(R12)(AX*1), Z17
	VPDPBUSD.BCST 14(R8), Z16, Z8
	VPDPBUSD.BCST 14(R8), Z17, Z9
	VPDPBUSD.BCST 14(R9), Z16, Z10
	VPDPBUSD.BCST 14(R9), Z17, Z11
	VPDPBUSD.BCST 14(R11), Z16, Z12
	VPDPBUSD.BCST 14(R11), Z17, Z13
	VPDPBUSD.BCST 14(R14), Z16, Z14
	VPDPBUSD.BCST 14(R14), Z17, Z15
	VMOVDQU32    256(R12), Z16
	VMOVDQU32    256(R12)(AX*1), Z17
	VPDPBUSD.BCST 18(R8), Z16, Z8
	VPDPBUSD.BCST 18(R8), Z17, Z9
	VPDPBUSD.BCST 18(R9), Z16, Z10
	VPDPBUSD.BCST 18(R9), Z17, Z11
	VPDPBUSD.BCST 18(R11), Z16, Z12
	VPDPBUSD.BCST 18(R11), Z17, Z13
	VPDPBUSD.BCST 18(R14), Z16, Z14
	VPDPBUSD.BCST 18(R14), Z17, Z15
	VMOVDQU32    320(R12), Z16
	VMOVDQU32    320(R12)(AX*1), Z17
	VPDPBUSD.BCST 22(R8), Z16, Z8
	VPDPBUSD.BCST 22(R8), Z17, Z9
	VPDPBUSD.BCST 22(R9), Z16, Z10
	VPDPBUSD.BCST 22(R9), Z17, Z11
	VPDPBUSD.BCST 22(R11), Z16, Z12
	VPDPBUSD.BCST 22(R11), Z17, Z13
	VPDPBUSD.BCST 22(R14), Z16, Z14
	VPDPBUSD.BCST 22(R14), Z17, Z15
	VMOVDQU32    384(R12), Z16
	VMOVDQU32    384(R12)(AX*1), Z17
	VPDPBUSD.BCST 26(R8), Z16, Z8
	VPDPBUSD.BCST 26(R8), Z17, Z9
	VPDPBUSD.BCST 26(R9), Z16, Z10
	VPDPBUSD.BCST 26(R9), Z17, Z11
	VPDPBUSD.BCST 26(R11), Z16, Z12
	VPDPBUSD.BCST 26(R11), Z17, Z13
	VPDPBUSD.BCST 26(R14), Z16, Z14
	VPDPBUSD.BCST 26(R14), Z17, Z15
	VMOVDQU32    448(R12), Z16
	VMOVDQU32    448(R12)(AX*1), Z17
	VPDPBUSD.BCST 30(R8), Z16, Z8
	VPDPBUSD.BCST 30(R8), Z17, Z9
	VPDPBUSD.BCST 30(R9), Z16, Z10
	VPDPBUSD.BCST 30(R9), Z17, Z11
	VPDPBUSD.BCST 30(R11), Z16, Z12
	VPDPBUSD.BCST 30(R11), Z17, Z13
	VPDPBUSD.BCST 30(R14), Z16, Z14
	VPDPBUSD.BCST 30(R14), Z17, Z15
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z9, Z1
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z11, Z3
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z12, Z12
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z12, Z4
	VCVTDQ2PS    Z13, Z13
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z13, Z5
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z14, Z14
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z14, Z6
	VCVTDQ2PS    Z15, Z15
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z15, Z7
	ADDQ         $34, R8
	ADDQ         $34, R9
	ADDQ         $34, R11
	ADDQ         $34, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          twoblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z2, Z0, Z16
	VUNPCKHPS    Z2, Z0, Z17
	VUNPCKLPS    Z6, Z4, Z18
	VUNPCKHPS    Z6, Z4, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog0done:
	MOVQ         R13, R11
	SHLQ         $4, R11
	ADDQ         DI, R11
	LEAQ         -16(DX), R9
	VUNPCKLPS    Z3, Z1, Z16
	VUNPCKHPS    Z3, Z1, Z17
	VUNPCKLPS    Z7, Z5, Z18
	VUNPCKHPS    Z7, Z5, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog1done:
	ADDQ         AX, R12
	MOVQ         R13, BX
	SHLQ         $5, BX
	ADDQ         BX, DI
	SUBQ         $32, DX
	JG           tokens
	JMP          nextrows

onetile:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	MOVQ         nb+56(FP), R13

oneblk:
	VMOVUPS      512(R12), Z21
	MOVQ         R13, BX
	SHLQ         $4, BX
	VPBROADCASTD 0(SP)(BX*1), Z8
	VPBROADCASTD 4(SP)(BX*1), Z9
	VPBROADCASTD 8(SP)(BX*1), Z10
	VPBROADCASTD 12(SP)(BX*1), Z11
	VMOVDQU32    0(R12), Z16
	VPDPBUSD.BCST 2(R8), Z16, Z8
	VPDPBUSD.BCST 2(R9), Z16, Z9
	VPDPBUSD.BCST 2(R11), Z16, Z10
	VPDPBUSD.BCST 2(R14), Z16, Z11
	VMOVDQU32    64(R12), Z16
	VPDPBUSD.BCST 6(R8), Z16, Z8
	VPDPBUSD.BCST 6(R9), Z16, Z9
	VPDPBUSD.BCST 6(R11), Z16, Z10
	VPDPBUSD.BCST 6(R14), Z16, Z11
	VMOVDQU32    128(R12), Z16
	VPDPBUSD.BCST 10(R8), Z16, Z8
	VPDPBUSD.BCST 10(R9), Z16, Z9
	VPDPBUSD.BCST 10(R11), Z16, Z10
	VPDPBUSD.BCST 10(R14), Z16, Z11
	VMOVDQU32    192(R12), Z16
	VPDPBUSD.BCST 14(R8), Z16, Z8
	VPDPBUSD.BCST 14(R9), Z16, Z9
	VPDPBUSD.BCST 14(R11), Z16, Z10
	VPDPBUSD.BCST 14(R14), Z16, Z11
	VMOVDQU32    256(R12), Z16
	VPDPBUSD.BCST 18(R8), Z16, Z8
	VPDPBUSD.BCST 18(R9), Z16, Z9
	VPDPBUSD.BCST 18(R11), Z16, Z10
	VPDPBUSD.BCST 18(R14), Z16, Z11
	VMOVDQU32    320(R12), Z16
	VPDPBUSD.BCST 22(R8), Z16, Z8
	VPDPBUSD.BCST 22(R9), Z16, Z9
	VPDPBUSD.BCST 22(R11), Z16, Z10
	VPDPBUSD.BCST 22(R14), Z16, Z11
	VMOVDQU32    384(R12), Z16
	VPDPBUSD.BCST 26(R8), Z16, Z8
	VPDPBUSD.BCST 26(R9), Z16, Z9
	VPDPBUSD.BCST 26(R11), Z16, Z10
	VPDPBUSD.BCST 26(R14), Z16, Z11
	VMOVDQU32    448(R12), Z16
	VPDPBUSD.BCST 30(R8), Z16, Z8
	VPDPBUSD.BCST 30(R9), Z16, Z9
	VPDPBUSD.BCST 30(R11), Z16, Z10
	VPDPBUSD.BCST 30(R14), Z16, Z11
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z9, Z1
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z11, Z3
	ADDQ         $34, R8
	ADDQ         $34, R9
	ADDQ         $34, R11
	ADDQ         $34, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          oneblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z1, Z0, Z16
	VUNPCKHPS    Z1, Z0, Z17
	VUNPCKLPS    Z3, Z2, Z18
	VUNPCKHPS    Z3, Z2, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
oneg0done:
	MOVQ         R13, BX
	SHLQ         $4, BX
	ADDQ         BX, DI
	SUBQ         $16, DX
	JG           tokens
	JMP          nextrows

nextrows:
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET

// func gemmQ4_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
TEXT ·gemmQ4_0VNNI(SB), NOSPLIT, $0-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVQ         nb+56(FP), AX
	IMULQ        $640, AX
	MOVL         $0x0f0f0f0f, BX
	VPBROADCASTD BX, Z31

rows:
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	LEAQ         gemmmask<>(SB), R9
	MOVBLZX      (R9)(BX*1), BX
	KMOVW        BX, K1
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	CMPQ         DX, $16
	JLE          onetile

	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	VXORPS       Z4, Z4, Z4
	VXORPS       Z5, Z5, Z5
	VXORPS       Z6, Z6, Z6
	VXORPS       Z7, Z7, Z7
	MOVQ         nb+56(FP), R13

twoblk:
	VMOVUPS      512(R12), Z21
	VMOVUPS      512(R12)(AX*1), Z22
	VMOVDQU32    576(R12), Z8
	VMOVDQU32    576(R12)(AX*1), Z9
	VMOVDQU32    576(R12), Z10
	VMOVDQU32    576(R12)(AX*1), Z11
	VMOVDQU32    576(R12), Z12
	VMOVDQU32    576(R12)(AX*1), Z13
	VMOVDQU32    576(R12), Z14
	VMOVDQU32    576(R12)(AX*1), Z15
	VMOVDQU32    0(R12), Z16
	VMOVDQU32    256(R12), Z25
	VMOVDQU32    0(R12)(AX*1), Z17
	VMOVDQU32    256(R12)(AX*1), Z26
	VPBROADCASTD 2(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 2(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 2(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 2(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	VMOVDQU32    64(R12), Z16
	VMOVDQU32    320(R12), Z25
	VMOVDQU32    64(R12)(AX*1), Z17
	VMOVDQU32    320(R12)(AX*1), Z26
	VPBROADCASTD 6(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 6(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 6(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 6(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	VMOVDQU32    128(R12), Z16
	VMOVDQU32    384(R12), Z25
	VMOVDQU32    128(R12)(AX*1), Z17
	VMOVDQU32    384(R12)(AX*1), Z26
	VPBROADCASTD 10(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 10(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 10(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 10(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	VMOVDQU32    192(R12), Z16
	VMOVDQU32    448(R12), Z25
	VMOVDQU32    192(R12)(AX*1), Z17
	VMOVDQU32    448(R12)(AX*1), Z26
	VPBROADCASTD 14(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 14(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 14(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 14(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z9, Z1
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z11, Z3
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z12, Z12
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z12, Z4
	VCVTDQ2PS    Z13, Z13
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z13, Z5
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z14, Z14
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z14, Z6
	VCVTDQ2PS    Z15, Z15
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z15, Z7
	ADDQ         $18, R8
	ADDQ         $18, R9
	ADDQ         $18, R11
	ADDQ         $18, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          twoblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z2, Z0, Z16
	VUNPCKHPS    Z2, Z0, Z17
	VUNPCKLPS    Z6, Z4, Z18
	VUNPCKHPS    Z6, Z4, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog0done:
	MOVQ         R13, R11
	SHLQ         $4, R11
	ADDQ         DI, R11
	LEAQ         -16(DX), R9
	VUNPCKLPS    Z3, Z1, Z16
	VUNPCKHPS    Z3, Z1, Z17
	VUNPCKLPS    Z7, Z5, Z18
	VUNPCKHPS    Z7, Z5, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog1done:
	ADDQ         AX, R12
	MOVQ         R13, BX
	SHLQ         $5, BX
	ADDQ         BX, DI
	SUBQ         $32, DX
	JG           tokens
	JMP          nextrows

onetile:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	MOVQ         nb+56(FP), R13

oneblk:
	VMOVUPS      512(R12), Z21
	VMOVDQU32    576(R12), Z8
	VMOVDQU32    576(R12), Z9
	VMOVDQU32    576(R12), Z10
	VMOVDQU32    576(R12), Z11
	VMOVDQU32    0(R12), Z16
	VMOVDQU32    256(R12), Z25
	VPBROADCASTD 2(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 2(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 2(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 2(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	VMOVDQU32    64(R12), Z16
	VMOVDQU32    320(R12), Z25
	VPBROADCASTD 6(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 6(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 6(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 6(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	VMOVDQU32    128(R12), Z16
	VMOVDQU32    384(R12), Z25
	VPBROADCASTD 10(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 10(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 10(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 10(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	VMOVDQU32    192(R12), Z16
	VMOVDQU32    448(R12), Z25
	VPBROADCASTD 14(R8), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 14(R9), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 14(R11), Z27
	VPANDD       Z31, Z27, Z18
	VPSRLD       $4, Z27, Z27
	VPANDD       Z31, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 14(R14), Z28
	VPANDD       Z31, Z28, Z19
	VPSRLD       $4, Z28, Z28
	VPANDD       Z31, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z9, Z1
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z11, Z3
	ADDQ         $18, R8
	ADDQ         $18, R9
	ADDQ         $18, R11
	ADDQ         $18, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          oneblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z1, Z0, Z16
	VUNPCKHPS    Z1, Z0, Z17
	VUNPCKLPS    Z3, Z2, Z18
	VUNPCKHPS    Z3, Z2, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
oneg0done:
	MOVQ         R13, BX
	SHLQ         $4, BX
	ADDQ         BX, DI
	SUBQ         $16, DX
	JG           tokens
	JMP          nextrows

nextrows:
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET

// func gemmQ4_0GFNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
TEXT ·gemmQ4_0GFNI(SB), NOSPLIT, $0-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVQ         nb+56(FP), AX
	IMULQ        $640, AX
	MOVL         $0x0f0f0f0f, BX
	VPBROADCASTD BX, Z31
	MOVQ         $0x1020408000000000, BX
	VPBROADCASTQ BX, Z30

rows:
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	LEAQ         gemmmask<>(SB), R9
	MOVBLZX      (R9)(BX*1), BX
	KMOVW        BX, K1
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	CMPQ         DX, $16
	JLE          onetile

	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	VXORPS       Z4, Z4, Z4
	VXORPS       Z5, Z5, Z5
	VXORPS       Z6, Z6, Z6
	VXORPS       Z7, Z7, Z7
	MOVQ         nb+56(FP), R13

twoblk:
	VMOVUPS      512(R12), Z21
	VMOVUPS      512(R12)(AX*1), Z22
	VMOVDQU32    576(R12), Z8
	VMOVDQU32    576(R12)(AX*1), Z9
	VMOVDQU32    576(R12), Z10
	VMOVDQU32    576(R12)(AX*1), Z11
	VMOVDQU32    576(R12), Z12
	VMOVDQU32    576(R12)(AX*1), Z13
	VMOVDQU32    576(R12), Z14
	VMOVDQU32    576(R12)(AX*1), Z15
	VMOVDQU32    0(R12), Z16
	VMOVDQU32    256(R12), Z25
	VMOVDQU32    0(R12)(AX*1), Z17
	VMOVDQU32    256(R12)(AX*1), Z26
	VPBROADCASTD 2(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 2(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 2(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 2(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	VMOVDQU32    64(R12), Z16
	VMOVDQU32    320(R12), Z25
	VMOVDQU32    64(R12)(AX*1), Z17
	VMOVDQU32    320(R12)(AX*1), Z26
	VPBROADCASTD 6(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 6(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 6(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 6(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	VMOVDQU32    128(R12), Z16
	VMOVDQU32    384(R12), Z25
	VMOVDQU32    128(R12)(AX*1), Z17
	VMOVDQU32    384(R12)(AX*1), Z26
	VPBROADCASTD 10(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 10(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 10(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 10(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	VMOVDQU32    192(R12), Z16
	VMOVDQU32    448(R12), Z25
	VMOVDQU32    192(R12)(AX*1), Z17
	VMOVDQU32    448(R12)(AX*1), Z26
	VPBROADCASTD 14(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPDPBUSD     Z26, Z27, Z9
	VPBROADCASTD 14(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z25, Z28, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPDPBUSD     Z26, Z28, Z11
	VPBROADCASTD 14(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z25, Z27, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPDPBUSD     Z26, Z27, Z13
	VPBROADCASTD 14(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z25, Z28, Z14
	VPDPBUSD     Z17, Z19, Z15
	VPDPBUSD     Z26, Z28, Z15
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z9, Z1
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z11, Z3
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z12, Z12
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z12, Z4
	VCVTDQ2PS    Z13, Z13
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z13, Z5
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z14, Z14
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z14, Z6
	VCVTDQ2PS    Z15, Z15
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z15, Z7
	ADDQ         $18, R8
	ADDQ         $18, R9
	ADDQ         $18, R11
	ADDQ         $18, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          twoblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z2, Z0, Z16
	VUNPCKHPS    Z2, Z0, Z17
	VUNPCKLPS    Z6, Z4, Z18
	VUNPCKHPS    Z6, Z4, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog0done:
	MOVQ         R13, R11
	SHLQ         $4, R11
	ADDQ         DI, R11
	LEAQ         -16(DX), R9
	VUNPCKLPS    Z3, Z1, Z16
	VUNPCKHPS    Z3, Z1, Z17
	VUNPCKLPS    Z7, Z5, Z18
	VUNPCKHPS    Z7, Z5, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog1done:
	ADDQ         AX, R12
	MOVQ         R13, BX
	SHLQ         $5, BX
	ADDQ         BX, DI
	SUBQ         $32, DX
	JG           tokens
	JMP          nextrows

onetile:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	MOVQ         nb+56(FP), R13

oneblk:
	VMOVUPS      512(R12), Z21
	VMOVDQU32    576(R12), Z8
	VMOVDQU32    576(R12), Z9
	VMOVDQU32    576(R12), Z10
	VMOVDQU32    576(R12), Z11
	VMOVDQU32    0(R12), Z16
	VMOVDQU32    256(R12), Z25
	VPBROADCASTD 2(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 2(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 2(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 2(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	VMOVDQU32    64(R12), Z16
	VMOVDQU32    320(R12), Z25
	VPBROADCASTD 6(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 6(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 6(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 6(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	VMOVDQU32    128(R12), Z16
	VMOVDQU32    384(R12), Z25
	VPBROADCASTD 10(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 10(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 10(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 10(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	VMOVDQU32    192(R12), Z16
	VMOVDQU32    448(R12), Z25
	VPBROADCASTD 14(R8), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z25, Z27, Z8
	VPBROADCASTD 14(R9), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z9
	VPDPBUSD     Z25, Z28, Z9
	VPBROADCASTD 14(R11), Z27
	VPANDD       Z31, Z27, Z18
	VGF2P8AFFINEQB $0, Z30, Z27, Z27
	VPDPBUSD     Z16, Z18, Z10
	VPDPBUSD     Z25, Z27, Z10
	VPBROADCASTD 14(R14), Z28
	VPANDD       Z31, Z28, Z19
	VGF2P8AFFINEQB $0, Z30, Z28, Z28
	VPDPBUSD     Z16, Z19, Z11
	VPDPBUSD     Z25, Z28, Z11
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z9, Z1
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z11, Z3
	ADDQ         $18, R8
	ADDQ         $18, R9
	ADDQ         $18, R11
	ADDQ         $18, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          oneblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z1, Z0, Z16
	VUNPCKHPS    Z1, Z0, Z17
	VUNPCKLPS    Z3, Z2, Z18
	VUNPCKHPS    Z3, Z2, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
oneg0done:
	MOVQ         R13, BX
	SHLQ         $4, BX
	ADDQ         BX, DI
	SUBQ         $16, DX
	JG           tokens
	JMP          nextrows

nextrows:
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET

// func gemmQ5_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
TEXT ·gemmQ5_0VNNI(SB), NOSPLIT, $128-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVQ         nb+56(FP), AX
	IMULQ        $640, AX
	MOVL         $0x0f0f0f0f, BX
	VPBROADCASTD BX, Z31
	MOVL         $0x10101010, BX
	VPBROADCASTD BX, Y20

rows:
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	LEAQ         gemmmask<>(SB), R9
	MOVBLZX      (R9)(BX*1), BX
	KMOVW        BX, K1
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	CMPQ         DX, $16
	JLE          onetile

	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	VXORPS       Z4, Z4, Z4
	VXORPS       Z5, Z5, Z5
	VXORPS       Z6, Z6, Z6
	VXORPS       Z7, Z7, Z7
	MOVQ         nb+56(FP), R13

twoblk:
	VMOVUPS      512(R12), Z21
	VMOVUPS      512(R12)(AX*1), Z22
	VMOVDQU32    576(R12), Z8
	VMOVDQU32    576(R12)(AX*1), Z9
	VMOVDQU32    576(R12), Z10
	VMOVDQU32    576(R12)(AX*1), Z11
	VMOVDQU32    576(R12), Z12
	VMOVDQU32    576(R12)(AX*1), Z13
	VMOVDQU32    576(R12), Z14
	VMOVDQU32    576(R12)(AX*1), Z15
	VMOVDQU32    6(R8), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R8), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 0(SP)
	VMOVDQU32    6(R9), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R9), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 32(SP)
	VMOVDQU32    6(R11), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R11), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 64(SP)
	VMOVDQU32    6(R14), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R14), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 96(SP)
	VMOVDQU32    0(R12), Z16
	VMOVDQU32    0(R12)(AX*1), Z17
	VPBROADCASTD 0(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 32(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 64(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 96(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	VMOVDQU32    64(R12), Z16
	VMOVDQU32    64(R12)(AX*1), Z17
	VPBROADCASTD 4(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 36(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 68(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 100(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	VMOVDQU32    128(R12), Z16
	VMOVDQU32    128(R12)(AX*1), Z17
	VPBROADCASTD 8(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 40(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 72(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 104(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	VMOVDQU32    192(R12), Z16
	VMOVDQU32    192(R12)(AX*1), Z17
	VPBROADCASTD 12(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 44(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 76(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 108(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	VMOVDQU32    256(R12), Z16
	VMOVDQU32    256(R12)(AX*1), Z17
	VPBROADCASTD 16(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 48(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 80(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 112(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	VMOVDQU32    320(R12), Z16
	VMOVDQU32    320(R12)(AX*1), Z17
	VPBROADCASTD 20(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 52(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 84(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 116(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	VMOVDQU32    384(R12), Z16
	VMOVDQU32    384(R12)(AX*1), Z17
	VPBROADCASTD 24(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 56(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 88(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 120(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	VMOVDQU32    448(R12), Z16
	VMOVDQU32    448(R12)(AX*1), Z17
	VPBROADCASTD 28(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPDPBUSD     Z17, Z18, Z9
	VPBROADCASTD 60(SP), Z19
	VPDPBUSD     Z16, Z19, Z10
	VPDPBUSD     Z17, Z19, Z11
	VPBROADCASTD 92(SP), Z18
	VPDPBUSD     Z16, Z18, Z12
	VPDPBUSD     Z17, Z18, Z13
	VPBROADCASTD 124(SP), Z19
	VPDPBUSD     Z16, Z19, Z14
	VPDPBUSD     Z17, Z19, Z15
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z9, Z1
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z11, Z3
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z12, Z12
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z12, Z4
	VCVTDQ2PS    Z13, Z13
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z13, Z5
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z14, Z14
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z14, Z6
	VCVTDQ2PS    Z15, Z15
	VMULPS.BCST  (R10)(BX*4), Z22, Z24
	VFMADD231PS  Z24, Z15, Z7
	ADDQ         $22, R8
	ADDQ         $22, R9
	ADDQ         $22, R11
	ADDQ         $22, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          twoblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z2, Z0, Z16
	VUNPCKHPS    Z2, Z0, Z17
	VUNPCKLPS    Z6, Z4, Z18
	VUNPCKHPS    Z6, Z4, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog0done:
	MOVQ         R13, R11
	SHLQ         $4, R11
	ADDQ         DI, R11
	LEAQ         -16(DX), R9
	VUNPCKLPS    Z3, Z1, Z16
	VUNPCKHPS    Z3, Z1, Z17
	VUNPCKLPS    Z7, Z5, Z18
	VUNPCKHPS    Z7, Z5, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog1done:
	ADDQ         AX, R12
	MOVQ         R13, BX
	SHLQ         $5, BX
	ADDQ         BX, DI
	SUBQ         $32, DX
	JG           tokens
	JMP          nextrows

onetile:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	MOVQ         nb+56(FP), R13

oneblk:
	VMOVUPS      512(R12), Z21
	VMOVDQU32    576(R12), Z8
	VMOVDQU32    576(R12), Z9
	VMOVDQU32    576(R12), Z10
	VMOVDQU32    576(R12), Z11
	VMOVDQU32    6(R8), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R8), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 0(SP)
	VMOVDQU32    6(R9), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R9), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 32(SP)
	VMOVDQU32    6(R11), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R11), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 64(SP)
	VMOVDQU32    6(R14), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2(R14), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, 96(SP)
	VMOVDQU32    0(R12), Z16
	VPBROADCASTD 0(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 32(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 64(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 96(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	VMOVDQU32    64(R12), Z16
	VPBROADCASTD 4(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 36(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 68(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 100(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	VMOVDQU32    128(R12), Z16
	VPBROADCASTD 8(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 40(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 72(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 104(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	VMOVDQU32    192(R12), Z16
	VPBROADCASTD 12(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 44(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 76(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 108(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	VMOVDQU32    256(R12), Z16
	VPBROADCASTD 16(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 48(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 80(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 112(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	VMOVDQU32    320(R12), Z16
	VPBROADCASTD 20(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 52(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 84(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 116(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	VMOVDQU32    384(R12), Z16
	VPBROADCASTD 24(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 56(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 88(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 120(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	VMOVDQU32    448(R12), Z16
	VPBROADCASTD 28(SP), Z18
	VPDPBUSD     Z16, Z18, Z8
	VPBROADCASTD 60(SP), Z19
	VPDPBUSD     Z16, Z19, Z9
	VPBROADCASTD 92(SP), Z18
	VPDPBUSD     Z16, Z18, Z10
	VPBROADCASTD 124(SP), Z19
	VPDPBUSD     Z16, Z19, Z11
	MOVWLZX      (R8), BX
	VCVTDQ2PS    Z8, Z8
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z8, Z0
	MOVWLZX      (R9), BX
	VCVTDQ2PS    Z9, Z9
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z9, Z1
	MOVWLZX      (R11), BX
	VCVTDQ2PS    Z10, Z10
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z10, Z2
	MOVWLZX      (R14), BX
	VCVTDQ2PS    Z11, Z11
	VMULPS.BCST  (R10)(BX*4), Z21, Z23
	VFMADD231PS  Z23, Z11, Z3
	ADDQ         $22, R8
	ADDQ         $22, R9
	ADDQ         $22, R11
	ADDQ         $22, R14
	ADDQ         $640, R12
	DECQ         R13
	JNZ          oneblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z1, Z0, Z16
	VUNPCKHPS    Z1, Z0, Z17
	VUNPCKLPS    Z3, Z2, Z18
	VUNPCKHPS    Z3, Z2, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
oneg0done:
	MOVQ         R13, BX
	SHLQ         $4, BX
	ADDQ         BX, DI
	SUBQ         $16, DX
	JG           tokens
	JMP          nextrows

nextrows:
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET

DATA gemmk4cnt<>+0(SB)/4, $0
DATA gemmk4cnt<>+4(SB)/4, $0
DATA gemmk4cnt<>+8(SB)/4, $0
DATA gemmk4cnt<>+12(SB)/4, $4
GLOBL gemmk4cnt<>(SB), RODATA|NOPTR, $16
DATA gemmk4mask<>+0(SB)/8, $0x0f0f0f0f3f3f3f3f
DATA gemmk4mask<>+8(SB)/8, $0x0f0f0f0f3f3f3f3f
GLOBL gemmk4mask<>(SB), RODATA|NOPTR, $16
DATA gemmk4hi<>+0(SB)/8, $0x3030303000000000
DATA gemmk4hi<>+8(SB)/8, $0x3030303000000000
GLOBL gemmk4hi<>(SB), RODATA|NOPTR, $16

// func gemmQ4_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
TEXT ·gemmQ4_KVNNI(SB), $1344-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVQ         nb+56(FP), AX
	IMULQ        $4416, AX
	MOVL         $0x0f0f0f0f, BX
	VPBROADCASTD BX, Z31

rows:
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	LEAQ         gemmmask<>(SB), R9
	MOVBLZX      (R9)(BX*1), BX
	KMOVW        BX, K1
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	CMPQ         DX, $16
	JLE          onetile

	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	VXORPS       Z4, Z4, Z4
	VXORPS       Z5, Z5, Z5
	VXORPS       Z6, Z6, Z6
	VXORPS       Z7, Z7, Z7
	MOVQ         nb+56(FP), R13

twoblk:
	VMOVDQU64    16(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 0(SP)
	VMOVDQU64    Z27, 128(SP)
	VMOVDQU64    80(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 64(SP)
	VMOVDQU64    Z27, 192(SP)
	VMOVDQU32    4(R8), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1024(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1280(SP)
	VMOVDQU64    16(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 256(SP)
	VMOVDQU64    Z27, 384(SP)
	VMOVDQU64    80(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 320(SP)
	VMOVDQU64    Z27, 448(SP)
	VMOVDQU32    4(R9), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1088(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1296(SP)
	VMOVDQU64    16(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 512(SP)
	VMOVDQU64    Z27, 640(SP)
	VMOVDQU64    80(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 576(SP)
	VMOVDQU64    Z27, 704(SP)
	VMOVDQU32    4(R11), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1152(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1312(SP)
	VMOVDQU64    16(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 768(SP)
	VMOVDQU64    Z27, 896(SP)
	VMOVDQU64    80(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 832(SP)
	VMOVDQU64    Z27, 960(SP)
	VMOVDQU32    4(R14), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1216(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1328(SP)
	VPXORD       Z8, Z8, Z8
	VPXORD       Z9, Z9, Z9
	VPXORD       Z10, Z10, Z10
	VPXORD       Z11, Z11, Z11
	VPXORD       Z12, Z12, Z12
	VPXORD       Z13, Z13, Z13
	VPXORD       Z14, Z14, Z14
	VPXORD       Z15, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    0(R12), Z24
	VMOVDQU32    0(R12)(AX*1), Z25
	VPBROADCASTD 0(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 256(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 512(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 768(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    64(R12), Z24
	VMOVDQU32    64(R12)(AX*1), Z25
	VPBROADCASTD 4(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 260(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 516(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 772(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    128(R12), Z24
	VMOVDQU32    128(R12)(AX*1), Z25
	VPBROADCASTD 8(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 264(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 520(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 776(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    192(R12), Z24
	VMOVDQU32    192(R12)(AX*1), Z25
	VPBROADCASTD 12(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 268(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 524(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 780(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    256(R12), Z24
	VMOVDQU32    256(R12)(AX*1), Z25
	VPBROADCASTD 16(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 272(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 528(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 784(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    320(R12), Z24
	VMOVDQU32    320(R12)(AX*1), Z25
	VPBROADCASTD 20(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 276(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 532(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 788(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    384(R12), Z24
	VMOVDQU32    384(R12)(AX*1), Z25
	VPBROADCASTD 24(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 280(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 536(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 792(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    448(R12), Z24
	VMOVDQU32    448(R12)(AX*1), Z25
	VPBROADCASTD 28(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 284(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 540(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 796(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1024(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1024(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1088(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1088(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1152(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1152(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1216(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1216(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    512(R12), Z24
	VMOVDQU32    512(R12)(AX*1), Z25
	VPBROADCASTD 128(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 384(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 640(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 896(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    576(R12), Z24
	VMOVDQU32    576(R12)(AX*1), Z25
	VPBROADCASTD 132(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 388(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 644(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 900(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    640(R12), Z24
	VMOVDQU32    640(R12)(AX*1), Z25
	VPBROADCASTD 136(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 392(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 648(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 904(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    704(R12), Z24
	VMOVDQU32    704(R12)(AX*1), Z25
	VPBROADCASTD 140(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 396(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 652(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 908(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    768(R12), Z24
	VMOVDQU32    768(R12)(AX*1), Z25
	VPBROADCASTD 144(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 400(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 656(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 912(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    832(R12), Z24
	VMOVDQU32    832(R12)(AX*1), Z25
	VPBROADCASTD 148(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 404(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 660(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 916(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    896(R12), Z24
	VMOVDQU32    896(R12)(AX*1), Z25
	VPBROADCASTD 152(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 408(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 664(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 920(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    960(R12), Z24
	VMOVDQU32    960(R12)(AX*1), Z25
	VPBROADCASTD 156(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 412(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 668(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 924(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1028(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1028(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1092(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1092(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1156(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1156(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1220(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1220(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    1024(R12), Z24
	VMOVDQU32    1024(R12)(AX*1), Z25
	VPBROADCASTD 32(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 288(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 544(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 800(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1088(R12), Z24
	VMOVDQU32    1088(R12)(AX*1), Z25
	VPBROADCASTD 36(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 292(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 548(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 804(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1152(R12), Z24
	VMOVDQU32    1152(R12)(AX*1), Z25
	VPBROADCASTD 40(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 296(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 552(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 808(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1216(R12), Z24
	VMOVDQU32    1216(R12)(AX*1), Z25
	VPBROADCASTD 44(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 300(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 556(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 812(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1280(R12), Z24
	VMOVDQU32    1280(R12)(AX*1), Z25
	VPBROADCASTD 48(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 304(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 560(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 816(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1344(R12), Z24
	VMOVDQU32    1344(R12)(AX*1), Z25
	VPBROADCASTD 52(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 308(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 564(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 820(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1408(R12), Z24
	VMOVDQU32    1408(R12)(AX*1), Z25
	VPBROADCASTD 56(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 312(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 568(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 824(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1472(R12), Z24
	VMOVDQU32    1472(R12)(AX*1), Z25
	VPBROADCASTD 60(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 316(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 572(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 828(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1032(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1032(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1096(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1096(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1160(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1160(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1224(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1224(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    1536(R12), Z24
	VMOVDQU32    1536(R12)(AX*1), Z25
	VPBROADCASTD 160(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 416(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 672(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 928(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1600(R12), Z24
	VMOVDQU32    1600(R12)(AX*1), Z25
	VPBROADCASTD 164(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 420(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 676(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 932(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1664(R12), Z24
	VMOVDQU32    1664(R12)(AX*1), Z25
	VPBROADCASTD 168(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 424(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 680(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 936(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1728(R12), Z24
	VMOVDQU32    1728(R12)(AX*1), Z25
	VPBROADCASTD 172(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 428(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 684(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 940(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1792(R12), Z24
	VMOVDQU32    1792(R12)(AX*1), Z25
	VPBROADCASTD 176(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 432(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 688(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 944(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1856(R12), Z24
	VMOVDQU32    1856(R12)(AX*1), Z25
	VPBROADCASTD 180(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 436(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 692(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 948(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1920(R12), Z24
	VMOVDQU32    1920(R12)(AX*1), Z25
	VPBROADCASTD 184(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 440(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 696(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 952(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1984(R12), Z24
	VMOVDQU32    1984(R12)(AX*1), Z25
	VPBROADCASTD 188(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 444(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 700(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 956(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1036(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1036(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1100(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1100(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1164(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1164(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1228(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1228(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    2048(R12), Z24
	VMOVDQU32    2048(R12)(AX*1), Z25
	VPBROADCASTD 64(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 320(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 576(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 832(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2112(R12), Z24
	VMOVDQU32    2112(R12)(AX*1), Z25
	VPBROADCASTD 68(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 324(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 580(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 836(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2176(R12), Z24
	VMOVDQU32    2176(R12)(AX*1), Z25
	VPBROADCASTD 72(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 328(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 584(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 840(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2240(R12), Z24
	VMOVDQU32    2240(R12)(AX*1), Z25
	VPBROADCASTD 76(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 332(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 588(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 844(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2304(R12), Z24
	VMOVDQU32    2304(R12)(AX*1), Z25
	VPBROADCASTD 80(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 336(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 592(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 848(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2368(R12), Z24
	VMOVDQU32    2368(R12)(AX*1), Z25
	VPBROADCASTD 84(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 340(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 596(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 852(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2432(R12), Z24
	VMOVDQU32    2432(R12)(AX*1), Z25
	VPBROADCASTD 88(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 344(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 600(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 856(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2496(R12), Z24
	VMOVDQU32    2496(R12)(AX*1), Z25
	VPBROADCASTD 92(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 348(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 604(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 860(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1040(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1040(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1104(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1104(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1168(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1168(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1232(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1232(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    2560(R12), Z24
	VMOVDQU32    2560(R12)(AX*1), Z25
	VPBROADCASTD 192(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 448(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 704(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 960(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2624(R12), Z24
	VMOVDQU32    2624(R12)(AX*1), Z25
	VPBROADCASTD 196(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 452(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 708(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 964(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2688(R12), Z24
	VMOVDQU32    2688(R12)(AX*1), Z25
	VPBROADCASTD 200(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 456(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 712(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 968(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2752(R12), Z24
	VMOVDQU32    2752(R12)(AX*1), Z25
	VPBROADCASTD 204(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 460(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 716(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 972(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2816(R12), Z24
	VMOVDQU32    2816(R12)(AX*1), Z25
	VPBROADCASTD 208(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 464(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 720(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 976(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2880(R12), Z24
	VMOVDQU32    2880(R12)(AX*1), Z25
	VPBROADCASTD 212(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 468(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 724(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 980(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2944(R12), Z24
	VMOVDQU32    2944(R12)(AX*1), Z25
	VPBROADCASTD 216(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 472(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 728(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 984(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3008(R12), Z24
	VMOVDQU32    3008(R12)(AX*1), Z25
	VPBROADCASTD 220(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 476(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 732(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 988(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1044(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1044(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1108(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1108(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1172(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1172(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1236(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1236(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    3072(R12), Z24
	VMOVDQU32    3072(R12)(AX*1), Z25
	VPBROADCASTD 96(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 352(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 608(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 864(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3136(R12), Z24
	VMOVDQU32    3136(R12)(AX*1), Z25
	VPBROADCASTD 100(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 356(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 612(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 868(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3200(R12), Z24
	VMOVDQU32    3200(R12)(AX*1), Z25
	VPBROADCASTD 104(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 360(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 616(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 872(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3264(R12), Z24
	VMOVDQU32    3264(R12)(AX*1), Z25
	VPBROADCASTD 108(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 364(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 620(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 876(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3328(R12), Z24
	VMOVDQU32    3328(R12)(AX*1), Z25
	VPBROADCASTD 112(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 368(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 624(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 880(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3392(R12), Z24
	VMOVDQU32    3392(R12)(AX*1), Z25
	VPBROADCASTD 116(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 372(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 628(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 884(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3456(R12), Z24
	VMOVDQU32    3456(R12)(AX*1), Z25
	VPBROADCASTD 120(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 376(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 632(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 888(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3520(R12), Z24
	VMOVDQU32    3520(R12)(AX*1), Z25
	VPBROADCASTD 124(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 380(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 636(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 892(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1048(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1048(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1112(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1112(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1176(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1176(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1240(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1240(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    3584(R12), Z24
	VMOVDQU32    3584(R12)(AX*1), Z25
	VPBROADCASTD 224(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 480(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 736(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 992(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3648(R12), Z24
	VMOVDQU32    3648(R12)(AX*1), Z25
	VPBROADCASTD 228(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 484(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 740(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 996(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3712(R12), Z24
	VMOVDQU32    3712(R12)(AX*1), Z25
	VPBROADCASTD 232(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 488(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 744(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1000(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3776(R12), Z24
	VMOVDQU32    3776(R12)(AX*1), Z25
	VPBROADCASTD 236(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 492(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 748(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1004(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3840(R12), Z24
	VMOVDQU32    3840(R12)(AX*1), Z25
	VPBROADCASTD 240(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 496(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 752(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1008(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3904(R12), Z24
	VMOVDQU32    3904(R12)(AX*1), Z25
	VPBROADCASTD 244(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 500(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 756(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1012(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3968(R12), Z24
	VMOVDQU32    3968(R12)(AX*1), Z25
	VPBROADCASTD 248(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 504(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 760(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1016(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    4032(R12), Z24
	VMOVDQU32    4032(R12)(AX*1), Z25
	VPBROADCASTD 252(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 508(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 764(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1020(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1052(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1052(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1116(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1116(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1180(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1180(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1244(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1244(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    4160(R12), Z24
	VMOVDQU32    4160(R12)(AX*1), Z25
	VPDPWSSD.BCST 1280(SP), Z24, Z16
	VPDPWSSD.BCST 1280(SP), Z25, Z17
	VPDPWSSD.BCST 1296(SP), Z24, Z18
	VPDPWSSD.BCST 1296(SP), Z25, Z19
	VPDPWSSD.BCST 1312(SP), Z24, Z20
	VPDPWSSD.BCST 1312(SP), Z25, Z21
	VPDPWSSD.BCST 1328(SP), Z24, Z22
	VPDPWSSD.BCST 1328(SP), Z25, Z23
	VMOVDQU32    4224(R12), Z24
	VMOVDQU32    4224(R12)(AX*1), Z25
	VPDPWSSD.BCST 1284(SP), Z24, Z16
	VPDPWSSD.BCST 1284(SP), Z25, Z17
	VPDPWSSD.BCST 1300(SP), Z24, Z18
	VPDPWSSD.BCST 1300(SP), Z25, Z19
	VPDPWSSD.BCST 1316(SP), Z24, Z20
	VPDPWSSD.BCST 1316(SP), Z25, Z21
	VPDPWSSD.BCST 1332(SP), Z24, Z22
	VPDPWSSD.BCST 1332(SP), Z25, Z23
	VMOVDQU32    4288(R12), Z24
	VMOVDQU32    4288(R12)(AX*1), Z25
	VPDPWSSD.BCST 1288(SP), Z24, Z16
	VPDPWSSD.BCST 1288(SP), Z25, Z17
	VPDPWSSD.BCST 1304(SP), Z24, Z18
	VPDPWSSD.BCST 1304(SP), Z25, Z19
	VPDPWSSD.BCST 1320(SP), Z24, Z20
	VPDPWSSD.BCST 1320(SP), Z25, Z21
	VPDPWSSD.BCST 1336(SP), Z24, Z22
	VPDPWSSD.BCST 1336(SP), Z25, Z23
	VMOVDQU32    4352(R12), Z24
	VMOVDQU32    4352(R12)(AX*1), Z25
	VPDPWSSD.BCST 1292(SP), Z24, Z16
	VPDPWSSD.BCST 1292(SP), Z25, Z17
	VPDPWSSD.BCST 1308(SP), Z24, Z18
	VPDPWSSD.BCST 1308(SP), Z25, Z19
	VPDPWSSD.BCST 1324(SP), Z24, Z20
	VPDPWSSD.BCST 1324(SP), Z25, Z21
	VPDPWSSD.BCST 1340(SP), Z24, Z22
	VPDPWSSD.BCST 1340(SP), Z25, Z23
	VMOVUPS      4096(R12), Z28
	VMOVUPS      4096(R12)(AX*1), Z29
	MOVWLZX      (R8), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	MOVWLZX      2(R8), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z16, Z16
	VCVTDQ2PS    Z8, Z8
	VMULPS       Z26, Z16, Z16
	VFMSUB231PS  Z24, Z8, Z16
	VADDPS       Z16, Z0, Z0
	VMULPS.BCST  (R10)(BX*4), Z29, Z27
	VCVTDQ2PS    Z17, Z17
	VCVTDQ2PS    Z9, Z9
	VMULPS       Z27, Z17, Z17
	VFMSUB231PS  Z25, Z9, Z17
	VADDPS       Z17, Z1, Z1
	MOVWLZX      (R9), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	MOVWLZX      2(R9), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z18, Z18
	VCVTDQ2PS    Z10, Z10
	VMULPS       Z26, Z18, Z18
	VFMSUB231PS  Z24, Z10, Z18
	VADDPS       Z18, Z2, Z2
	VMULPS.BCST  (R10)(BX*4), Z29, Z27
	VCVTDQ2PS    Z19, Z19
	VCVTDQ2PS    Z11, Z11
	VMULPS       Z27, Z19, Z19
	VFMSUB231PS  Z25, Z11, Z19
	VADDPS       Z19, Z3, Z3
	MOVWLZX      (R11), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	MOVWLZX      2(R11), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z20, Z20
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z26, Z20, Z20
	VFMSUB231PS  Z24, Z12, Z20
	VADDPS       Z20, Z4, Z4
	VMULPS.BCST  (R10)(BX*4), Z29, Z27
	VCVTDQ2PS    Z21, Z21
	VCVTDQ2PS    Z13, Z13
	VMULPS       Z27, Z21, Z21
	VFMSUB231PS  Z25, Z13, Z21
	VADDPS       Z21, Z5, Z5
	MOVWLZX      (R14), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	MOVWLZX      2(R14), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z22, Z22
	VCVTDQ2PS    Z14, Z14
	VMULPS       Z26, Z22, Z22
	VFMSUB231PS  Z24, Z14, Z22
	VADDPS       Z22, Z6, Z6
	VMULPS.BCST  (R10)(BX*4), Z29, Z27
	VCVTDQ2PS    Z23, Z23
	VCVTDQ2PS    Z15, Z15
	VMULPS       Z27, Z23, Z23
	VFMSUB231PS  Z25, Z15, Z23
	VADDPS       Z23, Z7, Z7
	ADDQ         $144, R8
	ADDQ         $144, R9
	ADDQ         $144, R11
	ADDQ         $144, R14
	ADDQ         $4416, R12
	DECQ         R13
	JNZ          twoblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z2, Z0, Z16
	VUNPCKHPS    Z2, Z0, Z17
	VUNPCKLPS    Z6, Z4, Z18
	VUNPCKHPS    Z6, Z4, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog0done:
	MOVQ         R13, R11
	SHLQ         $4, R11
	ADDQ         DI, R11
	LEAQ         -16(DX), R9
	VUNPCKLPS    Z3, Z1, Z16
	VUNPCKHPS    Z3, Z1, Z17
	VUNPCKLPS    Z7, Z5, Z18
	VUNPCKHPS    Z7, Z5, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog1done:
	ADDQ         AX, R12
	MOVQ         R13, BX
	SHLQ         $5, BX
	ADDQ         BX, DI
	SUBQ         $32, DX
	JG           tokens
	JMP          nextrows

onetile:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	MOVQ         nb+56(FP), R13

oneblk:
	VMOVDQU64    16(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 0(SP)
	VMOVDQU64    Z27, 128(SP)
	VMOVDQU64    80(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 64(SP)
	VMOVDQU64    Z27, 192(SP)
	VMOVDQU32    4(R8), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1024(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1280(SP)
	VMOVDQU64    16(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 256(SP)
	VMOVDQU64    Z27, 384(SP)
	VMOVDQU64    80(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 320(SP)
	VMOVDQU64    Z27, 448(SP)
	VMOVDQU32    4(R9), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1088(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1296(SP)
	VMOVDQU64    16(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 512(SP)
	VMOVDQU64    Z27, 640(SP)
	VMOVDQU64    80(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 576(SP)
	VMOVDQU64    Z27, 704(SP)
	VMOVDQU32    4(R11), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1152(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1312(SP)
	VMOVDQU64    16(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 768(SP)
	VMOVDQU64    Z27, 896(SP)
	VMOVDQU64    80(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, 832(SP)
	VMOVDQU64    Z27, 960(SP)
	VMOVDQU32    4(R14), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, 1216(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, 1328(SP)
	VPXORD       Z8, Z8, Z8
	VPXORD       Z9, Z9, Z9
	VPXORD       Z10, Z10, Z10
	VPXORD       Z11, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    0(R12), Z24
	VPBROADCASTD 0(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 256(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 512(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 768(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    64(R12), Z24
	VPBROADCASTD 4(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 260(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 516(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 772(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    128(R12), Z24
	VPBROADCASTD 8(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 264(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 520(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 776(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    192(R12), Z24
	VPBROADCASTD 12(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 268(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 524(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 780(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    256(R12), Z24
	VPBROADCASTD 16(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 272(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 528(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 784(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    320(R12), Z24
	VPBROADCASTD 20(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 276(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 532(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 788(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    384(R12), Z24
	VPBROADCASTD 24(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 280(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 536(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 792(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    448(R12), Z24
	VPBROADCASTD 28(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 284(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 540(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 796(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1024(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1088(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1152(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1216(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    512(R12), Z24
	VPBROADCASTD 128(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 384(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 640(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 896(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    576(R12), Z24
	VPBROADCASTD 132(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 388(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 644(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 900(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    640(R12), Z24
	VPBROADCASTD 136(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 392(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 648(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 904(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    704(R12), Z24
	VPBROADCASTD 140(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 396(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 652(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 908(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    768(R12), Z24
	VPBROADCASTD 144(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 400(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 656(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 912(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    832(R12), Z24
	VPBROADCASTD 148(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 404(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 660(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 916(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    896(R12), Z24
	VPBROADCASTD 152(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 408(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 664(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 920(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    960(R12), Z24
	VPBROADCASTD 156(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 412(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 668(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 924(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1028(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1092(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1156(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1220(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    1024(R12), Z24
	VPBROADCASTD 32(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 288(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 544(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 800(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1088(R12), Z24
	VPBROADCASTD 36(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 292(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 548(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 804(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1152(R12), Z24
	VPBROADCASTD 40(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 296(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 552(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 808(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1216(R12), Z24
	VPBROADCASTD 44(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 300(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 556(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 812(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1280(R12), Z24
	VPBROADCASTD 48(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 304(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 560(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 816(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1344(R12), Z24
	VPBROADCASTD 52(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 308(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 564(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 820(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1408(R12), Z24
	VPBROADCASTD 56(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 312(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 568(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 824(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1472(R12), Z24
	VPBROADCASTD 60(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 316(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 572(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 828(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1032(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1096(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1160(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1224(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    1536(R12), Z24
	VPBROADCASTD 160(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 416(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 672(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 928(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1600(R12), Z24
	VPBROADCASTD 164(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 420(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 676(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 932(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1664(R12), Z24
	VPBROADCASTD 168(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 424(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 680(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 936(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1728(R12), Z24
	VPBROADCASTD 172(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 428(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 684(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 940(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1792(R12), Z24
	VPBROADCASTD 176(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 432(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 688(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 944(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1856(R12), Z24
	VPBROADCASTD 180(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 436(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 692(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 948(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1920(R12), Z24
	VPBROADCASTD 184(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 440(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 696(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 952(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1984(R12), Z24
	VPBROADCASTD 188(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 444(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 700(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 956(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1036(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1100(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1164(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1228(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    2048(R12), Z24
	VPBROADCASTD 64(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 320(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 576(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 832(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2112(R12), Z24
	VPBROADCASTD 68(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 324(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 580(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 836(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2176(R12), Z24
	VPBROADCASTD 72(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 328(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 584(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 840(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2240(R12), Z24
	VPBROADCASTD 76(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 332(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 588(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 844(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2304(R12), Z24
	VPBROADCASTD 80(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 336(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 592(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 848(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2368(R12), Z24
	VPBROADCASTD 84(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 340(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 596(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 852(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2432(R12), Z24
	VPBROADCASTD 88(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 344(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 600(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 856(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2496(R12), Z24
	VPBROADCASTD 92(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 348(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 604(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 860(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1040(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1104(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1168(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1232(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    2560(R12), Z24
	VPBROADCASTD 192(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 448(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 704(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 960(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2624(R12), Z24
	VPBROADCASTD 196(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 452(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 708(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 964(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2688(R12), Z24
	VPBROADCASTD 200(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 456(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 712(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 968(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2752(R12), Z24
	VPBROADCASTD 204(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 460(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 716(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 972(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2816(R12), Z24
	VPBROADCASTD 208(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 464(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 720(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 976(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2880(R12), Z24
	VPBROADCASTD 212(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 468(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 724(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 980(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2944(R12), Z24
	VPBROADCASTD 216(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 472(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 728(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 984(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3008(R12), Z24
	VPBROADCASTD 220(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 476(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 732(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 988(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1044(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1108(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1172(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1236(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    3072(R12), Z24
	VPBROADCASTD 96(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 352(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 608(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 864(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3136(R12), Z24
	VPBROADCASTD 100(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 356(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 612(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 868(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3200(R12), Z24
	VPBROADCASTD 104(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 360(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 616(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 872(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3264(R12), Z24
	VPBROADCASTD 108(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 364(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 620(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 876(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3328(R12), Z24
	VPBROADCASTD 112(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 368(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 624(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 880(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3392(R12), Z24
	VPBROADCASTD 116(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 372(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 628(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 884(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3456(R12), Z24
	VPBROADCASTD 120(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 376(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 632(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 888(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3520(R12), Z24
	VPBROADCASTD 124(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 380(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 636(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 892(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1048(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1112(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1176(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1240(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    3584(R12), Z24
	VPBROADCASTD 224(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 480(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 736(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 992(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3648(R12), Z24
	VPBROADCASTD 228(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 484(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 740(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 996(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3712(R12), Z24
	VPBROADCASTD 232(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 488(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 744(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1000(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3776(R12), Z24
	VPBROADCASTD 236(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 492(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 748(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1004(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3840(R12), Z24
	VPBROADCASTD 240(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 496(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 752(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1008(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3904(R12), Z24
	VPBROADCASTD 244(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 500(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 756(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1012(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3968(R12), Z24
	VPBROADCASTD 248(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 504(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 760(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1016(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    4032(R12), Z24
	VPBROADCASTD 252(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 508(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 764(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1020(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1052(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1116(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1180(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1244(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    4160(R12), Z24
	VPDPWSSD.BCST 1280(SP), Z24, Z16
	VPDPWSSD.BCST 1296(SP), Z24, Z17
	VPDPWSSD.BCST 1312(SP), Z24, Z18
	VPDPWSSD.BCST 1328(SP), Z24, Z19
	VMOVDQU32    4224(R12), Z24
	VPDPWSSD.BCST 1284(SP), Z24, Z16
	VPDPWSSD.BCST 1300(SP), Z24, Z17
	VPDPWSSD.BCST 1316(SP), Z24, Z18
	VPDPWSSD.BCST 1332(SP), Z24, Z19
	VMOVDQU32    4288(R12), Z24
	VPDPWSSD.BCST 1288(SP), Z24, Z16
	VPDPWSSD.BCST 1304(SP), Z24, Z17
	VPDPWSSD.BCST 1320(SP), Z24, Z18
	VPDPWSSD.BCST 1336(SP), Z24, Z19
	VMOVDQU32    4352(R12), Z24
	VPDPWSSD.BCST 1292(SP), Z24, Z16
	VPDPWSSD.BCST 1308(SP), Z24, Z17
	VPDPWSSD.BCST 1324(SP), Z24, Z18
	VPDPWSSD.BCST 1340(SP), Z24, Z19
	VMOVUPS      4096(R12), Z28
	MOVWLZX      (R8), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	MOVWLZX      2(R8), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z16, Z16
	VCVTDQ2PS    Z8, Z8
	VMULPS       Z26, Z16, Z16
	VFMSUB231PS  Z24, Z8, Z16
	VADDPS       Z16, Z0, Z0
	MOVWLZX      (R9), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	MOVWLZX      2(R9), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z17, Z17
	VCVTDQ2PS    Z9, Z9
	VMULPS       Z26, Z17, Z17
	VFMSUB231PS  Z24, Z9, Z17
	VADDPS       Z17, Z1, Z1
	MOVWLZX      (R11), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	MOVWLZX      2(R11), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z18, Z18
	VCVTDQ2PS    Z10, Z10
	VMULPS       Z26, Z18, Z18
	VFMSUB231PS  Z24, Z10, Z18
	VADDPS       Z18, Z2, Z2
	MOVWLZX      (R14), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	MOVWLZX      2(R14), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z26
	VCVTDQ2PS    Z19, Z19
	VCVTDQ2PS    Z11, Z11
	VMULPS       Z26, Z19, Z19
	VFMSUB231PS  Z24, Z11, Z19
	VADDPS       Z19, Z3, Z3
	ADDQ         $144, R8
	ADDQ         $144, R9
	ADDQ         $144, R11
	ADDQ         $144, R14
	ADDQ         $4416, R12
	DECQ         R13
	JNZ          oneblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z1, Z0, Z16
	VUNPCKHPS    Z1, Z0, Z17
	VUNPCKLPS    Z3, Z2, Z18
	VUNPCKHPS    Z3, Z2, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
oneg0done:
	MOVQ         R13, BX
	SHLQ         $4, BX
	ADDQ         BX, DI
	SUBQ         $16, DX
	JG           tokens
	JMP          nextrows

nextrows:
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET
DATA gemmk6lo<>+0(SB)/8, $0x0000000000000000
DATA gemmk6lo<>+8(SB)/8, $0x0000000000000000
DATA gemmk6lo<>+16(SB)/8, $0x0000000000000000
DATA gemmk6lo<>+24(SB)/8, $0x0000000000000000
DATA gemmk6lo<>+32(SB)/8, $0x0002000200020002
DATA gemmk6lo<>+40(SB)/8, $0x0002000200020002
DATA gemmk6lo<>+48(SB)/8, $0x0002000200020002
DATA gemmk6lo<>+56(SB)/8, $0x0002000200020002
GLOBL gemmk6lo<>(SB), RODATA|NOPTR, $64
DATA gemmk6hi<>+0(SB)/8, $0x0004000400040004
DATA gemmk6hi<>+8(SB)/8, $0x0004000400040004
DATA gemmk6hi<>+16(SB)/8, $0x0004000400040004
DATA gemmk6hi<>+24(SB)/8, $0x0004000400040004
DATA gemmk6hi<>+32(SB)/8, $0x0006000600060006
DATA gemmk6hi<>+40(SB)/8, $0x0006000600060006
DATA gemmk6hi<>+48(SB)/8, $0x0006000600060006
DATA gemmk6hi<>+56(SB)/8, $0x0006000600060006
GLOBL gemmk6hi<>(SB), RODATA|NOPTR, $64

// func gemmQ6_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
TEXT ·gemmQ6_KVNNI(SB), $1408-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVQ         nb+56(FP), AX
	IMULQ        $4672, AX
	MOVL         $0x0f0f0f0f, BX
	VPBROADCASTD BX, Z31
	MOVL         $0x30303030, BX
	VPBROADCASTD BX, Z30

rows:
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	LEAQ         gemmmask<>(SB), R9
	MOVBLZX      (R9)(BX*1), BX
	KMOVW        BX, K1
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	CMPQ         DX, $16
	JLE          onetile

	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	VXORPS       Z4, Z4, Z4
	VXORPS       Z5, Z5, Z5
	VXORPS       Z6, Z6, Z6
	VXORPS       Z7, Z7, Z7
	MOVQ         nb+56(FP), R13

twoblk:
	VMOVDQU32    128(R8), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 0(SP)
	VMOVDQU64    Z27, 64(SP)
	VMOVDQU32    160(R8), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 128(SP)
	VMOVDQU64    Z27, 192(SP)
	VPMOVSXBD    192(R8), Z28
	VMOVDQU32    Z28, 1024(SP)
	VPMOVSXBW    192(R8), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1280(SP)
	VMOVDQU32    128(R9), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 256(SP)
	VMOVDQU64    Z27, 320(SP)
	VMOVDQU32    160(R9), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 384(SP)
	VMOVDQU64    Z27, 448(SP)
	VPMOVSXBD    192(R9), Z28
	VMOVDQU32    Z28, 1088(SP)
	VPMOVSXBW    192(R9), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1312(SP)
	VMOVDQU32    128(R11), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 512(SP)
	VMOVDQU64    Z27, 576(SP)
	VMOVDQU32    160(R11), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 640(SP)
	VMOVDQU64    Z27, 704(SP)
	VPMOVSXBD    192(R11), Z28
	VMOVDQU32    Z28, 1152(SP)
	VPMOVSXBW    192(R11), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1344(SP)
	VMOVDQU32    128(R14), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 768(SP)
	VMOVDQU64    Z27, 832(SP)
	VMOVDQU32    160(R14), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 896(SP)
	VMOVDQU64    Z27, 960(SP)
	VPMOVSXBD    192(R14), Z28
	VMOVDQU32    Z28, 1216(SP)
	VPMOVSXBW    192(R14), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1376(SP)
	VPXORD       Z8, Z8, Z8
	VPXORD       Z9, Z9, Z9
	VPXORD       Z10, Z10, Z10
	VPXORD       Z11, Z11, Z11
	VPXORD       Z12, Z12, Z12
	VPXORD       Z13, Z13, Z13
	VPXORD       Z14, Z14, Z14
	VPXORD       Z15, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    0(R12), Z24
	VMOVDQU32    0(R12)(AX*1), Z25
	VPBROADCASTD 0(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 256(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 512(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 768(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    64(R12), Z24
	VMOVDQU32    64(R12)(AX*1), Z25
	VPBROADCASTD 4(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 260(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 516(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 772(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    128(R12), Z24
	VMOVDQU32    128(R12)(AX*1), Z25
	VPBROADCASTD 8(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 264(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 520(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 776(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    192(R12), Z24
	VMOVDQU32    192(R12)(AX*1), Z25
	VPBROADCASTD 12(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 268(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 524(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 780(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1024(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1024(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1088(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1088(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1152(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1152(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1216(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1216(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    256(R12), Z24
	VMOVDQU32    256(R12)(AX*1), Z25
	VPBROADCASTD 16(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 272(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 528(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 784(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    320(R12), Z24
	VMOVDQU32    320(R12)(AX*1), Z25
	VPBROADCASTD 20(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 276(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 532(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 788(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    384(R12), Z24
	VMOVDQU32    384(R12)(AX*1), Z25
	VPBROADCASTD 24(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 280(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 536(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 792(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    448(R12), Z24
	VMOVDQU32    448(R12)(AX*1), Z25
	VPBROADCASTD 28(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 284(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 540(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 796(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1028(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1028(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1092(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1092(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1156(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1156(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1220(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1220(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    512(R12), Z24
	VMOVDQU32    512(R12)(AX*1), Z25
	VPBROADCASTD 32(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 288(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 544(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 800(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    576(R12), Z24
	VMOVDQU32    576(R12)(AX*1), Z25
	VPBROADCASTD 36(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 292(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 548(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 804(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    640(R12), Z24
	VMOVDQU32    640(R12)(AX*1), Z25
	VPBROADCASTD 40(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 296(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 552(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 808(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    704(R12), Z24
	VMOVDQU32    704(R12)(AX*1), Z25
	VPBROADCASTD 44(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 300(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 556(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 812(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1032(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1032(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1096(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1096(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1160(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1160(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1224(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1224(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    768(R12), Z24
	VMOVDQU32    768(R12)(AX*1), Z25
	VPBROADCASTD 48(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 304(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 560(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 816(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    832(R12), Z24
	VMOVDQU32    832(R12)(AX*1), Z25
	VPBROADCASTD 52(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 308(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 564(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 820(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    896(R12), Z24
	VMOVDQU32    896(R12)(AX*1), Z25
	VPBROADCASTD 56(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 312(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 568(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 824(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    960(R12), Z24
	VMOVDQU32    960(R12)(AX*1), Z25
	VPBROADCASTD 60(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 316(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 572(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 828(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1036(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1036(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1100(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1100(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1164(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1164(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1228(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1228(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    1024(R12), Z24
	VMOVDQU32    1024(R12)(AX*1), Z25
	VPBROADCASTD 64(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 320(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 576(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 832(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1088(R12), Z24
	VMOVDQU32    1088(R12)(AX*1), Z25
	VPBROADCASTD 68(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 324(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 580(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 836(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1152(R12), Z24
	VMOVDQU32    1152(R12)(AX*1), Z25
	VPBROADCASTD 72(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 328(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 584(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 840(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1216(R12), Z24
	VMOVDQU32    1216(R12)(AX*1), Z25
	VPBROADCASTD 76(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 332(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 588(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 844(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1040(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1040(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1104(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1104(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1168(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1168(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1232(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1232(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    1280(R12), Z24
	VMOVDQU32    1280(R12)(AX*1), Z25
	VPBROADCASTD 80(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 336(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 592(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 848(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1344(R12), Z24
	VMOVDQU32    1344(R12)(AX*1), Z25
	VPBROADCASTD 84(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 340(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 596(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 852(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1408(R12), Z24
	VMOVDQU32    1408(R12)(AX*1), Z25
	VPBROADCASTD 88(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 344(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 600(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 856(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1472(R12), Z24
	VMOVDQU32    1472(R12)(AX*1), Z25
	VPBROADCASTD 92(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 348(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 604(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 860(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1044(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1044(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1108(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1108(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1172(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1172(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1236(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1236(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    1536(R12), Z24
	VMOVDQU32    1536(R12)(AX*1), Z25
	VPBROADCASTD 96(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 352(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 608(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 864(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1600(R12), Z24
	VMOVDQU32    1600(R12)(AX*1), Z25
	VPBROADCASTD 100(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 356(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 612(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 868(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1664(R12), Z24
	VMOVDQU32    1664(R12)(AX*1), Z25
	VPBROADCASTD 104(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 360(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 616(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 872(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1728(R12), Z24
	VMOVDQU32    1728(R12)(AX*1), Z25
	VPBROADCASTD 108(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 364(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 620(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 876(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1048(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1048(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1112(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1112(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1176(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1176(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1240(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1240(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    1792(R12), Z24
	VMOVDQU32    1792(R12)(AX*1), Z25
	VPBROADCASTD 112(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 368(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 624(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 880(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1856(R12), Z24
	VMOVDQU32    1856(R12)(AX*1), Z25
	VPBROADCASTD 116(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 372(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 628(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 884(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1920(R12), Z24
	VMOVDQU32    1920(R12)(AX*1), Z25
	VPBROADCASTD 120(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 376(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 632(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 888(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    1984(R12), Z24
	VMOVDQU32    1984(R12)(AX*1), Z25
	VPBROADCASTD 124(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 380(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 636(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 892(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1052(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1052(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1116(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1116(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1180(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1180(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1244(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1244(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    2048(R12), Z24
	VMOVDQU32    2048(R12)(AX*1), Z25
	VPBROADCASTD 128(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 384(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 640(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 896(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2112(R12), Z24
	VMOVDQU32    2112(R12)(AX*1), Z25
	VPBROADCASTD 132(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 388(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 644(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 900(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2176(R12), Z24
	VMOVDQU32    2176(R12)(AX*1), Z25
	VPBROADCASTD 136(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 392(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 648(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 904(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2240(R12), Z24
	VMOVDQU32    2240(R12)(AX*1), Z25
	VPBROADCASTD 140(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 396(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 652(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 908(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1056(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1056(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1120(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1120(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1184(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1184(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1248(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1248(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    2304(R12), Z24
	VMOVDQU32    2304(R12)(AX*1), Z25
	VPBROADCASTD 144(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 400(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 656(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 912(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2368(R12), Z24
	VMOVDQU32    2368(R12)(AX*1), Z25
	VPBROADCASTD 148(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 404(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 660(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 916(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2432(R12), Z24
	VMOVDQU32    2432(R12)(AX*1), Z25
	VPBROADCASTD 152(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 408(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 664(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 920(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2496(R12), Z24
	VMOVDQU32    2496(R12)(AX*1), Z25
	VPBROADCASTD 156(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 412(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 668(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 924(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1060(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1060(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1124(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1124(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1188(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1188(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1252(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1252(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    2560(R12), Z24
	VMOVDQU32    2560(R12)(AX*1), Z25
	VPBROADCASTD 160(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 416(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 672(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 928(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2624(R12), Z24
	VMOVDQU32    2624(R12)(AX*1), Z25
	VPBROADCASTD 164(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 420(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 676(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 932(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2688(R12), Z24
	VMOVDQU32    2688(R12)(AX*1), Z25
	VPBROADCASTD 168(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 424(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 680(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 936(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2752(R12), Z24
	VMOVDQU32    2752(R12)(AX*1), Z25
	VPBROADCASTD 172(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 428(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 684(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 940(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1064(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1064(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1128(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1128(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1192(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1192(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1256(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1256(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    2816(R12), Z24
	VMOVDQU32    2816(R12)(AX*1), Z25
	VPBROADCASTD 176(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 432(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 688(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 944(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2880(R12), Z24
	VMOVDQU32    2880(R12)(AX*1), Z25
	VPBROADCASTD 180(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 436(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 692(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 948(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    2944(R12), Z24
	VMOVDQU32    2944(R12)(AX*1), Z25
	VPBROADCASTD 184(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 440(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 696(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 952(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3008(R12), Z24
	VMOVDQU32    3008(R12)(AX*1), Z25
	VPBROADCASTD 188(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 444(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 700(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 956(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1068(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1068(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1132(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1132(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1196(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1196(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1260(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1260(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    3072(R12), Z24
	VMOVDQU32    3072(R12)(AX*1), Z25
	VPBROADCASTD 192(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 448(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 704(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 960(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3136(R12), Z24
	VMOVDQU32    3136(R12)(AX*1), Z25
	VPBROADCASTD 196(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 452(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 708(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 964(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3200(R12), Z24
	VMOVDQU32    3200(R12)(AX*1), Z25
	VPBROADCASTD 200(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 456(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 712(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 968(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3264(R12), Z24
	VMOVDQU32    3264(R12)(AX*1), Z25
	VPBROADCASTD 204(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 460(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 716(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 972(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1072(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1072(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1136(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1136(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1200(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1200(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1264(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1264(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    3328(R12), Z24
	VMOVDQU32    3328(R12)(AX*1), Z25
	VPBROADCASTD 208(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 464(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 720(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 976(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3392(R12), Z24
	VMOVDQU32    3392(R12)(AX*1), Z25
	VPBROADCASTD 212(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 468(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 724(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 980(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3456(R12), Z24
	VMOVDQU32    3456(R12)(AX*1), Z25
	VPBROADCASTD 216(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 472(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 728(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 984(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3520(R12), Z24
	VMOVDQU32    3520(R12)(AX*1), Z25
	VPBROADCASTD 220(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 476(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 732(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 988(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1076(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1076(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1140(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1140(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1204(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1204(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1268(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1268(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    3584(R12), Z24
	VMOVDQU32    3584(R12)(AX*1), Z25
	VPBROADCASTD 224(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 480(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 736(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 992(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3648(R12), Z24
	VMOVDQU32    3648(R12)(AX*1), Z25
	VPBROADCASTD 228(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 484(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 740(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 996(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3712(R12), Z24
	VMOVDQU32    3712(R12)(AX*1), Z25
	VPBROADCASTD 232(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 488(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 744(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1000(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3776(R12), Z24
	VMOVDQU32    3776(R12)(AX*1), Z25
	VPBROADCASTD 236(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 492(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 748(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1004(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1080(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1080(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1144(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1144(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1208(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1208(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1272(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1272(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    3840(R12), Z24
	VMOVDQU32    3840(R12)(AX*1), Z25
	VPBROADCASTD 240(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 496(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 752(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1008(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3904(R12), Z24
	VMOVDQU32    3904(R12)(AX*1), Z25
	VPBROADCASTD 244(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 500(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 756(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1012(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    3968(R12), Z24
	VMOVDQU32    3968(R12)(AX*1), Z25
	VPBROADCASTD 248(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 504(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 760(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1016(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VMOVDQU32    4032(R12), Z24
	VMOVDQU32    4032(R12)(AX*1), Z25
	VPBROADCASTD 252(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPDPBUSD     Z25, Z26, Z17
	VPBROADCASTD 508(SP), Z27
	VPDPBUSD     Z24, Z27, Z18
	VPDPBUSD     Z25, Z27, Z19
	VPBROADCASTD 764(SP), Z26
	VPDPBUSD     Z24, Z26, Z20
	VPDPBUSD     Z25, Z26, Z21
	VPBROADCASTD 1020(SP), Z27
	VPDPBUSD     Z24, Z27, Z22
	VPDPBUSD     Z25, Z27, Z23
	VPMULLD.BCST 1084(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1084(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1148(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1148(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPMULLD.BCST 1212(SP), Z20, Z20
	VPADDD       Z20, Z12, Z12
	VPMULLD.BCST 1212(SP), Z21, Z21
	VPADDD       Z21, Z13, Z13
	VPMULLD.BCST 1276(SP), Z22, Z22
	VPADDD       Z22, Z14, Z14
	VPMULLD.BCST 1276(SP), Z23, Z23
	VPADDD       Z23, Z15, Z15
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VPXORD       Z20, Z20, Z20
	VPXORD       Z21, Z21, Z21
	VPXORD       Z22, Z22, Z22
	VPXORD       Z23, Z23, Z23
	VMOVDQU32    4160(R12), Z24
	VMOVDQU32    4160(R12)(AX*1), Z25
	VPDPWSSD.BCST 1280(SP), Z24, Z16
	VPDPWSSD.BCST 1280(SP), Z25, Z17
	VPDPWSSD.BCST 1312(SP), Z24, Z18
	VPDPWSSD.BCST 1312(SP), Z25, Z19
	VPDPWSSD.BCST 1344(SP), Z24, Z20
	VPDPWSSD.BCST 1344(SP), Z25, Z21
	VPDPWSSD.BCST 1376(SP), Z24, Z22
	VPDPWSSD.BCST 1376(SP), Z25, Z23
	VMOVDQU32    4224(R12), Z24
	VMOVDQU32    4224(R12)(AX*1), Z25
	VPDPWSSD.BCST 1284(SP), Z24, Z16
	VPDPWSSD.BCST 1284(SP), Z25, Z17
	VPDPWSSD.BCST 1316(SP), Z24, Z18
	VPDPWSSD.BCST 1316(SP), Z25, Z19
	VPDPWSSD.BCST 1348(SP), Z24, Z20
	VPDPWSSD.BCST 1348(SP), Z25, Z21
	VPDPWSSD.BCST 1380(SP), Z24, Z22
	VPDPWSSD.BCST 1380(SP), Z25, Z23
	VMOVDQU32    4288(R12), Z24
	VMOVDQU32    4288(R12)(AX*1), Z25
	VPDPWSSD.BCST 1288(SP), Z24, Z16
	VPDPWSSD.BCST 1288(SP), Z25, Z17
	VPDPWSSD.BCST 1320(SP), Z24, Z18
	VPDPWSSD.BCST 1320(SP), Z25, Z19
	VPDPWSSD.BCST 1352(SP), Z24, Z20
	VPDPWSSD.BCST 1352(SP), Z25, Z21
	VPDPWSSD.BCST 1384(SP), Z24, Z22
	VPDPWSSD.BCST 1384(SP), Z25, Z23
	VMOVDQU32    4352(R12), Z24
	VMOVDQU32    4352(R12)(AX*1), Z25
	VPDPWSSD.BCST 1292(SP), Z24, Z16
	VPDPWSSD.BCST 1292(SP), Z25, Z17
	VPDPWSSD.BCST 1324(SP), Z24, Z18
	VPDPWSSD.BCST 1324(SP), Z25, Z19
	VPDPWSSD.BCST 1356(SP), Z24, Z20
	VPDPWSSD.BCST 1356(SP), Z25, Z21
	VPDPWSSD.BCST 1388(SP), Z24, Z22
	VPDPWSSD.BCST 1388(SP), Z25, Z23
	VMOVDQU32    4416(R12), Z24
	VMOVDQU32    4416(R12)(AX*1), Z25
	VPDPWSSD.BCST 1296(SP), Z24, Z16
	VPDPWSSD.BCST 1296(SP), Z25, Z17
	VPDPWSSD.BCST 1328(SP), Z24, Z18
	VPDPWSSD.BCST 1328(SP), Z25, Z19
	VPDPWSSD.BCST 1360(SP), Z24, Z20
	VPDPWSSD.BCST 1360(SP), Z25, Z21
	VPDPWSSD.BCST 1392(SP), Z24, Z22
	VPDPWSSD.BCST 1392(SP), Z25, Z23
	VMOVDQU32    4480(R12), Z24
	VMOVDQU32    4480(R12)(AX*1), Z25
	VPDPWSSD.BCST 1300(SP), Z24, Z16
	VPDPWSSD.BCST 1300(SP), Z25, Z17
	VPDPWSSD.BCST 1332(SP), Z24, Z18
	VPDPWSSD.BCST 1332(SP), Z25, Z19
	VPDPWSSD.BCST 1364(SP), Z24, Z20
	VPDPWSSD.BCST 1364(SP), Z25, Z21
	VPDPWSSD.BCST 1396(SP), Z24, Z22
	VPDPWSSD.BCST 1396(SP), Z25, Z23
	VMOVDQU32    4544(R12), Z24
	VMOVDQU32    4544(R12)(AX*1), Z25
	VPDPWSSD.BCST 1304(SP), Z24, Z16
	VPDPWSSD.BCST 1304(SP), Z25, Z17
	VPDPWSSD.BCST 1336(SP), Z24, Z18
	VPDPWSSD.BCST 1336(SP), Z25, Z19
	VPDPWSSD.BCST 1368(SP), Z24, Z20
	VPDPWSSD.BCST 1368(SP), Z25, Z21
	VPDPWSSD.BCST 1400(SP), Z24, Z22
	VPDPWSSD.BCST 1400(SP), Z25, Z23
	VMOVDQU32    4608(R12), Z24
	VMOVDQU32    4608(R12)(AX*1), Z25
	VPDPWSSD.BCST 1308(SP), Z24, Z16
	VPDPWSSD.BCST 1308(SP), Z25, Z17
	VPDPWSSD.BCST 1340(SP), Z24, Z18
	VPDPWSSD.BCST 1340(SP), Z25, Z19
	VPDPWSSD.BCST 1372(SP), Z24, Z20
	VPDPWSSD.BCST 1372(SP), Z25, Z21
	VPDPWSSD.BCST 1404(SP), Z24, Z22
	VPDPWSSD.BCST 1404(SP), Z25, Z23
	VMOVUPS      4096(R12), Z28
	VMOVUPS      4096(R12)(AX*1), Z29
	MOVWLZX      208(R8), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z16, Z8, Z8
	VCVTDQ2PS    Z8, Z8
	VFMADD231PS  Z24, Z8, Z0
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	VPSUBD       Z17, Z9, Z9
	VCVTDQ2PS    Z9, Z9
	VFMADD231PS  Z25, Z9, Z1
	MOVWLZX      208(R9), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z18, Z10, Z10
	VCVTDQ2PS    Z10, Z10
	VFMADD231PS  Z24, Z10, Z2
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	VPSUBD       Z19, Z11, Z11
	VCVTDQ2PS    Z11, Z11
	VFMADD231PS  Z25, Z11, Z3
	MOVWLZX      208(R11), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z20, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFMADD231PS  Z24, Z12, Z4
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	VPSUBD       Z21, Z13, Z13
	VCVTDQ2PS    Z13, Z13
	VFMADD231PS  Z25, Z13, Z5
	MOVWLZX      208(R14), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z22, Z14, Z14
	VCVTDQ2PS    Z14, Z14
	VFMADD231PS  Z24, Z14, Z6
	VMULPS.BCST  (R10)(BX*4), Z29, Z25
	VPSUBD       Z23, Z15, Z15
	VCVTDQ2PS    Z15, Z15
	VFMADD231PS  Z25, Z15, Z7
	ADDQ         $210, R8
	ADDQ         $210, R9
	ADDQ         $210, R11
	ADDQ         $210, R14
	ADDQ         $4672, R12
	DECQ         R13
	JNZ          twoblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z2, Z0, Z16
	VUNPCKHPS    Z2, Z0, Z17
	VUNPCKLPS    Z6, Z4, Z18
	VUNPCKHPS    Z6, Z4, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog0done:
	MOVQ         R13, R11
	SHLQ         $4, R11
	ADDQ         DI, R11
	LEAQ         -16(DX), R9
	VUNPCKLPS    Z3, Z1, Z16
	VUNPCKHPS    Z3, Z1, Z17
	VUNPCKLPS    Z7, Z5, Z18
	VUNPCKHPS    Z7, Z5, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           twog1done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
twog1done:
	ADDQ         AX, R12
	MOVQ         R13, BX
	SHLQ         $5, BX
	ADDQ         BX, DI
	SUBQ         $32, DX
	JG           tokens
	JMP          nextrows

onetile:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Z0, Z0, Z0
	VXORPS       Z1, Z1, Z1
	VXORPS       Z2, Z2, Z2
	VXORPS       Z3, Z3, Z3
	MOVQ         nb+56(FP), R13

oneblk:
	VMOVDQU32    128(R8), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 0(SP)
	VMOVDQU64    Z27, 64(SP)
	VMOVDQU32    160(R8), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R8), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 128(SP)
	VMOVDQU64    Z27, 192(SP)
	VPMOVSXBD    192(R8), Z28
	VMOVDQU32    Z28, 1024(SP)
	VPMOVSXBW    192(R8), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1280(SP)
	VMOVDQU32    128(R9), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 256(SP)
	VMOVDQU64    Z27, 320(SP)
	VMOVDQU32    160(R9), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R9), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 384(SP)
	VMOVDQU64    Z27, 448(SP)
	VPMOVSXBD    192(R9), Z28
	VMOVDQU32    Z28, 1088(SP)
	VPMOVSXBW    192(R9), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1312(SP)
	VMOVDQU32    128(R11), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 512(SP)
	VMOVDQU64    Z27, 576(SP)
	VMOVDQU32    160(R11), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R11), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 640(SP)
	VMOVDQU64    Z27, 704(SP)
	VPMOVSXBD    192(R11), Z28
	VMOVDQU32    Z28, 1152(SP)
	VPMOVSXBW    192(R11), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1344(SP)
	VMOVDQU32    128(R14), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    0(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 768(SP)
	VMOVDQU64    Z27, 832(SP)
	VMOVDQU32    160(R14), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    64(R14), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, 896(SP)
	VMOVDQU64    Z27, 960(SP)
	VPMOVSXBD    192(R14), Z28
	VMOVDQU32    Z28, 1216(SP)
	VPMOVSXBW    192(R14), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, 1376(SP)
	VPXORD       Z8, Z8, Z8
	VPXORD       Z9, Z9, Z9
	VPXORD       Z10, Z10, Z10
	VPXORD       Z11, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    0(R12), Z24
	VPBROADCASTD 0(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 256(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 512(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 768(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    64(R12), Z24
	VPBROADCASTD 4(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 260(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 516(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 772(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    128(R12), Z24
	VPBROADCASTD 8(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 264(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 520(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 776(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    192(R12), Z24
	VPBROADCASTD 12(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 268(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 524(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 780(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1024(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1088(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1152(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1216(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    256(R12), Z24
	VPBROADCASTD 16(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 272(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 528(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 784(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    320(R12), Z24
	VPBROADCASTD 20(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 276(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 532(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 788(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    384(R12), Z24
	VPBROADCASTD 24(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 280(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 536(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 792(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    448(R12), Z24
	VPBROADCASTD 28(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 284(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 540(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 796(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1028(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1092(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1156(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1220(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    512(R12), Z24
	VPBROADCASTD 32(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 288(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 544(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 800(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    576(R12), Z24
	VPBROADCASTD 36(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 292(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 548(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 804(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    640(R12), Z24
	VPBROADCASTD 40(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 296(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 552(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 808(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    704(R12), Z24
	VPBROADCASTD 44(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 300(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 556(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 812(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1032(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1096(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1160(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1224(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    768(R12), Z24
	VPBROADCASTD 48(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 304(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 560(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 816(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    832(R12), Z24
	VPBROADCASTD 52(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 308(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 564(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 820(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    896(R12), Z24
	VPBROADCASTD 56(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 312(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 568(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 824(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    960(R12), Z24
	VPBROADCASTD 60(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 316(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 572(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 828(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1036(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1100(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1164(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1228(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    1024(R12), Z24
	VPBROADCASTD 64(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 320(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 576(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 832(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1088(R12), Z24
	VPBROADCASTD 68(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 324(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 580(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 836(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1152(R12), Z24
	VPBROADCASTD 72(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 328(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 584(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 840(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1216(R12), Z24
	VPBROADCASTD 76(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 332(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 588(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 844(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1040(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1104(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1168(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1232(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    1280(R12), Z24
	VPBROADCASTD 80(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 336(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 592(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 848(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1344(R12), Z24
	VPBROADCASTD 84(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 340(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 596(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 852(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1408(R12), Z24
	VPBROADCASTD 88(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 344(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 600(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 856(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1472(R12), Z24
	VPBROADCASTD 92(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 348(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 604(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 860(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1044(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1108(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1172(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1236(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    1536(R12), Z24
	VPBROADCASTD 96(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 352(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 608(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 864(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1600(R12), Z24
	VPBROADCASTD 100(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 356(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 612(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 868(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1664(R12), Z24
	VPBROADCASTD 104(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 360(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 616(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 872(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1728(R12), Z24
	VPBROADCASTD 108(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 364(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 620(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 876(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1048(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1112(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1176(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1240(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    1792(R12), Z24
	VPBROADCASTD 112(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 368(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 624(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 880(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1856(R12), Z24
	VPBROADCASTD 116(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 372(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 628(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 884(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1920(R12), Z24
	VPBROADCASTD 120(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 376(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 632(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 888(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    1984(R12), Z24
	VPBROADCASTD 124(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 380(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 636(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 892(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1052(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1116(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1180(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1244(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    2048(R12), Z24
	VPBROADCASTD 128(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 384(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 640(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 896(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2112(R12), Z24
	VPBROADCASTD 132(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 388(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 644(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 900(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2176(R12), Z24
	VPBROADCASTD 136(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 392(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 648(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 904(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2240(R12), Z24
	VPBROADCASTD 140(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 396(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 652(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 908(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1056(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1120(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1184(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1248(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    2304(R12), Z24
	VPBROADCASTD 144(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 400(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 656(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 912(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2368(R12), Z24
	VPBROADCASTD 148(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 404(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 660(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 916(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2432(R12), Z24
	VPBROADCASTD 152(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 408(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 664(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 920(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2496(R12), Z24
	VPBROADCASTD 156(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 412(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 668(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 924(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1060(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1124(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1188(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1252(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    2560(R12), Z24
	VPBROADCASTD 160(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 416(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 672(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 928(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2624(R12), Z24
	VPBROADCASTD 164(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 420(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 676(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 932(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2688(R12), Z24
	VPBROADCASTD 168(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 424(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 680(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 936(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2752(R12), Z24
	VPBROADCASTD 172(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 428(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 684(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 940(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1064(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1128(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1192(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1256(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    2816(R12), Z24
	VPBROADCASTD 176(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 432(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 688(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 944(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2880(R12), Z24
	VPBROADCASTD 180(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 436(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 692(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 948(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    2944(R12), Z24
	VPBROADCASTD 184(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 440(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 696(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 952(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3008(R12), Z24
	VPBROADCASTD 188(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 444(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 700(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 956(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1068(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1132(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1196(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1260(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    3072(R12), Z24
	VPBROADCASTD 192(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 448(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 704(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 960(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3136(R12), Z24
	VPBROADCASTD 196(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 452(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 708(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 964(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3200(R12), Z24
	VPBROADCASTD 200(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 456(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 712(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 968(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3264(R12), Z24
	VPBROADCASTD 204(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 460(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 716(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 972(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1072(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1136(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1200(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1264(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    3328(R12), Z24
	VPBROADCASTD 208(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 464(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 720(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 976(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3392(R12), Z24
	VPBROADCASTD 212(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 468(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 724(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 980(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3456(R12), Z24
	VPBROADCASTD 216(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 472(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 728(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 984(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3520(R12), Z24
	VPBROADCASTD 220(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 476(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 732(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 988(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1076(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1140(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1204(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1268(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    3584(R12), Z24
	VPBROADCASTD 224(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 480(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 736(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 992(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3648(R12), Z24
	VPBROADCASTD 228(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 484(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 740(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 996(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3712(R12), Z24
	VPBROADCASTD 232(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 488(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 744(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1000(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3776(R12), Z24
	VPBROADCASTD 236(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 492(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 748(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1004(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1080(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1144(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1208(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1272(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    3840(R12), Z24
	VPBROADCASTD 240(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 496(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 752(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1008(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3904(R12), Z24
	VPBROADCASTD 244(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 500(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 756(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1012(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    3968(R12), Z24
	VPBROADCASTD 248(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 504(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 760(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1016(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VMOVDQU32    4032(R12), Z24
	VPBROADCASTD 252(SP), Z26
	VPDPBUSD     Z24, Z26, Z16
	VPBROADCASTD 508(SP), Z27
	VPDPBUSD     Z24, Z27, Z17
	VPBROADCASTD 764(SP), Z26
	VPDPBUSD     Z24, Z26, Z18
	VPBROADCASTD 1020(SP), Z27
	VPDPBUSD     Z24, Z27, Z19
	VPMULLD.BCST 1084(SP), Z16, Z16
	VPADDD       Z16, Z8, Z8
	VPMULLD.BCST 1148(SP), Z17, Z17
	VPADDD       Z17, Z9, Z9
	VPMULLD.BCST 1212(SP), Z18, Z18
	VPADDD       Z18, Z10, Z10
	VPMULLD.BCST 1276(SP), Z19, Z19
	VPADDD       Z19, Z11, Z11
	VPXORD       Z16, Z16, Z16
	VPXORD       Z17, Z17, Z17
	VPXORD       Z18, Z18, Z18
	VPXORD       Z19, Z19, Z19
	VMOVDQU32    4160(R12), Z24
	VPDPWSSD.BCST 1280(SP), Z24, Z16
	VPDPWSSD.BCST 1312(SP), Z24, Z17
	VPDPWSSD.BCST 1344(SP), Z24, Z18
	VPDPWSSD.BCST 1376(SP), Z24, Z19
	VMOVDQU32    4224(R12), Z24
	VPDPWSSD.BCST 1284(SP), Z24, Z16
	VPDPWSSD.BCST 1316(SP), Z24, Z17
	VPDPWSSD.BCST 1348(SP), Z24, Z18
	VPDPWSSD.BCST 1380(SP), Z24, Z19
	VMOVDQU32    4288(R12), Z24
	VPDPWSSD.BCST 1288(SP), Z24, Z16
	VPDPWSSD.BCST 1320(SP), Z24, Z17
	VPDPWSSD.BCST 1352(SP), Z24, Z18
	VPDPWSSD.BCST 1384(SP), Z24, Z19
	VMOVDQU32    4352(R12), Z24
	VPDPWSSD.BCST 1292(SP), Z24, Z16
	VPDPWSSD.BCST 1324(SP), Z24, Z17
	VPDPWSSD.BCST 1356(SP), Z24, Z18
	VPDPWSSD.BCST 1388(SP), Z24, Z19
	VMOVDQU32    4416(R12), Z24
	VPDPWSSD.BCST 1296(SP), Z24, Z16
	VPDPWSSD.BCST 1328(SP), Z24, Z17
	VPDPWSSD.BCST 1360(SP), Z24, Z18
	VPDPWSSD.BCST 1392(SP), Z24, Z19
	VMOVDQU32    4480(R12), Z24
	VPDPWSSD.BCST 1300(SP), Z24, Z16
	VPDPWSSD.BCST 1332(SP), Z24, Z17
	VPDPWSSD.BCST 1364(SP), Z24, Z18
	VPDPWSSD.BCST 1396(SP), Z24, Z19
	VMOVDQU32    4544(R12), Z24
	VPDPWSSD.BCST 1304(SP), Z24, Z16
	VPDPWSSD.BCST 1336(SP), Z24, Z17
	VPDPWSSD.BCST 1368(SP), Z24, Z18
	VPDPWSSD.BCST 1400(SP), Z24, Z19
	VMOVDQU32    4608(R12), Z24
	VPDPWSSD.BCST 1308(SP), Z24, Z16
	VPDPWSSD.BCST 1340(SP), Z24, Z17
	VPDPWSSD.BCST 1372(SP), Z24, Z18
	VPDPWSSD.BCST 1404(SP), Z24, Z19
	VMOVUPS      4096(R12), Z28
	MOVWLZX      208(R8), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z16, Z8, Z8
	VCVTDQ2PS    Z8, Z8
	VFMADD231PS  Z24, Z8, Z0
	MOVWLZX      208(R9), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z17, Z9, Z9
	VCVTDQ2PS    Z9, Z9
	VFMADD231PS  Z24, Z9, Z1
	MOVWLZX      208(R11), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z18, Z10, Z10
	VCVTDQ2PS    Z10, Z10
	VFMADD231PS  Z24, Z10, Z2
	MOVWLZX      208(R14), BX
	VMULPS.BCST  (R10)(BX*4), Z28, Z24
	VPSUBD       Z19, Z11, Z11
	VCVTDQ2PS    Z11, Z11
	VFMADD231PS  Z24, Z11, Z3
	ADDQ         $210, R8
	ADDQ         $210, R9
	ADDQ         $210, R11
	ADDQ         $210, R14
	ADDQ         $4672, R12
	DECQ         R13
	JNZ          oneblk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VUNPCKLPS    Z1, Z0, Z16
	VUNPCKHPS    Z1, Z0, Z17
	VUNPCKLPS    Z3, Z2, Z18
	VUNPCKHPS    Z3, Z2, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
	VMOVUPS      X25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VMOVUPS      X28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $1, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $2, Z28, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z25, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z26, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z27, K1, (R11)
	DECQ         R9
	JZ           oneg0done
	ADDQ         R13, R11
	VEXTRACTF32X4 $3, Z28, K1, (R11)
oneg0done:
	MOVQ         R13, BX
	SHLQ         $4, BX
	ADDQ         BX, DI
	SUBQ         $16, DX
	JG           tokens
	JMP          nextrows

nextrows:
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET

// func gemmQ4_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
//
// The AVX2 tile kernel for Q4_0 (see above): registers as in the VNNI
// kernels, except Y0-Y3 the 4 rows' float32 accumulators, Y4-Y7 their int16
// block sums, Y8/Y9 a pair of the tokens' level vectors, Y10/Y11 the
// weights' levels, Y12 the tokens' scales, Y13 a scale product, Y14
// 0x0001 words, Y15 0x0F bytes, X5 in the stores the row mask; AX the
// packed block, R12 the current half group.
TEXT ·gemmQ4_0AVX2(SB), NOSPLIT, $0-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, BX
	VMOVD        BX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, BX
	VMOVD        BX, X14
	VPBROADCASTD X14, Y14

rows:
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Y0, Y0, Y0
	VXORPS       Y1, Y1, Y1
	VXORPS       Y2, Y2, Y2
	VXORPS       Y3, Y3, Y3
	MOVQ         R12, AX
	MOVQ         nb+56(FP), R13

blk:
	VMOVUPS      512(AX), Y12
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	VMOVDQU      0(AX), Y8
	VMOVDQU      256(AX), Y9
	VPBROADCASTD 2(R8), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y4, Y4
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y4, Y4
	VPBROADCASTD 2(R9), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y5, Y5
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y5, Y5
	VPBROADCASTD 2(R11), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y6, Y6
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y6, Y6
	VPBROADCASTD 2(R14), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y7, Y7
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y7, Y7
	VMOVDQU      64(AX), Y8
	VMOVDQU      320(AX), Y9
	VPBROADCASTD 6(R8), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y4, Y4
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y4, Y4
	VPBROADCASTD 6(R9), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y5, Y5
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y5, Y5
	VPBROADCASTD 6(R11), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y6, Y6
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y6, Y6
	VPBROADCASTD 6(R14), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y7, Y7
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y7, Y7
	VMOVDQU      128(AX), Y8
	VMOVDQU      384(AX), Y9
	VPBROADCASTD 10(R8), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y4, Y4
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y4, Y4
	VPBROADCASTD 10(R9), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y5, Y5
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y5, Y5
	VPBROADCASTD 10(R11), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y6, Y6
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y6, Y6
	VPBROADCASTD 10(R14), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y7, Y7
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y7, Y7
	VMOVDQU      192(AX), Y8
	VMOVDQU      448(AX), Y9
	VPBROADCASTD 14(R8), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y4, Y4
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y4, Y4
	VPBROADCASTD 14(R9), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y5, Y5
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y5, Y5
	VPBROADCASTD 14(R11), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y6, Y6
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y6, Y6
	VPBROADCASTD 14(R14), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y7, Y7
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y7, Y7
	VPMADDWD     Y14, Y4, Y4
	VPADDD       576(AX), Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      (R8), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       Y12, Y13, Y13
	VFMADD231PS  Y13, Y4, Y0
	VPMADDWD     Y14, Y5, Y5
	VPADDD       576(AX), Y5, Y5
	VCVTDQ2PS    Y5, Y5
	MOVWLZX      (R9), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       Y12, Y13, Y13
	VFMADD231PS  Y13, Y5, Y1
	VPMADDWD     Y14, Y6, Y6
	VPADDD       576(AX), Y6, Y6
	VCVTDQ2PS    Y6, Y6
	MOVWLZX      (R11), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       Y12, Y13, Y13
	VFMADD231PS  Y13, Y6, Y2
	VPMADDWD     Y14, Y7, Y7
	VPADDD       576(AX), Y7, Y7
	VCVTDQ2PS    Y7, Y7
	MOVWLZX      (R14), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       Y12, Y13, Y13
	VFMADD231PS  Y13, Y7, Y3
	ADDQ         $18, R8
	ADDQ         $18, R9
	ADDQ         $18, R11
	ADDQ         $18, R14
	ADDQ         $640, AX
	DECQ         R13
	JNZ          blk

	VUNPCKLPS    Y1, Y0, Y4
	VUNPCKHPS    Y1, Y0, Y5
	VUNPCKLPS    Y3, Y2, Y6
	VUNPCKHPS    Y3, Y2, Y7
	VUNPCKLPD    Y6, Y4, Y8
	VUNPCKHPD    Y6, Y4, Y9
	VUNPCKLPD    Y7, Y5, Y10
	VUNPCKHPD    Y7, Y5, Y11
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	SHLQ         $4, BX
	LEAQ         gemmrowmask<>(SB), R9
	VMOVDQU      (R9)(BX*1), X5
	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VMASKMOVPS   X8, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X9, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X10, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X11, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y8, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y9, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y10, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y11, X6
	VMASKMOVPS   X6, X5, (R11)

stored:
	MOVQ         R13, BX
	SHLQ         $3, BX
	ADDQ         BX, DI
	MOVQ         n+48(FP), BX
	SUBQ         DX, BX
	ADDQ         $32, R12
	TESTQ        $8, BX
	JZ           half
	MOVQ         nb+56(FP), BX
	IMULQ        $640, BX
	LEAQ         -64(R12)(BX*1), R12

half:
	SUBQ         $8, DX
	JG           tokens
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET

// func gemmQ5_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
//
// The AVX2 tile kernel for Q5_0 (see above): registers as in the VNNI
// kernels, except Y0-Y3 the 4 rows' float32 accumulators, Y4-Y7 their int16
// block sums, Y8-Y11 the int16 block sums of
// groups 4..7, Y12/Y13 the weights' levels, Y12 the tokens' scales, Y13 a scale product, Y14
// 0x0001 words, Y15 0x0F bytes, X5 in the stores the row mask; AX the
// packed block, R12 the current half group.
TEXT ·gemmQ5_0AVX2(SB), NOSPLIT, $128-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, BX
	VMOVD        BX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, BX
	VMOVD        BX, X14
	VPBROADCASTD X14, Y14

rows:
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Y0, Y0, Y0
	VXORPS       Y1, Y1, Y1
	VXORPS       Y2, Y2, Y2
	VXORPS       Y3, Y3, Y3
	MOVQ         R12, AX
	MOVQ         nb+56(FP), R13

blk:
	VPXOR        Y4, Y4, Y4
	VPXOR        Y8, Y8, Y8
	VPXOR        Y5, Y5, Y5
	VPXOR        Y9, Y9, Y9
	VPXOR        Y6, Y6, Y6
	VPXOR        Y10, Y10, Y10
	VPXOR        Y7, Y7, Y7
	VPXOR        Y11, Y11, Y11
	VMOVDQU      6(R8), X12
	VPSRLW       $4, X12, X13
	VINSERTI128  $1, X13, Y12, Y12
	VPAND        Y15, Y12, Y12
	VPBROADCASTD 2(R8), Y13
	VPSHUFB      gemmq5shuf<>(SB), Y13, Y13
	VPAND        gemmq5bit<>(SB), Y13, Y13
	VPCMPEQB     gemmq5bit<>(SB), Y13, Y13
	VPAND        gemmq5x10<>(SB), Y13, Y13
	VPOR         Y13, Y12, Y12
	VMOVDQU      Y12, 0(SP)
	VMOVDQU      6(R9), X12
	VPSRLW       $4, X12, X13
	VINSERTI128  $1, X13, Y12, Y12
	VPAND        Y15, Y12, Y12
	VPBROADCASTD 2(R9), Y13
	VPSHUFB      gemmq5shuf<>(SB), Y13, Y13
	VPAND        gemmq5bit<>(SB), Y13, Y13
	VPCMPEQB     gemmq5bit<>(SB), Y13, Y13
	VPAND        gemmq5x10<>(SB), Y13, Y13
	VPOR         Y13, Y12, Y12
	VMOVDQU      Y12, 32(SP)
	VMOVDQU      6(R11), X12
	VPSRLW       $4, X12, X13
	VINSERTI128  $1, X13, Y12, Y12
	VPAND        Y15, Y12, Y12
	VPBROADCASTD 2(R11), Y13
	VPSHUFB      gemmq5shuf<>(SB), Y13, Y13
	VPAND        gemmq5bit<>(SB), Y13, Y13
	VPCMPEQB     gemmq5bit<>(SB), Y13, Y13
	VPAND        gemmq5x10<>(SB), Y13, Y13
	VPOR         Y13, Y12, Y12
	VMOVDQU      Y12, 64(SP)
	VMOVDQU      6(R14), X12
	VPSRLW       $4, X12, X13
	VINSERTI128  $1, X13, Y12, Y12
	VPAND        Y15, Y12, Y12
	VPBROADCASTD 2(R14), Y13
	VPSHUFB      gemmq5shuf<>(SB), Y13, Y13
	VPAND        gemmq5bit<>(SB), Y13, Y13
	VPCMPEQB     gemmq5bit<>(SB), Y13, Y13
	VPAND        gemmq5x10<>(SB), Y13, Y13
	VPOR         Y13, Y12, Y12
	VMOVDQU      Y12, 96(SP)
	VPBROADCASTD 0(SP), Y12
	VPMADDUBSW   0(AX), Y12, Y12
	VPADDW       Y12, Y4, Y4
	VPBROADCASTD 32(SP), Y13
	VPMADDUBSW   0(AX), Y13, Y13
	VPADDW       Y13, Y5, Y5
	VPBROADCASTD 64(SP), Y12
	VPMADDUBSW   0(AX), Y12, Y12
	VPADDW       Y12, Y6, Y6
	VPBROADCASTD 96(SP), Y13
	VPMADDUBSW   0(AX), Y13, Y13
	VPADDW       Y13, Y7, Y7
	VPBROADCASTD 4(SP), Y12
	VPMADDUBSW   64(AX), Y12, Y12
	VPADDW       Y12, Y4, Y4
	VPBROADCASTD 36(SP), Y13
	VPMADDUBSW   64(AX), Y13, Y13
	VPADDW       Y13, Y5, Y5
	VPBROADCASTD 68(SP), Y12
	VPMADDUBSW   64(AX), Y12, Y12
	VPADDW       Y12, Y6, Y6
	VPBROADCASTD 100(SP), Y13
	VPMADDUBSW   64(AX), Y13, Y13
	VPADDW       Y13, Y7, Y7
	VPBROADCASTD 8(SP), Y12
	VPMADDUBSW   128(AX), Y12, Y12
	VPADDW       Y12, Y4, Y4
	VPBROADCASTD 40(SP), Y13
	VPMADDUBSW   128(AX), Y13, Y13
	VPADDW       Y13, Y5, Y5
	VPBROADCASTD 72(SP), Y12
	VPMADDUBSW   128(AX), Y12, Y12
	VPADDW       Y12, Y6, Y6
	VPBROADCASTD 104(SP), Y13
	VPMADDUBSW   128(AX), Y13, Y13
	VPADDW       Y13, Y7, Y7
	VPBROADCASTD 12(SP), Y12
	VPMADDUBSW   192(AX), Y12, Y12
	VPADDW       Y12, Y4, Y4
	VPBROADCASTD 44(SP), Y13
	VPMADDUBSW   192(AX), Y13, Y13
	VPADDW       Y13, Y5, Y5
	VPBROADCASTD 76(SP), Y12
	VPMADDUBSW   192(AX), Y12, Y12
	VPADDW       Y12, Y6, Y6
	VPBROADCASTD 108(SP), Y13
	VPMADDUBSW   192(AX), Y13, Y13
	VPADDW       Y13, Y7, Y7
	VPBROADCASTD 16(SP), Y12
	VPMADDUBSW   256(AX), Y12, Y12
	VPADDW       Y12, Y8, Y8
	VPBROADCASTD 48(SP), Y13
	VPMADDUBSW   256(AX), Y13, Y13
	VPADDW       Y13, Y9, Y9
	VPBROADCASTD 80(SP), Y12
	VPMADDUBSW   256(AX), Y12, Y12
	VPADDW       Y12, Y10, Y10
	VPBROADCASTD 112(SP), Y13
	VPMADDUBSW   256(AX), Y13, Y13
	VPADDW       Y13, Y11, Y11
	VPBROADCASTD 20(SP), Y12
	VPMADDUBSW   320(AX), Y12, Y12
	VPADDW       Y12, Y8, Y8
	VPBROADCASTD 52(SP), Y13
	VPMADDUBSW   320(AX), Y13, Y13
	VPADDW       Y13, Y9, Y9
	VPBROADCASTD 84(SP), Y12
	VPMADDUBSW   320(AX), Y12, Y12
	VPADDW       Y12, Y10, Y10
	VPBROADCASTD 116(SP), Y13
	VPMADDUBSW   320(AX), Y13, Y13
	VPADDW       Y13, Y11, Y11
	VPBROADCASTD 24(SP), Y12
	VPMADDUBSW   384(AX), Y12, Y12
	VPADDW       Y12, Y8, Y8
	VPBROADCASTD 56(SP), Y13
	VPMADDUBSW   384(AX), Y13, Y13
	VPADDW       Y13, Y9, Y9
	VPBROADCASTD 88(SP), Y12
	VPMADDUBSW   384(AX), Y12, Y12
	VPADDW       Y12, Y10, Y10
	VPBROADCASTD 120(SP), Y13
	VPMADDUBSW   384(AX), Y13, Y13
	VPADDW       Y13, Y11, Y11
	VPBROADCASTD 28(SP), Y12
	VPMADDUBSW   448(AX), Y12, Y12
	VPADDW       Y12, Y8, Y8
	VPBROADCASTD 60(SP), Y13
	VPMADDUBSW   448(AX), Y13, Y13
	VPADDW       Y13, Y9, Y9
	VPBROADCASTD 92(SP), Y12
	VPMADDUBSW   448(AX), Y12, Y12
	VPADDW       Y12, Y10, Y10
	VPBROADCASTD 124(SP), Y13
	VPMADDUBSW   448(AX), Y13, Y13
	VPADDW       Y13, Y11, Y11
	VPMADDWD     Y14, Y4, Y4
	VPMADDWD     Y14, Y8, Y8
	VPADDD       Y8, Y4, Y4
	VPADDD       576(AX), Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      (R8), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       512(AX), Y13, Y13
	VFMADD231PS  Y13, Y4, Y0
	VPMADDWD     Y14, Y5, Y5
	VPMADDWD     Y14, Y9, Y9
	VPADDD       Y9, Y5, Y5
	VPADDD       576(AX), Y5, Y5
	VCVTDQ2PS    Y5, Y5
	MOVWLZX      (R9), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       512(AX), Y13, Y13
	VFMADD231PS  Y13, Y5, Y1
	VPMADDWD     Y14, Y6, Y6
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPADDD       576(AX), Y6, Y6
	VCVTDQ2PS    Y6, Y6
	MOVWLZX      (R11), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       512(AX), Y13, Y13
	VFMADD231PS  Y13, Y6, Y2
	VPMADDWD     Y14, Y7, Y7
	VPMADDWD     Y14, Y11, Y11
	VPADDD       Y11, Y7, Y7
	VPADDD       576(AX), Y7, Y7
	VCVTDQ2PS    Y7, Y7
	MOVWLZX      (R14), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       512(AX), Y13, Y13
	VFMADD231PS  Y13, Y7, Y3
	ADDQ         $22, R8
	ADDQ         $22, R9
	ADDQ         $22, R11
	ADDQ         $22, R14
	ADDQ         $640, AX
	DECQ         R13
	JNZ          blk

	VUNPCKLPS    Y1, Y0, Y4
	VUNPCKHPS    Y1, Y0, Y5
	VUNPCKLPS    Y3, Y2, Y6
	VUNPCKHPS    Y3, Y2, Y7
	VUNPCKLPD    Y6, Y4, Y8
	VUNPCKHPD    Y6, Y4, Y9
	VUNPCKLPD    Y7, Y5, Y10
	VUNPCKHPD    Y7, Y5, Y11
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	SHLQ         $4, BX
	LEAQ         gemmrowmask<>(SB), R9
	VMOVDQU      (R9)(BX*1), X5
	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VMASKMOVPS   X8, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X9, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X10, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X11, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y8, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y9, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y10, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y11, X6
	VMASKMOVPS   X6, X5, (R11)

stored:
	MOVQ         R13, BX
	SHLQ         $3, BX
	ADDQ         BX, DI
	MOVQ         n+48(FP), BX
	SUBQ         DX, BX
	ADDQ         $32, R12
	TESTQ        $8, BX
	JZ           half
	MOVQ         nb+56(FP), BX
	IMULQ        $640, BX
	LEAQ         -64(R12)(BX*1), R12

half:
	SUBQ         $8, DX
	JG           tokens
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET
DATA gemmtokmask<>+0(SB)/4, $0
DATA gemmtokmask<>+4(SB)/4, $0
DATA gemmtokmask<>+8(SB)/4, $0
DATA gemmtokmask<>+12(SB)/4, $0
DATA gemmtokmask<>+16(SB)/4, $0
DATA gemmtokmask<>+20(SB)/4, $0
DATA gemmtokmask<>+24(SB)/4, $0
DATA gemmtokmask<>+28(SB)/4, $0
DATA gemmtokmask<>+32(SB)/4, $0xffffffff
DATA gemmtokmask<>+36(SB)/4, $0
DATA gemmtokmask<>+40(SB)/4, $0
DATA gemmtokmask<>+44(SB)/4, $0
DATA gemmtokmask<>+48(SB)/4, $0
DATA gemmtokmask<>+52(SB)/4, $0
DATA gemmtokmask<>+56(SB)/4, $0
DATA gemmtokmask<>+60(SB)/4, $0
DATA gemmtokmask<>+64(SB)/4, $0xffffffff
DATA gemmtokmask<>+68(SB)/4, $0xffffffff
DATA gemmtokmask<>+72(SB)/4, $0
DATA gemmtokmask<>+76(SB)/4, $0
DATA gemmtokmask<>+80(SB)/4, $0
DATA gemmtokmask<>+84(SB)/4, $0
DATA gemmtokmask<>+88(SB)/4, $0
DATA gemmtokmask<>+92(SB)/4, $0
DATA gemmtokmask<>+96(SB)/4, $0xffffffff
DATA gemmtokmask<>+100(SB)/4, $0xffffffff
DATA gemmtokmask<>+104(SB)/4, $0xffffffff
DATA gemmtokmask<>+108(SB)/4, $0
DATA gemmtokmask<>+112(SB)/4, $0
DATA gemmtokmask<>+116(SB)/4, $0
DATA gemmtokmask<>+120(SB)/4, $0
DATA gemmtokmask<>+124(SB)/4, $0
DATA gemmtokmask<>+128(SB)/4, $0xffffffff
DATA gemmtokmask<>+132(SB)/4, $0xffffffff
DATA gemmtokmask<>+136(SB)/4, $0xffffffff
DATA gemmtokmask<>+140(SB)/4, $0xffffffff
DATA gemmtokmask<>+144(SB)/4, $0
DATA gemmtokmask<>+148(SB)/4, $0
DATA gemmtokmask<>+152(SB)/4, $0
DATA gemmtokmask<>+156(SB)/4, $0
DATA gemmtokmask<>+160(SB)/4, $0xffffffff
DATA gemmtokmask<>+164(SB)/4, $0xffffffff
DATA gemmtokmask<>+168(SB)/4, $0xffffffff
DATA gemmtokmask<>+172(SB)/4, $0xffffffff
DATA gemmtokmask<>+176(SB)/4, $0xffffffff
DATA gemmtokmask<>+180(SB)/4, $0
DATA gemmtokmask<>+184(SB)/4, $0
DATA gemmtokmask<>+188(SB)/4, $0
DATA gemmtokmask<>+192(SB)/4, $0xffffffff
DATA gemmtokmask<>+196(SB)/4, $0xffffffff
DATA gemmtokmask<>+200(SB)/4, $0xffffffff
DATA gemmtokmask<>+204(SB)/4, $0xffffffff
DATA gemmtokmask<>+208(SB)/4, $0xffffffff
DATA gemmtokmask<>+212(SB)/4, $0xffffffff
DATA gemmtokmask<>+216(SB)/4, $0
DATA gemmtokmask<>+220(SB)/4, $0
DATA gemmtokmask<>+224(SB)/4, $0xffffffff
DATA gemmtokmask<>+228(SB)/4, $0xffffffff
DATA gemmtokmask<>+232(SB)/4, $0xffffffff
DATA gemmtokmask<>+236(SB)/4, $0xffffffff
DATA gemmtokmask<>+240(SB)/4, $0xffffffff
DATA gemmtokmask<>+244(SB)/4, $0xffffffff
DATA gemmtokmask<>+248(SB)/4, $0xffffffff
DATA gemmtokmask<>+252(SB)/4, $0
DATA gemmtokmask<>+256(SB)/4, $0xffffffff
DATA gemmtokmask<>+260(SB)/4, $0xffffffff
DATA gemmtokmask<>+264(SB)/4, $0xffffffff
DATA gemmtokmask<>+268(SB)/4, $0xffffffff
DATA gemmtokmask<>+272(SB)/4, $0xffffffff
DATA gemmtokmask<>+276(SB)/4, $0xffffffff
DATA gemmtokmask<>+280(SB)/4, $0xffffffff
DATA gemmtokmask<>+284(SB)/4, $0xffffffff
GLOBL gemmtokmask<>(SB), RODATA|NOPTR, $288

// func gemmQ8_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int) int
//
// The AVX2 tile kernel for Q8_0 (see gen/gemm.py): registers as in
// gemmQ4_0AVX2 but Y4-Y7 int32 block sums, Y8 the tokens' levels (y), Y9
// the −128 test and the scale product, Y10/Y11 a row's group (|x|, y with
// x's sign), Y13 the −128 flag, Y15 0x80 bytes.
TEXT ·gemmQ8_0AVX2(SB), NOSPLIT, $0-72
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x80808080, BX
	VMOVD        BX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, BX
	VMOVD        BX, X14
	VPBROADCASTD X14, Y14
	VPXOR        Y13, Y13, Y13
	MOVQ         $0, ret+64(FP)

rows:
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
	VXORPS       Y0, Y0, Y0
	VXORPS       Y1, Y1, Y1
	VXORPS       Y2, Y2, Y2
	VXORPS       Y3, Y3, Y3
	MOVQ         R12, AX
	MOVQ         nb+56(FP), R13

blk:
	VMOVUPS      512(AX), Y12
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	VPXOR        0(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 2(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 2(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 2(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 2(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VPXOR        64(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 6(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 6(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 6(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 6(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VPXOR        128(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 10(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 10(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 10(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 10(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VPXOR        192(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 14(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 14(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 14(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 14(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VPXOR        256(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 18(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 18(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 18(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 18(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VPXOR        320(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 22(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 22(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 22(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 22(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VPXOR        384(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 26(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 26(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 26(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 26(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VPXOR        448(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
	VPBROADCASTD 30(R8), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y4, Y4
	VPBROADCASTD 30(R9), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y5, Y5
	VPBROADCASTD 30(R11), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y6, Y6
	VPBROADCASTD 30(R14), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y7, Y7
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      (R8), BX
	VBROADCASTSS (R10)(BX*4), Y9
	VMULPS       Y12, Y9, Y9
	VFMADD231PS  Y9, Y4, Y0
	VCVTDQ2PS    Y5, Y5
	MOVWLZX      (R9), BX
	VBROADCASTSS (R10)(BX*4), Y9
	VMULPS       Y12, Y9, Y9
	VFMADD231PS  Y9, Y5, Y1
	VCVTDQ2PS    Y6, Y6
	MOVWLZX      (R11), BX
	VBROADCASTSS (R10)(BX*4), Y9
	VMULPS       Y12, Y9, Y9
	VFMADD231PS  Y9, Y6, Y2
	VCVTDQ2PS    Y7, Y7
	MOVWLZX      (R14), BX
	VBROADCASTSS (R10)(BX*4), Y9
	VMULPS       Y12, Y9, Y9
	VFMADD231PS  Y9, Y7, Y3
	ADDQ         $34, R8
	ADDQ         $34, R9
	ADDQ         $34, R11
	ADDQ         $34, R14
	ADDQ         $640, AX
	DECQ         R13
	JNZ          blk

	VUNPCKLPS    Y1, Y0, Y4
	VUNPCKHPS    Y1, Y0, Y5
	VUNPCKLPS    Y3, Y2, Y6
	VUNPCKHPS    Y3, Y2, Y7
	VUNPCKLPD    Y6, Y4, Y8
	VUNPCKHPD    Y6, Y4, Y9
	VUNPCKLPD    Y7, Y5, Y10
	VUNPCKHPD    Y7, Y5, Y11
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	SHLQ         $4, BX
	LEAQ         gemmrowmask<>(SB), R9
	VMOVDQU      (R9)(BX*1), X5
	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
	VMASKMOVPS   X8, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X9, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X10, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VMASKMOVPS   X11, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y8, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y9, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y10, X6
	VMASKMOVPS   X6, X5, (R11)
	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
	VEXTRACTF128 $1, Y11, X6
	VMASKMOVPS   X6, X5, (R11)

stored:
	MOVL         $8, R9
	CMPQ         DX, $8
	CMOVQLT      DX, R9
	SHLQ         $5, R9
	LEAQ         gemmtokmask<>(SB), BX
	VPAND        (BX)(R9*1), Y13, Y13
	VPTEST       Y13, Y13
	JZ           noflag
	MOVQ         $1, ret+64(FP)

noflag:
	VPXOR        Y13, Y13, Y13
	MOVQ         R13, BX
	SHLQ         $3, BX
	ADDQ         BX, DI
	MOVQ         n+48(FP), BX
	SUBQ         DX, BX
	ADDQ         $32, R12
	TESTQ        $8, BX
	JZ           half
	MOVQ         nb+56(FP), BX
	IMULQ        $640, BX
	LEAQ         -64(R12)(BX*1), R12

half:
	SUBQ         $8, DX
	JG           tokens
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET

DATA packiota<>+0(SB)/4, $0
DATA packiota<>+4(SB)/4, $1
DATA packiota<>+8(SB)/4, $2
DATA packiota<>+12(SB)/4, $3
DATA packiota<>+16(SB)/4, $4
DATA packiota<>+20(SB)/4, $5
DATA packiota<>+24(SB)/4, $6
DATA packiota<>+28(SB)/4, $7
DATA packiota<>+32(SB)/4, $8
DATA packiota<>+36(SB)/4, $9
DATA packiota<>+40(SB)/4, $10
DATA packiota<>+44(SB)/4, $11
DATA packiota<>+48(SB)/4, $12
DATA packiota<>+52(SB)/4, $13
DATA packiota<>+56(SB)/4, $14
DATA packiota<>+60(SB)/4, $15
GLOBL packiota<>(SB), RODATA|NOPTR, $64

// func packQ8_0VNNI(dst *byte, acts *byte, rowBytes int, n int, nb int, shift int, flip uint32)
//
// Registers: DI dst, SI the group's first activation row, R9 its current
// block, R8 rowBytes, DX tokens left, CX blocks left, K1 the group's tokens;
// Z30 the tokens' row offsets (k·rowBytes), Z29 0x01 bytes, X28 shift,
// Z27 flip (XORed into the stored levels).
TEXT ·packQ8_0VNNI(SB), NOSPLIT, $0-52
	MOVQ         dst+0(FP), DI
	MOVQ         acts+8(FP), SI
	MOVQ         rowBytes+16(FP), R8
	MOVQ         n+24(FP), DX
	VMOVQ        shift+40(FP), X28
	MOVL         flip+48(FP), AX
	VPBROADCASTD AX, Z27
	MOVL         $0x01010101, AX
	VPBROADCASTD AX, Z29
	VPBROADCASTD R8, Z30
	VPMULLD      packiota<>(SB), Z30, Z30

group:
	MOVL         $16, CX
	CMPQ         DX, $16
	CMOVQLT      DX, CX
	MOVL         $1, AX
	SHLL         CX, AX
	DECL         AX
	KMOVW        AX, K1
	MOVQ         nb+32(FP), CX
	MOVQ         SI, R9

block:
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   (R9)(Z30*1), K2, Z0
	VPMOVDW      Z0, Y0
	VCVTPH2PS    Y0, Z0
	VMOVUPS      Z0, 512(DI)
	VPXORD       Z9, Z9, Z9
	VPXORD       Z1, Z1, Z1
	KMOVW        K1, K2
	VPGATHERDD   2(R9)(Z30*1), K2, Z1
	VPDPBUSD     Z1, Z29, Z9
	VPXORD       Z27, Z1, K1, Z1
	VMOVDQU32    Z1, 0(DI)
	VPXORD       Z2, Z2, Z2
	KMOVW        K1, K2
	VPGATHERDD   6(R9)(Z30*1), K2, Z2
	VPDPBUSD     Z2, Z29, Z9
	VPXORD       Z27, Z2, K1, Z2
	VMOVDQU32    Z2, 64(DI)
	VPXORD       Z3, Z3, Z3
	KMOVW        K1, K2
	VPGATHERDD   10(R9)(Z30*1), K2, Z3
	VPDPBUSD     Z3, Z29, Z9
	VPXORD       Z27, Z3, K1, Z3
	VMOVDQU32    Z3, 128(DI)
	VPXORD       Z4, Z4, Z4
	KMOVW        K1, K2
	VPGATHERDD   14(R9)(Z30*1), K2, Z4
	VPDPBUSD     Z4, Z29, Z9
	VPXORD       Z27, Z4, K1, Z4
	VMOVDQU32    Z4, 192(DI)
	VPXORD       Z5, Z5, Z5
	KMOVW        K1, K2
	VPGATHERDD   18(R9)(Z30*1), K2, Z5
	VPDPBUSD     Z5, Z29, Z9
	VPXORD       Z27, Z5, K1, Z5
	VMOVDQU32    Z5, 256(DI)
	VPXORD       Z6, Z6, Z6
	KMOVW        K1, K2
	VPGATHERDD   22(R9)(Z30*1), K2, Z6
	VPDPBUSD     Z6, Z29, Z9
	VPXORD       Z27, Z6, K1, Z6
	VMOVDQU32    Z6, 320(DI)
	VPXORD       Z7, Z7, Z7
	KMOVW        K1, K2
	VPGATHERDD   26(R9)(Z30*1), K2, Z7
	VPDPBUSD     Z7, Z29, Z9
	VPXORD       Z27, Z7, K1, Z7
	VMOVDQU32    Z7, 384(DI)
	VPXORD       Z8, Z8, Z8
	KMOVW        K1, K2
	VPGATHERDD   30(R9)(Z30*1), K2, Z8
	VPDPBUSD     Z8, Z29, Z9
	VPXORD       Z27, Z8, K1, Z8
	VMOVDQU32    Z8, 448(DI)
	VPXORD       Z10, Z10, Z10
	VPSUBD       Z9, Z10, Z10
	VPSLLD       X28, Z10, Z10
	VMOVDQU32    Z10, 576(DI)
	ADDQ         $34, R9
	ADDQ         $640, DI
	DECQ         CX
	JNZ          block

	SUBQ         $16, DX
	JLE          done
	MOVQ         R8, AX
	SHLQ         $4, AX
	ADDQ         AX, SI
	JMP          group

done:
	VZEROUPPER
	RET

// func packQ4_KVNNI(dst *byte, acts *byte, rowBytes int, n int, nb int)
//
// Registers as in packQ8_0VNNI; Z29 0x0001 words, Z28 0xFFFF dwords.
TEXT ·packQ4_KVNNI(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         acts+8(FP), SI
	MOVQ         rowBytes+16(FP), R8
	MOVQ         n+24(FP), DX
	MOVL         $0x00010001, AX
	VPBROADCASTD AX, Z29
	MOVL         $0xffff, AX
	VPBROADCASTD AX, Z28
	VPBROADCASTD R8, Z30
	VPMULLD      packiota<>(SB), Z30, Z30

group:
	MOVL         $16, CX
	CMPQ         DX, $16
	CMOVQLT      DX, CX
	MOVL         $1, AX
	SHLL         CX, AX
	DECL         AX
	KMOVW        AX, K1
	MOVQ         nb+32(FP), CX
	MOVQ         SI, R9

block:
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   4(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 0(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   8(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 64(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   12(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 128(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   16(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 192(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   20(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 256(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   24(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 320(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   28(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 384(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   32(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 448(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   36(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 512(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   40(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 576(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   44(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 640(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   48(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 704(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   52(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 768(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   56(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 832(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   60(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 896(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   64(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 960(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   68(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1024(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   72(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1088(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   76(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1152(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   80(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1216(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   84(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1280(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   88(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1344(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   92(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1408(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   96(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1472(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   100(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1536(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   104(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1600(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   108(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1664(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   112(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1728(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   116(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1792(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   120(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1856(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   124(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1920(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   128(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1984(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   132(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2048(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   136(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2112(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   140(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2176(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   144(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2240(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   148(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2304(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   152(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2368(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   156(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2432(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   160(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2496(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   164(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2560(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   168(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2624(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   172(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2688(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   176(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2752(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   180(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2816(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   184(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2880(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   188(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2944(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   192(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3008(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   196(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3072(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   200(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3136(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   204(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3200(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   208(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3264(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   212(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3328(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   216(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3392(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   220(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3456(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   224(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3520(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   228(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3584(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   232(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3648(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   236(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3712(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   240(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3776(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   244(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3840(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   248(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3904(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   252(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3968(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   256(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4032(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   0(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4096(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   260(R9)(Z30*1), K2, Z0
	VPXORD       Z1, Z1, Z1
	KMOVW        K1, K2
	VPGATHERDD   264(R9)(Z30*1), K2, Z1
	VPMADDWD     Z29, Z0, Z0
	VPMADDWD     Z29, Z1, Z1
	VPANDD       Z28, Z0, Z0
	VPSLLD       $16, Z1, Z1
	VPORD        Z1, Z0, Z0
	VMOVDQU32    Z0, 4160(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   268(R9)(Z30*1), K2, Z0
	VPXORD       Z1, Z1, Z1
	KMOVW        K1, K2
	VPGATHERDD   272(R9)(Z30*1), K2, Z1
	VPMADDWD     Z29, Z0, Z0
	VPMADDWD     Z29, Z1, Z1
	VPANDD       Z28, Z0, Z0
	VPSLLD       $16, Z1, Z1
	VPORD        Z1, Z0, Z0
	VMOVDQU32    Z0, 4224(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   276(R9)(Z30*1), K2, Z0
	VPXORD       Z1, Z1, Z1
	KMOVW        K1, K2
	VPGATHERDD   280(R9)(Z30*1), K2, Z1
	VPMADDWD     Z29, Z0, Z0
	VPMADDWD     Z29, Z1, Z1
	VPANDD       Z28, Z0, Z0
	VPSLLD       $16, Z1, Z1
	VPORD        Z1, Z0, Z0
	VMOVDQU32    Z0, 4288(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   284(R9)(Z30*1), K2, Z0
	VPXORD       Z1, Z1, Z1
	KMOVW        K1, K2
	VPGATHERDD   288(R9)(Z30*1), K2, Z1
	VPMADDWD     Z29, Z0, Z0
	VPMADDWD     Z29, Z1, Z1
	VPANDD       Z28, Z0, Z0
	VPSLLD       $16, Z1, Z1
	VPORD        Z1, Z0, Z0
	VMOVDQU32    Z0, 4352(DI)
	ADDQ         $292, R9
	ADDQ         $4416, DI
	DECQ         CX
	JNZ          block

	SUBQ         $16, DX
	JLE          done
	MOVQ         R8, AX
	SHLQ         $4, AX
	ADDQ         AX, SI
	JMP          group

done:
	VZEROUPPER
	RET

// func packQ6_KVNNI(dst *byte, acts *byte, rowBytes int, n int, nb int)
//
// Registers as in packQ8_0VNNI; Z29 0x0001 words, Z28 0xFFFF dwords.
TEXT ·packQ6_KVNNI(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         acts+8(FP), SI
	MOVQ         rowBytes+16(FP), R8
	MOVQ         n+24(FP), DX
	MOVL         $0x00010001, AX
	VPBROADCASTD AX, Z29
	MOVL         $0xffff, AX
	VPBROADCASTD AX, Z28
	VPBROADCASTD R8, Z30
	VPMULLD      packiota<>(SB), Z30, Z30

group:
	MOVL         $16, CX
	CMPQ         DX, $16
	CMOVQLT      DX, CX
	MOVL         $1, AX
	SHLL         CX, AX
	DECL         AX
	KMOVW        AX, K1
	MOVQ         nb+32(FP), CX
	MOVQ         SI, R9

block:
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   4(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 0(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   8(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 64(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   12(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 128(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   16(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 192(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   20(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 256(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   24(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 320(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   28(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 384(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   32(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 448(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   36(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 512(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   40(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 576(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   44(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 640(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   48(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 704(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   52(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 768(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   56(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 832(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   60(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 896(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   64(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 960(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   68(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1024(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   72(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1088(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   76(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1152(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   80(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1216(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   84(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1280(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   88(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1344(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   92(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1408(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   96(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1472(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   100(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1536(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   104(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1600(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   108(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1664(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   112(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1728(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   116(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1792(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   120(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1856(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   124(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1920(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   128(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 1984(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   132(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2048(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   136(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2112(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   140(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2176(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   144(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2240(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   148(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2304(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   152(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2368(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   156(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2432(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   160(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2496(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   164(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2560(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   168(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2624(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   172(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2688(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   176(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2752(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   180(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2816(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   184(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2880(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   188(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 2944(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   192(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3008(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   196(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3072(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   200(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3136(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   204(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3200(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   208(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3264(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   212(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3328(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   216(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3392(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   220(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3456(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   224(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3520(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   228(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3584(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   232(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3648(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   236(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3712(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   240(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3776(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   244(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3840(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   248(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3904(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   252(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 3968(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   256(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4032(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   0(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4096(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   260(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4160(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   264(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4224(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   268(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4288(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   272(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4352(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   276(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4416(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   280(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4480(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   284(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4544(DI)
	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   288(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, 4608(DI)
	ADDQ         $292, R9
	ADDQ         $4672, DI
	DECQ         CX
	JNZ          block

	SUBQ         $16, DX
	JLE          done
	MOVQ         R8, AX
	SHLQ         $4, AX
	ADDQ         AX, SI
	JMP          group

done:
	VZEROUPPER
	RET
