//go:build !purego

#include "textflag.h"

// The 32-value formats × Q8_0/Q8_1, AVX2 + FMA + F16C. Each kernel computes,
// for every row r < rows, the loop of its reference in ref_legacy.go:
//
//	sumf = Σ_blocks float32(Σ_j qx[j]·qy[j])·(d_x·d_y) [+ m_x·s_y]
//
// The integer sum of a block is exact: Q8_0 multiplies |x| by y with x's
// sign (VPABSB, VPSIGNB, VPMADDUBSW), which is exact when y holds no −128
// (checked once per call over the activation row; quantized activations are
// within ±127), and otherwise sign-extends both operands to int16 and uses
// VPMADDWD, then VPHADDD and VPERMQ so that each int32 lane holds the same
// four products (values 4j..4j+3) on both paths;
// the 4- and 5-bit formats multiply the unsigned level (0..15 or 0..31) by
// the signed activation with VPMADDUBSW, whose int16 pair sums cannot
// saturate (|2·31·128| < 2¹⁵), and subtract 8·qy or 16·qy (Q4_0, Q5_0) the
// same way. The 8 int32 lane sums are converted to float32 and multiplied
// into one of two 8-lane accumulators (even and odd blocks) by d_x·d_y; the
// offset term m_x·s_y of the _1 formats goes to two scalar accumulators.
// Only the order of the float32 additions differs from the reference.
//
// The fp16 scales are converted by lookup in f16tab (R10), loads only.
//
// Registers: DI dst, CX rows left, SI row start, R9 act, R10 f16tab,
// R11/R12 block pointers, R13 block pairs left; Y0/Y6 accumulators, X7/X8 offset sums;
// constants Y15 0x0F bytes, Y14 8 or 16 bytes, Y13 0x0001 words, Y12 the
// bit-to-byte shuffle, Y11 bit masks, Y10 all ones, Y9 0x10 bytes.

DATA q5shuf<>+0(SB)/8, $0x0000000000000000
DATA q5shuf<>+8(SB)/8, $0x0101010101010101
DATA q5shuf<>+16(SB)/8, $0x0202020202020202
DATA q5shuf<>+24(SB)/8, $0x0303030303030303
GLOBL q5shuf<>(SB), RODATA|NOPTR, $32

DATA q5bits<>+0(SB)/8, $0x7fbfdfeff7fbfdfe
DATA q5bits<>+8(SB)/8, $0x7fbfdfeff7fbfdfe
DATA q5bits<>+16(SB)/8, $0x7fbfdfeff7fbfdfe
DATA q5bits<>+24(SB)/8, $0x7fbfdfeff7fbfdfe
GLOBL q5bits<>(SB), RODATA|NOPTR, $32

DATA q5ones<>+0(SB)/8, $-1
DATA q5ones<>+8(SB)/8, $-1
DATA q5ones<>+16(SB)/8, $-1
DATA q5ones<>+24(SB)/8, $-1
GLOBL q5ones<>(SB), RODATA|NOPTR, $32

// nibshift<> shifts the high 128-bit lane's dwords right by 4: with the 16
// bytes of nibbles in both lanes, AND 0x0F then leaves the low nibbles in the
// low lane and the high nibbles in the high lane.
DATA nibshift<>+0(SB)/8, $0
DATA nibshift<>+8(SB)/8, $0
DATA nibshift<>+16(SB)/8, $0x0000000400000004
DATA nibshift<>+24(SB)/8, $0x0000000400000004
GLOBL nibshift<>(SB), RODATA|NOPTR, $32

// func rowsQ8_0AVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ8_0AVX2(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x80808080, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
	VPXOR        Y8, Y8, Y8
	MOVQ         R9, R12
	MOVQ         nb+40(FP), R13

check:
	VPCMPEQB     2(R12), Y9, Y3
	VPOR         Y3, Y8, Y8
	ADDQ         $34, R12
	DECQ         R13
	JNZ          check
	VPTEST       Y8, Y8
	JNZ          xrow

row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y0
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          blk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

xrow:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

xblk:
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y0
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          xblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          xrow
	VZEROUPPER
	RET

// Four- and eight-stream variants of rowsQ8_0AVX2 (see s_rowloop in gen/legacy.py): the
// same results, read as four or eight sequential runs.

// func rowsQ8_0AVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ8_0AVX2S(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x80808080, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
	VPXOR        Y8, Y8, Y8
	MOVQ         R9, R12
	MOVQ         nb+40(FP), R13

scheck:
	VPCMPEQB     2(R12), Y9, Y3
	VPOR         Y3, Y8, Y8
	ADDQ         $34, R12
	DECQ         R13
	JNZ          scheck
	VPTEST       Y8, Y8
	JNZ          xsrow

srow:
	VXORPS       Y0, Y0, Y0
	VXORPS       Y6, Y6, Y6
	VXORPS       Y7, Y7, Y7
	VXORPS       Y8, Y8, Y8
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), R13

sblk:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R11)(R8*2)
	PREFETCHT0   512(R11)(DX*1)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y0
	MOVWLZX      0(R11)(R8*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11)(R8*1), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y6
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11)(R8*2), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y7
	MOVWLZX      0(R11)(DX*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11)(DX*1), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y8
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          sblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VMOVSS       X6, (DI)(R14*1)
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VMOVSS       X7, (DI)(R14*2)
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X8, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET

xsrow:
	VXORPS       Y0, Y0, Y0
	VXORPS       Y6, Y6, Y6
	VXORPS       Y7, Y7, Y7
	VXORPS       Y8, Y8, Y8
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), R13

xsblk:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R11)(R8*2)
	PREFETCHT0   512(R11)(DX*1)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y0
	MOVWLZX      0(R11)(R8*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11)(R8*1), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11)(R8*1), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y6
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11)(R8*2), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11)(R8*2), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y7
	MOVWLZX      0(R11)(DX*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11)(DX*1), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11)(DX*1), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y8
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          xsblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VMOVSS       X6, (DI)(R14*1)
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VMOVSS       X7, (DI)(R14*2)
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X8, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          xsrow
	VZEROUPPER
	RET

// func rowsQ8_0AVX2S8(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ8_0AVX2S8(SB), NOSPLIT, $8-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x80808080, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
	VPXOR        Y8, Y8, Y8
	MOVQ         R9, R12
	MOVQ         nb+40(FP), R13

scheck:
	VPCMPEQB     2(R12), Y9, Y3
	VPOR         Y3, Y8, Y8
	ADDQ         $34, R12
	DECQ         R13
	JNZ          scheck
	VPTEST       Y8, Y8
	JNZ          xsrow

srow:
	VXORPS       Y0, Y0, Y0
	VXORPS       Y6, Y6, Y6
	VXORPS       Y7, Y7, Y7
	VXORPS       Y8, Y8, Y8
	VXORPS       Y9, Y9, Y9
	VXORPS       Y10, Y10, Y10
	VXORPS       Y11, Y11, Y11
	VXORPS       Y12, Y12, Y12
	MOVQ         SI, R11
	MOVQ         R9, R12
	LEAQ         (R11)(R8*4), R13
	MOVQ         nb+40(FP), AX
	MOVQ         AX, left-8(SP)

sblk:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R11)(R8*2)
	PREFETCHT0   512(R11)(DX*1)
	PREFETCHT0   512(R13)
	PREFETCHT0   512(R13)(R8*1)
	PREFETCHT0   512(R13)(R8*2)
	PREFETCHT0   512(R13)(DX*1)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y0
	MOVWLZX      0(R11)(R8*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11)(R8*1), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y6
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11)(R8*2), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y7
	MOVWLZX      0(R11)(DX*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11)(DX*1), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y8
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R13), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y9
	MOVWLZX      0(R13)(R8*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R13)(R8*1), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y10
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R13)(R8*2), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y11
	MOVWLZX      0(R13)(DX*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R13)(DX*1), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, Y12
	ADDQ         $34, R11
	ADDQ         $34, R12
	ADDQ         $34, R13
	DECQ         left-8(SP)
	JNZ          sblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VMOVSS       X6, (DI)(R14*1)
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VMOVSS       X7, (DI)(R14*2)
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X8, (AX)
	VEXTRACTF128 $1, Y9, X1
	VADDPS       X1, X9, X9
	VPERMILPS    $0x4e, X9, X1
	VADDPS       X1, X9, X9
	VMOVSHDUP    X9, X1
	VADDSS       X1, X9, X9
	VMOVSS       X9, (DI)(R14*4)
	VEXTRACTF128 $1, Y10, X1
	VADDPS       X1, X10, X10
	VPERMILPS    $0x4e, X10, X1
	VADDPS       X1, X10, X10
	VMOVSHDUP    X10, X1
	VADDSS       X1, X10, X10
	LEAQ         (DI)(R14*4), AX
	ADDQ         R14, AX
	VMOVSS       X10, (AX)
	VEXTRACTF128 $1, Y11, X1
	VADDPS       X1, X11, X11
	VPERMILPS    $0x4e, X11, X1
	VADDPS       X1, X11, X11
	VMOVSHDUP    X11, X1
	VADDSS       X1, X11, X11
	VMOVSS       X11, (AX)(R14*1)
	VEXTRACTF128 $1, Y12, X1
	VADDPS       X1, X12, X12
	VPERMILPS    $0x4e, X12, X1
	VADDPS       X1, X12, X12
	VMOVSHDUP    X12, X1
	VADDSS       X1, X12, X12
	VMOVSS       X12, (AX)(R14*2)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET

xsrow:
	VXORPS       Y0, Y0, Y0
	VXORPS       Y6, Y6, Y6
	VXORPS       Y7, Y7, Y7
	VXORPS       Y8, Y8, Y8
	VXORPS       Y9, Y9, Y9
	VXORPS       Y10, Y10, Y10
	VXORPS       Y11, Y11, Y11
	VXORPS       Y12, Y12, Y12
	MOVQ         SI, R11
	MOVQ         R9, R12
	LEAQ         (R11)(R8*4), R13
	MOVQ         nb+40(FP), AX
	MOVQ         AX, left-8(SP)

xsblk:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R11)(R8*2)
	PREFETCHT0   512(R11)(DX*1)
	PREFETCHT0   512(R13)
	PREFETCHT0   512(R13)(R8*1)
	PREFETCHT0   512(R13)(R8*2)
	PREFETCHT0   512(R13)(DX*1)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y0
	MOVWLZX      0(R11)(R8*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11)(R8*1), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11)(R8*1), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y6
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11)(R8*2), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11)(R8*2), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y7
	MOVWLZX      0(R11)(DX*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11)(DX*1), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11)(DX*1), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y8
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R13), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R13), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y9
	MOVWLZX      0(R13)(R8*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R13)(R8*1), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R13)(R8*1), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y10
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R13)(R8*2), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R13)(R8*2), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y11
	MOVWLZX      0(R13)(DX*1), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R13)(DX*1), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R13)(DX*1), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y12
	ADDQ         $34, R11
	ADDQ         $34, R12
	ADDQ         $34, R13
	DECQ         left-8(SP)
	JNZ          xsblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VMOVSS       X6, (DI)(R14*1)
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VMOVSS       X7, (DI)(R14*2)
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X8, (AX)
	VEXTRACTF128 $1, Y9, X1
	VADDPS       X1, X9, X9
	VPERMILPS    $0x4e, X9, X1
	VADDPS       X1, X9, X9
	VMOVSHDUP    X9, X1
	VADDSS       X1, X9, X9
	VMOVSS       X9, (DI)(R14*4)
	VEXTRACTF128 $1, Y10, X1
	VADDPS       X1, X10, X10
	VPERMILPS    $0x4e, X10, X1
	VADDPS       X1, X10, X10
	VMOVSHDUP    X10, X1
	VADDSS       X1, X10, X10
	LEAQ         (DI)(R14*4), AX
	ADDQ         R14, AX
	VMOVSS       X10, (AX)
	VEXTRACTF128 $1, Y11, X1
	VADDPS       X1, X11, X11
	VPERMILPS    $0x4e, X11, X1
	VADDPS       X1, X11, X11
	VMOVSHDUP    X11, X1
	VADDSS       X1, X11, X11
	VMOVSS       X11, (AX)(R14*1)
	VEXTRACTF128 $1, Y12, X1
	VADDPS       X1, X12, X12
	VPERMILPS    $0x4e, X12, X1
	VADDPS       X1, X12, X12
	VMOVSHDUP    X12, X1
	VADDSS       X1, X12, X12
	VMOVSS       X12, (AX)(R14*2)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          xsrow
	VZEROUPPER
	RET

// The same kernels with AVX512-VNNI (on 256-bit registers, AVX512VL).

// func rowsQ8_0VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ8_0VNNI(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x80808080, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
	VPXOR        Y8, Y8, Y8
	MOVQ         R9, R12
	MOVQ         nb+40(FP), R13

check:
	VPCMPEQB     2(R12), Y9, Y3
	VPOR         Y3, Y8, Y8
	ADDQ         $34, R12
	DECQ         R13
	JNZ          check
	VPTEST       Y8, Y8
	JNZ          xrow

row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y3
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y4, Y3, Y5
	VCVTDQ2PS    Y5, Y5
	VFMADD231PS  Y5, Y1, Y0
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          blk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

xrow:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

xblk:
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    2(R11), Y2
	VPMOVSXBW    2(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    18(R11), Y4
	VPMOVSXBW    18(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, Y0
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          xblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          xrow
	VZEROUPPER
	RET

// func rowsQ4_0VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_0VNNI(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x08080808, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13
	SHRQ   $1, R13
	JZ     tail

pair:
	VXORPS X8, X8, X8
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VBROADCASTI128 2(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	VMULPS       Y4, Y1, Y6
	MOVWLZX      18(R11), AX
	MOVWLZX      34(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VBROADCASTI128 20(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	VMOVDQU      36(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y6
	VADDPS       Y6, Y0, Y0
	ADDQ         $36, R11
	ADDQ         $68, R12
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+40(FP), AX
	TESTQ        $1, AX
	JZ           reduce
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VBROADCASTI128 2(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y0

reduce:
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rowsQ4_1VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_1VNNI(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13

row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13
	SHRQ   $1, R13
	JZ     tail

pair:
	VXORPS X8, X8, X8
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	MOVWLZX      2(R11), AX
	MOVWLZX      2(R12), BX
	VMOVSS       (R10)(AX*4), X2
	VMULSS       (R10)(BX*4), X2, X2
	VADDSS       X2, X8, X8
	VBROADCASTI128 4(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     4(R12), Y2, Y4
	VCVTDQ2PS    Y4, Y4
	VMULPS       Y4, Y1, Y6
	MOVWLZX      20(R11), AX
	MOVWLZX      36(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	MOVWLZX      22(R11), AX
	MOVWLZX      38(R12), BX
	VMOVSS       (R10)(AX*4), X2
	VMULSS       (R10)(BX*4), X2, X2
	VADDSS       X2, X8, X8
	VBROADCASTI128 24(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     40(R12), Y2, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y6
	VADDPS       Y6, Y0, Y0
	VADDSS       X8, X7, X7
	ADDQ         $40, R11
	ADDQ         $72, R12
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+40(FP), AX
	TESTQ        $1, AX
	JZ           reduce
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	MOVWLZX      2(R11), AX
	MOVWLZX      2(R12), BX
	VMOVSS       (R10)(AX*4), X2
	VMULSS       (R10)(BX*4), X2, X2
	VADDSS       X2, X7, X7
	VBROADCASTI128 4(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     4(R12), Y2, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y0

reduce:
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VADDSS       X7, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rowsQ5_0VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_0VNNI(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	VMOVDQU      q5shuf<>(SB), Y12
	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y10, Y10, Y10
	MOVL         $0x10101010, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9

row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13
	SHRQ   $1, R13
	JZ     tail

pair:
	VXORPS X8, X8, X8
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VBROADCASTI128 6(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        2(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	VMULPS       Y4, Y1, Y6
	MOVWLZX      22(R11), AX
	MOVWLZX      34(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VBROADCASTI128 28(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        24(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	VMOVDQU      36(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y6
	VADDPS       Y6, Y0, Y0
	ADDQ         $44, R11
	ADDQ         $68, R12
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+40(FP), AX
	TESTQ        $1, AX
	JZ           reduce
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	VBROADCASTI128 6(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        2(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y0

reduce:
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rowsQ5_1VNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_1VNNI(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	VMOVDQU      q5shuf<>(SB), Y12
	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y10, Y10, Y10
	MOVL         $0x10101010, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9

row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13
	SHRQ   $1, R13
	JZ     tail

pair:
	VXORPS X8, X8, X8
	PREFETCHT0   4096(R11)
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	MOVWLZX      2(R11), AX
	MOVWLZX      2(R12), BX
	VMOVSS       (R10)(AX*4), X2
	VMULSS       (R10)(BX*4), X2, X2
	VADDSS       X2, X8, X8
	VBROADCASTI128 8(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        4(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     4(R12), Y2, Y4
	VCVTDQ2PS    Y4, Y4
	VMULPS       Y4, Y1, Y6
	MOVWLZX      24(R11), AX
	MOVWLZX      36(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	MOVWLZX      26(R11), AX
	MOVWLZX      38(R12), BX
	VMOVSS       (R10)(AX*4), X2
	VMULSS       (R10)(BX*4), X2, X2
	VADDSS       X2, X8, X8
	VBROADCASTI128 32(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        28(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     40(R12), Y2, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y6
	VADDPS       Y6, Y0, Y0
	VADDSS       X8, X7, X7
	ADDQ         $48, R11
	ADDQ         $72, R12
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+40(FP), AX
	TESTQ        $1, AX
	JZ           reduce
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
	MOVWLZX      2(R11), AX
	MOVWLZX      2(R12), BX
	VMOVSS       (R10)(AX*4), X2
	VMULSS       (R10)(BX*4), X2, X2
	VADDSS       X2, X7, X7
	VBROADCASTI128 8(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        4(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     4(R12), Y2, Y4
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y1, Y0

reduce:
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VADDSS       X7, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// Q4_0, Q5_0, Q8_0, Q4_1 and Q5_1 in the reference's order, four lanes a
// pass (see lanes_* in gen/legacy.py): the Streams kernels multiply one activation by
// n rows in each of four lanes (lane k's row i at w + k·wLane + i·rowBytes,
// its result at dst[k·dstLane + i]); the Tokens kernels multiply each of
// rows rows by four activations (token k's at act + k·actStride, its result
// at dst[k·dstStride + r]). All equal dotQ4_0, dotQ5_0, dotQ8_0, dotQ4_1
// and dotQ5_1 bit for bit (Q8_0 where no activation level is −128: the
// callers check).
// nb ≤ 1024. Registers: DI dst, CX passes left, SI the pass's first
// weight row, R10 f16tab, R11 (and R9) weight block pointers, R12 the
// activation block, BX the frame's block entry, R13 block pairs left, X2
// the lanes' sums; Y15 the 0x0F bytes, Y14 c as bytes, Y13 the int16 ones,
// (Q5_0) Y11 every bit but the level's, Y12 all ones.

// func q4_0StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)
TEXT ·q4_0StreamsAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x08080808, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	VMOVDQU      2(R12), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVDQU      X0, (BX)
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), X1
	VMOVUPS      X1, 16(BX)
	ADDQ         $34, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstLane+8(FP), R14
	SHLQ         $2, R14
	MOVQ         n+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         wLane+32(FP), R8

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	LEAQ         (R11)(R8*2), R9
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R9)
	PREFETCHT0   512(R9)(R8*1)
	VBROADCASTI128 2(R12), Y3
	VBROADCASTI128 18(R12), Y4
	VMOVDQU      2(R11), X0
	VINSERTI128  $1, 2(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      2(R9), X6
	VINSERTI128  $1, 2(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VPSUBD       0(BX), X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2
	VBROADCASTI128 36(R12), Y3
	VBROADCASTI128 52(R12), Y4
	VMOVDQU      20(R11), X0
	VINSERTI128  $1, 20(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      20(R9), X6
	VINSERTI128  $1, 20(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VPSUBD       32(BX), X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      18(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      18(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      18(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      18(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2
	ADDQ         $36, R11
	ADDQ         $36, R9
	ADDQ         $68, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 2(R12), Y3
	VBROADCASTI128 18(R12), Y4
	VMOVDQU      2(R11), X0
	VINSERTI128  $1, 2(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      2(R9), X6
	VINSERTI128  $1, 2(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VPSUBD       0(BX), X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+40(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q4_0TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·q4_0TokensAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x08080808, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+40(FP), R12
	MOVQ         actStride+48(FP), R8
	LEAQ         (R8)(R8*2), DX
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	VMOVDQU      2(R12), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 0(BX)
	MOVWLZX      (R12), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 16(BX)
	VMOVDQU      2(R12)(R8*1), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 4(BX)
	MOVWLZX      (R12)(R8*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 20(BX)
	VMOVDQU      2(R12)(R8*2), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 8(BX)
	MOVWLZX      (R12)(R8*2), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 24(BX)
	VMOVDQU      2(R12)(DX*1), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 12(BX)
	MOVWLZX      (R12)(DX*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 28(BX)
	ADDQ         $34, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstStride+8(FP), R14
	SHLQ         $2, R14
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	MOVQ         act+40(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	VBROADCASTI128 2(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VMOVDQU      2(R12), X3
	VINSERTI128  $1, 2(R12)(R8*1), Y3, Y3
	VMOVDQU      18(R12), X4
	VINSERTI128  $1, 18(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      2(R12)(R8*2), X3
	VINSERTI128  $1, 2(R12)(DX*1), Y3, Y3
	VMOVDQU      18(R12)(R8*2), X4
	VINSERTI128  $1, 18(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VPSUBD       0(BX), X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2
	VBROADCASTI128 20(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VMOVDQU      36(R12), X3
	VINSERTI128  $1, 36(R12)(R8*1), Y3, Y3
	VMOVDQU      52(R12), X4
	VINSERTI128  $1, 52(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      36(R12)(R8*2), X3
	VINSERTI128  $1, 36(R12)(DX*1), Y3, Y3
	VMOVDQU      52(R12)(R8*2), X4
	VINSERTI128  $1, 52(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VPSUBD       32(BX), X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      18(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2
	ADDQ         $36, R11
	ADDQ         $68, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 2(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VMOVDQU      2(R12), X3
	VINSERTI128  $1, 2(R12)(R8*1), Y3, Y3
	VMOVDQU      18(R12), X4
	VINSERTI128  $1, 18(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      2(R12)(R8*2), X3
	VINSERTI128  $1, 2(R12)(DX*1), Y3, Y3
	VMOVDQU      18(R12)(R8*2), X4
	VINSERTI128  $1, 18(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VPSUBD       0(BX), X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q5_0StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)
TEXT ·q5_0StreamsAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y12, Y12, Y12
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	VMOVDQU      2(R12), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVDQU      X0, (BX)
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), X1
	VMOVUPS      X1, 16(BX)
	ADDQ         $34, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstLane+8(FP), R14
	SHLQ         $2, R14
	MOVQ         n+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         wLane+32(FP), R8

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	LEAQ         (R11)(R8*2), R9
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R9)
	PREFETCHT0   512(R9)(R8*1)
	VBROADCASTI128 2(R12), Y3
	VBROADCASTI128 18(R12), Y4
	VMOVDQU      6(R11), X0
	VINSERTI128  $1, 6(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 2(R11), X9
	VPBROADCASTD 2(R11)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      6(R9), X6
	VINSERTI128  $1, 6(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPBROADCASTD 2(R9), X9
	VPBROADCASTD 2(R9)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y6, Y6
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VPSUBD       0(BX), X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2
	VBROADCASTI128 36(R12), Y3
	VBROADCASTI128 52(R12), Y4
	VMOVDQU      28(R11), X0
	VINSERTI128  $1, 28(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 24(R11), X9
	VPBROADCASTD 24(R11)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      28(R9), X6
	VINSERTI128  $1, 28(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPBROADCASTD 24(R9), X9
	VPBROADCASTD 24(R9)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y6, Y6
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VPSUBD       32(BX), X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      22(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      22(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      22(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      22(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2
	ADDQ         $44, R11
	ADDQ         $44, R9
	ADDQ         $68, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 2(R12), Y3
	VBROADCASTI128 18(R12), Y4
	VMOVDQU      6(R11), X0
	VINSERTI128  $1, 6(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 2(R11), X9
	VPBROADCASTD 2(R11)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      6(R9), X6
	VINSERTI128  $1, 6(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPBROADCASTD 2(R9), X9
	VPBROADCASTD 2(R9)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y6, Y6
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VPSUBD       0(BX), X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+40(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q5_0TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·q5_0TokensAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y12, Y12, Y12
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+40(FP), R12
	MOVQ         actStride+48(FP), R8
	LEAQ         (R8)(R8*2), DX
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	VMOVDQU      2(R12), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 0(BX)
	MOVWLZX      (R12), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 16(BX)
	VMOVDQU      2(R12)(R8*1), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 4(BX)
	MOVWLZX      (R12)(R8*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 20(BX)
	VMOVDQU      2(R12)(R8*2), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 8(BX)
	MOVWLZX      (R12)(R8*2), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 24(BX)
	VMOVDQU      2(R12)(DX*1), Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, 12(BX)
	MOVWLZX      (R12)(DX*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 28(BX)
	ADDQ         $34, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstStride+8(FP), R14
	SHLQ         $2, R14
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	MOVQ         act+40(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	VBROADCASTI128 6(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 2(R11), X3
	VPBROADCASTD 2(R11), X4
	VINSERTI128  $1, X4, Y3, Y3
	VBROADCASTI128 q5shuf<>(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y5, Y5
	VMOVDQU      2(R12), X3
	VINSERTI128  $1, 2(R12)(R8*1), Y3, Y3
	VMOVDQU      18(R12), X4
	VINSERTI128  $1, 18(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      2(R12)(R8*2), X3
	VINSERTI128  $1, 2(R12)(DX*1), Y3, Y3
	VMOVDQU      18(R12)(R8*2), X4
	VINSERTI128  $1, 18(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VPSUBD       0(BX), X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2
	VBROADCASTI128 28(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 24(R11), X3
	VPBROADCASTD 24(R11), X4
	VINSERTI128  $1, X4, Y3, Y3
	VBROADCASTI128 q5shuf<>(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y5, Y5
	VMOVDQU      36(R12), X3
	VINSERTI128  $1, 36(R12)(R8*1), Y3, Y3
	VMOVDQU      52(R12), X4
	VINSERTI128  $1, 52(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      36(R12)(R8*2), X3
	VINSERTI128  $1, 36(R12)(DX*1), Y3, Y3
	VMOVDQU      52(R12)(R8*2), X4
	VINSERTI128  $1, 52(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VPSUBD       32(BX), X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      22(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2
	ADDQ         $44, R11
	ADDQ         $68, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 6(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 2(R11), X3
	VPBROADCASTD 2(R11), X4
	VINSERTI128  $1, X4, Y3, Y3
	VBROADCASTI128 q5shuf<>(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y5, Y5
	VMOVDQU      2(R12), X3
	VINSERTI128  $1, 2(R12)(R8*1), Y3, Y3
	VMOVDQU      18(R12), X4
	VINSERTI128  $1, 18(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      2(R12)(R8*2), X3
	VINSERTI128  $1, 2(R12)(DX*1), Y3, Y3
	VMOVDQU      18(R12)(R8*2), X4
	VINSERTI128  $1, 18(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VPSUBD       0(BX), X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q8_0StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)
TEXT ·q8_0StreamsAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), X1
	VMOVUPS      X1, 16(BX)
	ADDQ         $34, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstLane+8(FP), R14
	SHLQ         $2, R14
	MOVQ         n+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         wLane+32(FP), R8

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	LEAQ         (R11)(R8*2), R9
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	PREFETCHT0   576(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   576(R11)(R8*1)
	PREFETCHT0   512(R9)
	PREFETCHT0   576(R9)
	PREFETCHT0   512(R9)(R8*1)
	PREFETCHT0   576(R9)(R8*1)
	VMOVDQU      2(R12), Y3
	VMOVDQU      2(R11), Y0
	VPABSB       Y0, Y4
	VPSIGNB      Y0, Y3, Y0
	VPMADDUBSW   Y0, Y4, Y0
	VPMADDWD     Y13, Y0, Y0
	VMOVDQU      2(R11)(R8*1), Y5
	VPABSB       Y5, Y4
	VPSIGNB      Y5, Y3, Y5
	VPMADDUBSW   Y5, Y4, Y5
	VPMADDWD     Y13, Y5, Y5
	VMOVDQU      2(R9), Y6
	VPABSB       Y6, Y4
	VPSIGNB      Y6, Y3, Y6
	VPMADDUBSW   Y6, Y4, Y6
	VPMADDWD     Y13, Y6, Y6
	VMOVDQU      2(R9)(R8*1), Y7
	VPABSB       Y7, Y4
	VPSIGNB      Y7, Y3, Y7
	VPMADDUBSW   Y7, Y4, Y7
	VPMADDWD     Y13, Y7, Y7
	VPHADDD      Y5, Y0, Y0
	VPHADDD      Y7, Y6, Y6
	VPHADDD      Y6, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2
	VMOVDQU      36(R12), Y3
	VMOVDQU      36(R11), Y0
	VPABSB       Y0, Y4
	VPSIGNB      Y0, Y3, Y0
	VPMADDUBSW   Y0, Y4, Y0
	VPMADDWD     Y13, Y0, Y0
	VMOVDQU      36(R11)(R8*1), Y5
	VPABSB       Y5, Y4
	VPSIGNB      Y5, Y3, Y5
	VPMADDUBSW   Y5, Y4, Y5
	VPMADDWD     Y13, Y5, Y5
	VMOVDQU      36(R9), Y6
	VPABSB       Y6, Y4
	VPSIGNB      Y6, Y3, Y6
	VPMADDUBSW   Y6, Y4, Y6
	VPMADDWD     Y13, Y6, Y6
	VMOVDQU      36(R9)(R8*1), Y7
	VPABSB       Y7, Y4
	VPSIGNB      Y7, Y3, Y7
	VPMADDUBSW   Y7, Y4, Y7
	VPMADDWD     Y13, Y7, Y7
	VPHADDD      Y5, Y0, Y0
	VPHADDD      Y7, Y6, Y6
	VPHADDD      Y6, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      34(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      34(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      34(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      34(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2
	ADDQ         $68, R11
	ADDQ         $68, R9
	ADDQ         $68, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VMOVDQU      2(R12), Y3
	VMOVDQU      2(R11), Y0
	VPABSB       Y0, Y4
	VPSIGNB      Y0, Y3, Y0
	VPMADDUBSW   Y0, Y4, Y0
	VPMADDWD     Y13, Y0, Y0
	VMOVDQU      2(R11)(R8*1), Y5
	VPABSB       Y5, Y4
	VPSIGNB      Y5, Y3, Y5
	VPMADDUBSW   Y5, Y4, Y5
	VPMADDWD     Y13, Y5, Y5
	VMOVDQU      2(R9), Y6
	VPABSB       Y6, Y4
	VPSIGNB      Y6, Y3, Y6
	VPMADDUBSW   Y6, Y4, Y6
	VPMADDWD     Y13, Y6, Y6
	VMOVDQU      2(R9)(R8*1), Y7
	VPABSB       Y7, Y4
	VPSIGNB      Y7, Y3, Y7
	VPMADDUBSW   Y7, Y4, Y7
	VPMADDWD     Y13, Y7, Y7
	VPHADDD      Y5, Y0, Y0
	VPHADDD      Y7, Y6, Y6
	VPHADDD      Y6, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	VADDPS       X0, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+40(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q8_0TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·q8_0TokensAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+40(FP), R12
	MOVQ         actStride+48(FP), R8
	LEAQ         (R8)(R8*2), DX
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	MOVWLZX      (R12), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 16(BX)
	MOVWLZX      (R12)(R8*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 20(BX)
	MOVWLZX      (R12)(R8*2), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 24(BX)
	MOVWLZX      (R12)(DX*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 28(BX)
	ADDQ         $34, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstStride+8(FP), R14
	SHLQ         $2, R14
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	MOVQ         act+40(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	PREFETCHT0   576(R11)
	VMOVDQU      2(R11), Y0
	VPABSB       Y0, Y5
	VMOVDQU      2(R12), Y6
	VPSIGNB      Y0, Y6, Y6
	VPMADDUBSW   Y6, Y5, Y6
	VPMADDWD     Y13, Y6, Y6
	VMOVDQU      2(R12)(R8*1), Y7
	VPSIGNB      Y0, Y7, Y7
	VPMADDUBSW   Y7, Y5, Y7
	VPMADDWD     Y13, Y7, Y7
	VMOVDQU      2(R12)(R8*2), Y9
	VPSIGNB      Y0, Y9, Y9
	VPMADDUBSW   Y9, Y5, Y9
	VPMADDWD     Y13, Y9, Y9
	VMOVDQU      2(R12)(DX*1), Y10
	VPSIGNB      Y0, Y10, Y10
	VPMADDUBSW   Y10, Y5, Y10
	VPMADDWD     Y13, Y10, Y10
	VPHADDD      Y7, Y6, Y6
	VPHADDD      Y10, Y9, Y9
	VPHADDD      Y9, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPADDD       X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2
	VMOVDQU      36(R11), Y0
	VPABSB       Y0, Y5
	VMOVDQU      36(R12), Y6
	VPSIGNB      Y0, Y6, Y6
	VPMADDUBSW   Y6, Y5, Y6
	VPMADDWD     Y13, Y6, Y6
	VMOVDQU      36(R12)(R8*1), Y7
	VPSIGNB      Y0, Y7, Y7
	VPMADDUBSW   Y7, Y5, Y7
	VPMADDWD     Y13, Y7, Y7
	VMOVDQU      36(R12)(R8*2), Y9
	VPSIGNB      Y0, Y9, Y9
	VPMADDUBSW   Y9, Y5, Y9
	VPMADDWD     Y13, Y9, Y9
	VMOVDQU      36(R12)(DX*1), Y10
	VPSIGNB      Y0, Y10, Y10
	VPMADDUBSW   Y10, Y5, Y10
	VPMADDWD     Y13, Y10, Y10
	VPHADDD      Y7, Y6, Y6
	VPHADDD      Y10, Y9, Y9
	VPHADDD      Y9, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPADDD       X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      34(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2
	ADDQ         $68, R11
	ADDQ         $68, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VMOVDQU      2(R11), Y0
	VPABSB       Y0, Y5
	VMOVDQU      2(R12), Y6
	VPSIGNB      Y0, Y6, Y6
	VPMADDUBSW   Y6, Y5, Y6
	VPMADDWD     Y13, Y6, Y6
	VMOVDQU      2(R12)(R8*1), Y7
	VPSIGNB      Y0, Y7, Y7
	VPMADDUBSW   Y7, Y5, Y7
	VPMADDWD     Y13, Y7, Y7
	VMOVDQU      2(R12)(R8*2), Y9
	VPSIGNB      Y0, Y9, Y9
	VPMADDUBSW   Y9, Y5, Y9
	VPMADDWD     Y13, Y9, Y9
	VMOVDQU      2(R12)(DX*1), Y10
	VPSIGNB      Y0, Y10, Y10
	VPMADDUBSW   Y10, Y5, Y10
	VPMADDWD     Y13, Y10, Y10
	VPHADDD      Y7, Y6, Y6
	VPHADDD      Y10, Y9, Y9
	VPHADDD      Y9, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPADDD       X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	VADDPS       X6, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q4_1StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)
TEXT ·q4_1StreamsAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	MOVWLZX      2(R12), AX
	VBROADCASTSS (R10)(AX*4), X0
	VMOVUPS      X0, (BX)
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), X1
	VMOVUPS      X1, 16(BX)
	ADDQ         $36, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstLane+8(FP), R14
	SHLQ         $2, R14
	MOVQ         n+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         wLane+32(FP), R8

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	LEAQ         (R11)(R8*2), R9
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R9)
	PREFETCHT0   512(R9)(R8*1)
	VBROADCASTI128 4(R12), Y3
	VBROADCASTI128 20(R12), Y4
	VMOVDQU      4(R11), X0
	VINSERTI128  $1, 4(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      4(R9), X6
	VINSERTI128  $1, 4(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	MOVWLZX      2(R11), AX
	VMOVSS       (R10)(AX*4), X9
	MOVWLZX      2(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X9, X9
	MOVWLZX      2(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X9, X9
	MOVWLZX      2(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X9, X9
	VMULPS       0(BX), X9, X9
	VADDPS       X9, X0, X0
	VADDPS       X0, X2, X2
	VBROADCASTI128 40(R12), Y3
	VBROADCASTI128 56(R12), Y4
	VMOVDQU      24(R11), X0
	VINSERTI128  $1, 24(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      24(R9), X6
	VINSERTI128  $1, 24(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      20(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      20(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      20(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      20(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X0, X0
	MOVWLZX      22(R11), AX
	VMOVSS       (R10)(AX*4), X9
	MOVWLZX      22(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X9, X9
	MOVWLZX      22(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X9, X9
	MOVWLZX      22(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X9, X9
	VMULPS       32(BX), X9, X9
	VADDPS       X9, X0, X0
	VADDPS       X0, X2, X2
	ADDQ         $40, R11
	ADDQ         $40, R9
	ADDQ         $72, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 4(R12), Y3
	VBROADCASTI128 20(R12), Y4
	VMOVDQU      4(R11), X0
	VINSERTI128  $1, 4(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      4(R9), X6
	VINSERTI128  $1, 4(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	MOVWLZX      2(R11), AX
	VMOVSS       (R10)(AX*4), X9
	MOVWLZX      2(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X9, X9
	MOVWLZX      2(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X9, X9
	MOVWLZX      2(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X9, X9
	VMULPS       0(BX), X9, X9
	VADDPS       X9, X0, X0
	VADDPS       X0, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+40(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q4_1TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·q4_1TokensAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+40(FP), R12
	MOVQ         actStride+48(FP), R8
	LEAQ         (R8)(R8*2), DX
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	MOVWLZX      2(R12), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 0(BX)
	MOVWLZX      (R12), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 16(BX)
	MOVWLZX      2(R12)(R8*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 4(BX)
	MOVWLZX      (R12)(R8*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 20(BX)
	MOVWLZX      2(R12)(R8*2), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 8(BX)
	MOVWLZX      (R12)(R8*2), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 24(BX)
	MOVWLZX      2(R12)(DX*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 12(BX)
	MOVWLZX      (R12)(DX*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 28(BX)
	ADDQ         $36, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstStride+8(FP), R14
	SHLQ         $2, R14
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	MOVQ         act+40(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	VBROADCASTI128 4(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VMOVDQU      4(R12), X3
	VINSERTI128  $1, 4(R12)(R8*1), Y3, Y3
	VMOVDQU      20(R12), X4
	VINSERTI128  $1, 20(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      4(R12)(R8*2), X3
	VINSERTI128  $1, 4(R12)(DX*1), Y3, Y3
	VMOVDQU      20(R12)(R8*2), X4
	VINSERTI128  $1, 20(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	MOVWLZX      2(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       0(BX), X8, X8
	VADDPS       X8, X6, X6
	VADDPS       X6, X2, X2
	VBROADCASTI128 24(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VMOVDQU      40(R12), X3
	VINSERTI128  $1, 40(R12)(R8*1), Y3, Y3
	VMOVDQU      56(R12), X4
	VINSERTI128  $1, 56(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      40(R12)(R8*2), X3
	VINSERTI128  $1, 40(R12)(DX*1), Y3, Y3
	VMOVDQU      56(R12)(R8*2), X4
	VINSERTI128  $1, 56(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      20(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X6, X6
	MOVWLZX      22(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       32(BX), X8, X8
	VADDPS       X8, X6, X6
	VADDPS       X6, X2, X2
	ADDQ         $40, R11
	ADDQ         $72, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 4(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VMOVDQU      4(R12), X3
	VINSERTI128  $1, 4(R12)(R8*1), Y3, Y3
	VMOVDQU      20(R12), X4
	VINSERTI128  $1, 20(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      4(R12)(R8*2), X3
	VINSERTI128  $1, 4(R12)(DX*1), Y3, Y3
	VMOVDQU      20(R12)(R8*2), X4
	VINSERTI128  $1, 20(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	MOVWLZX      2(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       0(BX), X8, X8
	VADDPS       X8, X6, X6
	VADDPS       X6, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q5_1StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)
TEXT ·q5_1StreamsAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y12, Y12, Y12
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	MOVWLZX      2(R12), AX
	VBROADCASTSS (R10)(AX*4), X0
	VMOVUPS      X0, (BX)
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), X1
	VMOVUPS      X1, 16(BX)
	ADDQ         $36, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstLane+8(FP), R14
	SHLQ         $2, R14
	MOVQ         n+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         wLane+32(FP), R8

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	LEAQ         (R11)(R8*2), R9
	MOVQ         act+48(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R9)
	PREFETCHT0   512(R9)(R8*1)
	VBROADCASTI128 4(R12), Y3
	VBROADCASTI128 20(R12), Y4
	VMOVDQU      8(R11), X0
	VINSERTI128  $1, 8(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 4(R11), X9
	VPBROADCASTD 4(R11)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      8(R9), X6
	VINSERTI128  $1, 8(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPBROADCASTD 4(R9), X9
	VPBROADCASTD 4(R9)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y6, Y6
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	MOVWLZX      2(R11), AX
	VMOVSS       (R10)(AX*4), X9
	MOVWLZX      2(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X9, X9
	MOVWLZX      2(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X9, X9
	MOVWLZX      2(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X9, X9
	VMULPS       0(BX), X9, X9
	VADDPS       X9, X0, X0
	VADDPS       X0, X2, X2
	VBROADCASTI128 40(R12), Y3
	VBROADCASTI128 56(R12), Y4
	VMOVDQU      32(R11), X0
	VINSERTI128  $1, 32(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 28(R11), X9
	VPBROADCASTD 28(R11)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      32(R9), X6
	VINSERTI128  $1, 32(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPBROADCASTD 28(R9), X9
	VPBROADCASTD 28(R9)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y6, Y6
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      24(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      24(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      24(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      24(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X0, X0
	MOVWLZX      26(R11), AX
	VMOVSS       (R10)(AX*4), X9
	MOVWLZX      26(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X9, X9
	MOVWLZX      26(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X9, X9
	MOVWLZX      26(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X9, X9
	VMULPS       32(BX), X9, X9
	VADDPS       X9, X0, X0
	VADDPS       X0, X2, X2
	ADDQ         $48, R11
	ADDQ         $48, R9
	ADDQ         $72, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 4(R12), Y3
	VBROADCASTI128 20(R12), Y4
	VMOVDQU      8(R11), X0
	VINSERTI128  $1, 8(R11)(R8*1), Y0, Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 4(R11), X9
	VPBROADCASTD 4(R11)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y5, Y5
	VPMADDUBSW   Y3, Y0, Y0
	VPMADDUBSW   Y4, Y5, Y5
	VPADDW       Y5, Y0, Y0
	VMOVDQU      8(R9), X6
	VINSERTI128  $1, 8(R9)(R8*1), Y6, Y6
	VPSRLW       $4, Y6, Y7
	VPAND        Y15, Y6, Y6
	VPAND        Y15, Y7, Y7
	VPBROADCASTD 4(R9), X9
	VPBROADCASTD 4(R9)(R8*1), X10
	VINSERTI128  $1, X10, Y9, Y9
	VBROADCASTI128 q5shuf<>(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y6, Y6
	VBROADCASTI128 q5shuf<>+16(SB), Y10
	VPSHUFB      Y10, Y9, Y10
	VPOR         Y11, Y10, Y10
	VPCMPEQB     Y12, Y10, Y10
	VPAND        Y14, Y10, Y10
	VPOR         Y10, Y7, Y7
	VPMADDUBSW   Y3, Y6, Y6
	VPMADDUBSW   Y4, Y7, Y7
	VPADDW       Y7, Y6, Y6
	VPHADDW      Y6, Y0, Y0
	VPMADDWD     Y13, Y0, Y0
	VPHADDD      Y0, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPUNPCKLDQ   X1, X0, X0
	VCVTDQ2PS    X0, X0
	MOVWLZX      0(R11), AX
	VMOVSS       (R10)(AX*4), X8
	MOVWLZX      0(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X8, X8
	MOVWLZX      0(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X8, X8
	MOVWLZX      0(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X8, X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X0, X0
	MOVWLZX      2(R11), AX
	VMOVSS       (R10)(AX*4), X9
	MOVWLZX      2(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X9, X9
	MOVWLZX      2(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X9, X9
	MOVWLZX      2(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X9, X9
	VMULPS       0(BX), X9, X9
	VADDPS       X9, X0, X0
	VADDPS       X0, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+40(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// func q5_1TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·q5_1TokensAVX2(SB), 0, $32768-64
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y12, Y12, Y12
	MOVQ         ·f16tab(SB), R10
	MOVQ         act+40(FP), R12
	MOVQ         actStride+48(FP), R8
	LEAQ         (R8)(R8*2), DX
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13

sums:
	MOVWLZX      2(R12), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 0(BX)
	MOVWLZX      (R12), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 16(BX)
	MOVWLZX      2(R12)(R8*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 4(BX)
	MOVWLZX      (R12)(R8*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 20(BX)
	MOVWLZX      2(R12)(R8*2), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 8(BX)
	MOVWLZX      (R12)(R8*2), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 24(BX)
	MOVWLZX      2(R12)(DX*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 12(BX)
	MOVWLZX      (R12)(DX*1), AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, 28(BX)
	ADDQ         $36, R12
	ADDQ         $32, BX
	DECQ         R13
	JNZ          sums

	MOVQ         dst+0(FP), DI
	MOVQ         dstStride+8(FP), R14
	SHLQ         $2, R14
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI

pass:
	VXORPS       X2, X2, X2
	MOVQ         SI, R11
	MOVQ         act+40(FP), R12
	LEAQ         fr-32768(SP), BX
	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
	PREFETCHT0   512(R11)
	VBROADCASTI128 8(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 4(R11), X3
	VPBROADCASTD 4(R11), X4
	VINSERTI128  $1, X4, Y3, Y3
	VBROADCASTI128 q5shuf<>(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y5, Y5
	VMOVDQU      4(R12), X3
	VINSERTI128  $1, 4(R12)(R8*1), Y3, Y3
	VMOVDQU      20(R12), X4
	VINSERTI128  $1, 20(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      4(R12)(R8*2), X3
	VINSERTI128  $1, 4(R12)(DX*1), Y3, Y3
	VMOVDQU      20(R12)(R8*2), X4
	VINSERTI128  $1, 20(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	MOVWLZX      2(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       0(BX), X8, X8
	VADDPS       X8, X6, X6
	VADDPS       X6, X2, X2
	VBROADCASTI128 32(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 28(R11), X3
	VPBROADCASTD 28(R11), X4
	VINSERTI128  $1, X4, Y3, Y3
	VBROADCASTI128 q5shuf<>(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y5, Y5
	VMOVDQU      40(R12), X3
	VINSERTI128  $1, 40(R12)(R8*1), Y3, Y3
	VMOVDQU      56(R12), X4
	VINSERTI128  $1, 56(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      40(R12)(R8*2), X3
	VINSERTI128  $1, 40(R12)(DX*1), Y3, Y3
	VMOVDQU      56(R12)(R8*2), X4
	VINSERTI128  $1, 56(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      24(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       48(BX), X8, X8
	VMULPS       X8, X6, X6
	MOVWLZX      26(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       32(BX), X8, X8
	VADDPS       X8, X6, X6
	VADDPS       X6, X2, X2
	ADDQ         $48, R11
	ADDQ         $72, R12
	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	VBROADCASTI128 8(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
	VPBROADCASTD 4(R11), X3
	VPBROADCASTD 4(R11), X4
	VINSERTI128  $1, X4, Y3, Y3
	VBROADCASTI128 q5shuf<>(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y0, Y0
	VBROADCASTI128 q5shuf<>+16(SB), Y4
	VPSHUFB      Y4, Y3, Y4
	VPOR         Y11, Y4, Y4
	VPCMPEQB     Y12, Y4, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y5, Y5
	VMOVDQU      4(R12), X3
	VINSERTI128  $1, 4(R12)(R8*1), Y3, Y3
	VMOVDQU      20(R12), X4
	VINSERTI128  $1, 20(R12)(R8*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y6
	VPMADDUBSW   Y4, Y5, Y7
	VPADDW       Y7, Y6, Y6
	VMOVDQU      4(R12)(R8*2), X3
	VINSERTI128  $1, 4(R12)(DX*1), Y3, Y3
	VMOVDQU      20(R12)(R8*2), X4
	VINSERTI128  $1, 20(R12)(DX*1), Y4, Y4
	VPMADDUBSW   Y3, Y0, Y9
	VPMADDUBSW   Y4, Y5, Y10
	VPADDW       Y10, Y9, Y9
	VPHADDW      Y9, Y6, Y6
	VPMADDWD     Y13, Y6, Y6
	VPHADDD      Y6, Y6, Y6
	VEXTRACTI128 $1, Y6, X1
	VPUNPCKLDQ   X1, X6, X6
	VCVTDQ2PS    X6, X6
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       16(BX), X8, X8
	VMULPS       X8, X6, X6
	MOVWLZX      2(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       0(BX), X8, X8
	VADDPS       X8, X6, X6
	VADDPS       X6, X2, X2

store:
	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)(R14*1)
	VEXTRACTPS   $2, X2, (DI)(R14*2)
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VEXTRACTPS   $3, X2, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET

// Four-token kernels: for each row r and token k < 4,
//
//	dst[k·dstStride + r] = the one-token kernel's result for token k
//
// (bit for bit), the activation rows actStride bytes apart. The weight block
// is decoded once per pass and multiplied by the four tokens' blocks.
// Registers as above, plus R8 actStride, DX 3·actStride, Y0/Y6/Y7/Y8 the
// tokens' accumulators.

// func rows4Q8_0AVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q8_0AVX2(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x80808080, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
	VPXOR        Y10, Y10, Y10
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

check:
	VPCMPEQB     2(R12), Y9, Y3
	VPOR         Y3, Y10, Y10
	VPCMPEQB     2(R12)(R8*1), Y9, Y3
	VPOR         Y3, Y10, Y10
	VPCMPEQB     2(R12)(R8*2), Y9, Y3
	VPOR         Y3, Y10, Y10
	VPCMPEQB     2(R12)(DX*1), Y9, Y3
	VPOR         Y3, Y10, Y10
	ADDQ         $34, R12
	DECQ         R13
	JNZ          check
	VPTEST       Y10, Y10
	JNZ          xrow

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+56(FP), R13

blk:
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y5
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y5, Y4
	VPMADDWD     Y13, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y0
	VMOVDQU      2(R12)(R8*1), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y5, Y4
	VPMADDWD     Y13, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y6
	VMOVDQU      2(R12)(R8*2), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y5, Y4
	VPMADDWD     Y13, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y7
	VMOVDQU      2(R12)(DX*1), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y5, Y4
	VPMADDWD     Y13, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y8
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

xrow:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+56(FP), R13

xblk:
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VPMOVSXBW    2(R11), Y2
	VPMOVSXBW    18(R11), Y5
	VPMOVSXBW    2(R12), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y0
	VPMOVSXBW    2(R12)(R8*1), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12)(R8*1), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y6
	VPMOVSXBW    2(R12)(R8*2), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12)(R8*2), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y7
	VPMOVSXBW    2(R12)(DX*1), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12)(DX*1), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y8
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          xblk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          xrow
	VZEROUPPER
	RET

// func rows4Q8_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q8_0VNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x80808080, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
	VPXOR        Y10, Y10, Y10
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

check:
	VPCMPEQB     2(R12), Y9, Y3
	VPOR         Y3, Y10, Y10
	VPCMPEQB     2(R12)(R8*1), Y9, Y3
	VPOR         Y3, Y10, Y10
	VPCMPEQB     2(R12)(R8*2), Y9, Y3
	VPOR         Y3, Y10, Y10
	VPCMPEQB     2(R12)(DX*1), Y9, Y3
	VPOR         Y3, Y10, Y10
	ADDQ         $34, R12
	DECQ         R13
	JNZ          check
	VPTEST       Y10, Y10
	JNZ          xrow

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+56(FP), R13

blk:
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y5
	VMOVDQU      2(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPXOR        Y3, Y3, Y3
	VPDPBUSD     Y4, Y5, Y3
	VCVTDQ2PS    Y3, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y0
	VMOVDQU      2(R12)(R8*1), Y4
	VPSIGNB      Y2, Y4, Y4
	VPXOR        Y3, Y3, Y3
	VPDPBUSD     Y4, Y5, Y3
	VCVTDQ2PS    Y3, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y6
	VMOVDQU      2(R12)(R8*2), Y4
	VPSIGNB      Y2, Y4, Y4
	VPXOR        Y3, Y3, Y3
	VPDPBUSD     Y4, Y5, Y3
	VCVTDQ2PS    Y3, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y7
	VMOVDQU      2(R12)(DX*1), Y4
	VPSIGNB      Y2, Y4, Y4
	VPXOR        Y3, Y3, Y3
	VPDPBUSD     Y4, Y5, Y3
	VCVTDQ2PS    Y3, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y8
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

xrow:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+56(FP), R13

xblk:
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VPMOVSXBW    2(R11), Y2
	VPMOVSXBW    18(R11), Y5
	VPMOVSXBW    2(R12), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y0
	VPMOVSXBW    2(R12)(R8*1), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12)(R8*1), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y6
	VPMOVSXBW    2(R12)(R8*2), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12)(R8*2), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y7
	VPMOVSXBW    2(R12)(DX*1), Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    18(R12)(DX*1), Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y8
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         R13
	JNZ          xblk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          xrow
	VZEROUPPER
	RET

// func rows4Q4_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q4_0VNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x08080808, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+56(FP), R13
	SHRQ   $1, R13
	JZ     tail

pair:
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTI128 2(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	MOVWLZX      18(R11), AX
	VBROADCASTSS (R10)(AX*4), Y10
	VBROADCASTI128 20(R11), Y11
	VPSRLVD      nibshift<>(SB), Y11, Y11
	VPAND        Y15, Y11, Y11
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y0, Y0
	VMOVDQU      2(R12)(R8*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12)(R8*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y6, Y6
	VMOVDQU      2(R12)(R8*2), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12)(R8*2), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y7, Y7
	VMOVDQU      2(R12)(DX*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12)(DX*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y8, Y8
	ADDQ         $36, R11
	ADDQ         $68, R12
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTI128 2(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y0
	VMOVDQU      2(R12)(R8*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y6
	VMOVDQU      2(R12)(R8*2), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y7
	VMOVDQU      2(R12)(DX*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y8

store:
	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rows4Q5_0VNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q5_0VNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVL         $0x10101010, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+56(FP), R13
	SHRQ   $1, R13
	JZ     tail

pair:
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTI128 6(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        2(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	MOVWLZX      22(R11), AX
	VBROADCASTSS (R10)(AX*4), Y10
	VBROADCASTI128 28(R11), Y11
	VPSRLVD      nibshift<>(SB), Y11, Y11
	VPAND        Y15, Y11, Y11
	KMOVD        24(R11), K1
	VPADDB       Y9, Y11, K1, Y11
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y0, Y0
	VMOVDQU      2(R12)(R8*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12)(R8*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y6, Y6
	VMOVDQU      2(R12)(R8*2), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12)(R8*2), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y7, Y7
	VMOVDQU      2(R12)(DX*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VMULPS       Y4, Y3, Y12
	VMOVDQU      36(R12)(DX*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y11, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      34(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y10, Y3, Y3
	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, Y8, Y8
	ADDQ         $44, R11
	ADDQ         $68, R12
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
	MOVWLZX      0(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTI128 6(R11), Y2
	VPSRLVD      nibshift<>(SB), Y2, Y2
	VPAND        Y15, Y2, Y2
	KMOVD        2(R11), K1
	VPADDB       Y9, Y2, K1, Y2
	VMOVDQU      2(R12), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y0
	VMOVDQU      2(R12)(R8*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y6
	VMOVDQU      2(R12)(R8*2), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(R8*2), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y7
	VMOVDQU      2(R12)(DX*1), Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
	MOVWLZX      0(R12)(DX*1), BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  Y4, Y3, Y8

store:
	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VEXTRACTF128 $1, Y6, X1
	VADDPS       X1, X6, X6
	VPERMILPS    $0x4e, X6, X1
	VADDPS       X1, X6, X6
	VMOVSHDUP    X6, X1
	VADDSS       X1, X6, X6
	VEXTRACTF128 $1, Y7, X1
	VADDPS       X1, X7, X7
	VPERMILPS    $0x4e, X7, X1
	VADDPS       X1, X7, X7
	VMOVSHDUP    X7, X1
	VADDSS       X1, X7, X7
	VEXTRACTF128 $1, Y8, X1
	VADDPS       X1, X8, X8
	VPERMILPS    $0x4e, X8, X1
	VADDPS       X1, X8, X8
	VMOVSHDUP    X8, X1
	VADDSS       X1, X8, X8
	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET
