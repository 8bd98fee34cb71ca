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
// time as the unsigned operand: Σ q·y − 16·Σy.
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
