//go:build !purego

#include "textflag.h"

// Float weights × float32 activations, AVX2 + FMA (+ F16C for F16). For
// each row r < rows: dst[r] = Σ_{i<n} float32(W[r][i])·x[i], computed with
// four 8-lane accumulators over 32 values at a time, then 8 at a time into
// the first accumulator, a horizontal sum, and the last n%8 values added one
// by one (fused multiply-adds).
//
// Registers: DI dst, CX rows left, SI row start, R9 x, R11/R12 the current
// weight/activation pointers, R13 values left.

#define HSUM4ACC \
	VADDPS Y1, Y0, Y0; \
	VADDPS Y3, Y2, Y2; \
	VADDPS Y2, Y0, Y0; \
	VEXTRACTF128 $1, Y0, X1; \
	VADDPS X1, X0, X0; \
	VPERMILPS $0x4e, X0, X1; \
	VADDPS X1, X0, X0; \
	VMOVSHDUP X0, X1; \
	VADDSS X1, X0, X0

// func rowsF32AVX2(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)
TEXT ·rowsF32AVX2(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ x+32(FP), R9

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   n+40(FP), R13
	CMPQ   R13, $32
	JLT    tail8

loop32:
	VMOVUPS 0(R11), Y4
	VMOVUPS 32(R11), Y5
	VMOVUPS 64(R11), Y6
	VMOVUPS 96(R11), Y7
	VFMADD231PS (R12), Y4, Y0
	VFMADD231PS 32(R12), Y5, Y1
	VFMADD231PS 64(R12), Y6, Y2
	VFMADD231PS 96(R12), Y7, Y3
	ADDQ        $128, R11
	ADDQ        $128, R12
	SUBQ        $32, R13
	CMPQ        R13, $32
	JGE         loop32

tail8:
	CMPQ        R13, $8
	JLT         tail1
	VMOVUPS 0(R11), Y4
	VFMADD231PS (R12), Y4, Y0
	ADDQ        $32, R11
	ADDQ        $32, R12
	SUBQ        $8, R13
	JMP         tail8

tail1:
	HSUM4ACC
	TESTQ R13, R13
	JZ    store

loop1:
	VMOVSS (R11), X4
	VFMADD231SS (R12), X4, X0
	ADDQ        $4, R11
	ADDQ        $4, R12
	DECQ        R13
	JNZ         loop1

store:
	VMOVSS X0, (DI)
	ADDQ   $4, DI
	ADDQ   rowBytes+24(FP), SI
	DECQ   CX
	JNZ    row
	VZEROUPPER
	RET

// func rowsF16AVX2(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)
TEXT ·rowsF16AVX2(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ x+32(FP), R9

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   n+40(FP), R13
	CMPQ   R13, $32
	JLT    tail8

loop32:
	VCVTPH2PS 0(R11), Y4
	VCVTPH2PS 16(R11), Y5
	VCVTPH2PS 32(R11), Y6
	VCVTPH2PS 48(R11), Y7
	VFMADD231PS (R12), Y4, Y0
	VFMADD231PS 32(R12), Y5, Y1
	VFMADD231PS 64(R12), Y6, Y2
	VFMADD231PS 96(R12), Y7, Y3
	ADDQ        $64, R11
	ADDQ        $128, R12
	SUBQ        $32, R13
	CMPQ        R13, $32
	JGE         loop32

tail8:
	CMPQ        R13, $8
	JLT         tail1
	VCVTPH2PS 0(R11), Y4
	VFMADD231PS (R12), Y4, Y0
	ADDQ        $16, R11
	ADDQ        $32, R12
	SUBQ        $8, R13
	JMP         tail8

tail1:
	HSUM4ACC
	TESTQ R13, R13
	JZ    store

loop1:
	MOVWLZX (R11), AX
	VMOVD AX, X4
	VCVTPH2PS X4, X4
	VFMADD231SS (R12), X4, X0
	ADDQ        $2, R11
	ADDQ        $4, R12
	DECQ        R13
	JNZ         loop1

store:
	VMOVSS X0, (DI)
	ADDQ   $4, DI
	ADDQ   rowBytes+24(FP), SI
	DECQ   CX
	JNZ    row
	VZEROUPPER
	RET

// func rowsBF16AVX2(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)
TEXT ·rowsBF16AVX2(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ x+32(FP), R9

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   n+40(FP), R13
	CMPQ   R13, $32
	JLT    tail8

loop32:
	VPMOVZXWD 0(R11), Y4
	VPSLLD $16, Y4, Y4
	VPMOVZXWD 16(R11), Y5
	VPSLLD $16, Y5, Y5
	VPMOVZXWD 32(R11), Y6
	VPSLLD $16, Y6, Y6
	VPMOVZXWD 48(R11), Y7
	VPSLLD $16, Y7, Y7
	VFMADD231PS (R12), Y4, Y0
	VFMADD231PS 32(R12), Y5, Y1
	VFMADD231PS 64(R12), Y6, Y2
	VFMADD231PS 96(R12), Y7, Y3
	ADDQ        $64, R11
	ADDQ        $128, R12
	SUBQ        $32, R13
	CMPQ        R13, $32
	JGE         loop32

tail8:
	CMPQ        R13, $8
	JLT         tail1
	VPMOVZXWD 0(R11), Y4
	VPSLLD $16, Y4, Y4
	VFMADD231PS (R12), Y4, Y0
	ADDQ        $16, R11
	ADDQ        $32, R12
	SUBQ        $8, R13
	JMP         tail8

tail1:
	HSUM4ACC
	TESTQ R13, R13
	JZ    store

loop1:
	MOVWLZX (R11), AX
	SHLL $16, AX
	VMOVD AX, X4
	VFMADD231SS (R12), X4, X0
	ADDQ        $2, R11
	ADDQ        $4, R12
	DECQ        R13
	JNZ         loop1

store:
	VMOVSS X0, (DI)
	ADDQ   $4, DI
	ADDQ   rowBytes+24(FP), SI
	DECQ   CX
	JNZ    row
	VZEROUPPER
	RET
