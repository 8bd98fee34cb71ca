//go:build !purego

#include "textflag.h"

// The K formats × Q8_K, AVX2 + FMA + F16C. Each kernel computes, for every
// row r < rows, the loop of its reference in ref_k.go:
//
//	sumf = Σ_superblocks (d_x·y.d)·isum − (dmin_x·y.d)·msum
//
// isum = Σ_s sc[s]·Σ q·qy is formed exactly: the unsigned level (Q6_K: 0..63,
// Q3_K: 0..7, Q5_K: 0..31, Q4_K: 0..15, Q2_K: 0..3) times the signed
// activation with VPMADDUBSW (int16 pair sums of at most 2·63·128, no
// saturation), then VPMADDWD with the sub-block scale broadcast to each
// lane's words; the level offset of Q6_K (32) and Q3_K (4) is taken off
// once per super-block as offset·Σ_s sc[s]·y.bsums[s] (the activation's
// 16-value sums; VPMADDWD). msum =
// Σ m·bsums uses the activation's 16-value sums (VPMADDWD; Q4_K and Q5_K:
// lane j holds sub-block j's min term). The 8 int32 lanes
// of isum are converted to float32 and multiplied into an 8-lane accumulator
// by d_x·y.d, then msum's lanes (converted) times dmin_x·y.d are subtracted
// from it (VFNMADD231PS), super-block after super-block.
// Only the order of the float32 additions differs from the reference.
//
// Q4_K and Q5_K keep each sub-block scale in the frame as a dword holding it
// twice, so that VPBROADCASTD (a plain load) spreads it over the words.
//
// Registers: DI dst, CX rows left, SI row start, R9 act, R11/R12 block
// pointers, R13 super-blocks left; Y0 accumulator, Y12 min accumulator, Y9
// isum; constants in Y11, Y13-Y15.

// kshuf<>+16·i selects, from 16 scale bytes, scale 2i into bytes 0-7 and
// scale 2i+1 into bytes 8-15: after sign or zero extension to words, the low
// 128-bit lane of a 32-value chunk gets one sub-block's scale and the high
// lane the next one's.
DATA kshuf<>+0(SB)/8, $0x0000000000000000
DATA kshuf<>+8(SB)/8, $0x0101010101010101
DATA kshuf<>+16(SB)/8, $0x0202020202020202
DATA kshuf<>+24(SB)/8, $0x0303030303030303
DATA kshuf<>+32(SB)/8, $0x0404040404040404
DATA kshuf<>+40(SB)/8, $0x0505050505050505
DATA kshuf<>+48(SB)/8, $0x0606060606060606
DATA kshuf<>+56(SB)/8, $0x0707070707070707
DATA kshuf<>+64(SB)/8, $0x0808080808080808
DATA kshuf<>+72(SB)/8, $0x0909090909090909
DATA kshuf<>+80(SB)/8, $0x0a0a0a0a0a0a0a0a
DATA kshuf<>+88(SB)/8, $0x0b0b0b0b0b0b0b0b
DATA kshuf<>+96(SB)/8, $0x0c0c0c0c0c0c0c0c
DATA kshuf<>+104(SB)/8, $0x0d0d0d0d0d0d0d0d
DATA kshuf<>+112(SB)/8, $0x0e0e0e0e0e0e0e0e
DATA kshuf<>+120(SB)/8, $0x0f0f0f0f0f0f0f0f
GLOBL kshuf<>(SB), RODATA|NOPTR, $128

// kevod<> orders 16 sub-block scale bytes evens first (scale 2i at byte i,
// scale 2i+1 at byte 8+i), so that after one VPMOVSXBW (or VPMOVZXBW) per
// super-block the low 128-bit lane holds the even scales as words and the
// high lane the odd ones; kwbc<>+32·i (VPSHUFB, within each lane) then copies
// word i of each lane over its lane: scale 2i over the low lane of a 32-value
// chunk and 2i+1 over the high one, the words kshuf<>+16·i and a widening of
// its own give. The Q2_K, Q3_K and Q6_K kernels widen once this way instead
// of once per chunk (see q6k_body).
DATA kevod<>+0(SB)/8, $0x0e0c0a0806040200
DATA kevod<>+8(SB)/8, $0x0f0d0b0907050301
GLOBL kevod<>(SB), RODATA|NOPTR, $16
DATA kwbc<>+0(SB)/8, $0x0100010001000100
DATA kwbc<>+8(SB)/8, $0x0100010001000100
DATA kwbc<>+16(SB)/8, $0x0100010001000100
DATA kwbc<>+24(SB)/8, $0x0100010001000100
DATA kwbc<>+32(SB)/8, $0x0302030203020302
DATA kwbc<>+40(SB)/8, $0x0302030203020302
DATA kwbc<>+48(SB)/8, $0x0302030203020302
DATA kwbc<>+56(SB)/8, $0x0302030203020302
DATA kwbc<>+64(SB)/8, $0x0504050405040504
DATA kwbc<>+72(SB)/8, $0x0504050405040504
DATA kwbc<>+80(SB)/8, $0x0504050405040504
DATA kwbc<>+88(SB)/8, $0x0504050405040504
DATA kwbc<>+96(SB)/8, $0x0706070607060706
DATA kwbc<>+104(SB)/8, $0x0706070607060706
DATA kwbc<>+112(SB)/8, $0x0706070607060706
DATA kwbc<>+120(SB)/8, $0x0706070607060706
DATA kwbc<>+128(SB)/8, $0x0908090809080908
DATA kwbc<>+136(SB)/8, $0x0908090809080908
DATA kwbc<>+144(SB)/8, $0x0908090809080908
DATA kwbc<>+152(SB)/8, $0x0908090809080908
DATA kwbc<>+160(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kwbc<>+168(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kwbc<>+176(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kwbc<>+184(SB)/8, $0x0b0a0b0a0b0a0b0a
DATA kwbc<>+192(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kwbc<>+200(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kwbc<>+208(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kwbc<>+216(SB)/8, $0x0d0c0d0c0d0c0d0c
DATA kwbc<>+224(SB)/8, $0x0f0e0f0e0f0e0f0e
DATA kwbc<>+232(SB)/8, $0x0f0e0f0e0f0e0f0e
DATA kwbc<>+240(SB)/8, $0x0f0e0f0e0f0e0f0e
DATA kwbc<>+248(SB)/8, $0x0f0e0f0e0f0e0f0e
GLOBL kwbc<>(SB), RODATA|NOPTR, $256

// func rowsQ4_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_KAVX2(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	MOVL         4(R11), AX
	MOVL         12(R11), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      48(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	ADDQ         $144, R11
	ADDQ         $292, R12
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

// func rowsQ5_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_KAVX2(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	MOVL         4(R11), AX
	MOVL         12(R11), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11), Y10
	VMOVDQU      48(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $4, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VMOVDQA      Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      144(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	ADDQ         $176, R11
	ADDQ         $292, R12
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

// func rowsQ6_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ6_KAVX2(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x30303030, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVL         $0x20202020, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	PREFETCHT0   2240(R11)
	MOVWLZX      208(R11), AX
	VMOVD        AX, X1
	VCVTPH2PS    X1, X1
	VMULSS       (R12), X1, X1
	VBROADCASTSS X1, Y1
	VMOVDQU      192(R11), X7
	VPSHUFB      kevod<>(SB), X7, X7
	VPMOVSXBW    X7, Y7
	VPXOR        Y9, Y9, Y9
	VMOVDQU      0(R11), Y2
	VMOVDQU      32(R11), Y3
	VMOVDQU      128(R11), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   4(R12), Y5, Y5
	VPSHUFB      kwbc<>+0(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   36(R12), Y8, Y8
	VPSHUFB      kwbc<>+32(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   68(R12), Y2, Y2
	VPSHUFB      kwbc<>+64(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   100(R12), Y3, Y3
	VPSHUFB      kwbc<>+96(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VMOVDQU      64(R11), Y2
	VMOVDQU      96(R11), Y3
	VMOVDQU      160(R11), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   132(R12), Y5, Y5
	VPSHUFB      kwbc<>+128(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   164(R12), Y8, Y8
	VPSHUFB      kwbc<>+160(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   196(R12), Y2, Y2
	VPSHUFB      kwbc<>+192(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   228(R12), Y3, Y3
	VPSHUFB      kwbc<>+224(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPMOVSXBW    192(R11), Y11
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
	ADDQ         $210, R11
	ADDQ         $292, R12
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

// func rowsQ2_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ2_KAVX2(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x03030303, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	VMOVD        80(R11), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VBROADCASTSS X1, Y1
	VMOVDQU      (R11), X7
	VPSRLW       $4, X7, X8
	VPAND        X15, X8, X8
	VPAND        X15, X7, X7
	VPSHUFB      kevod<>(SB), X7, X7
	VPMOVZXBW    X7, Y7
	VPMOVZXBW    X8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11), Y2
	VPAND        Y14, Y2, Y3
	VPMADDUBSW   4(R12), Y3, Y3
	VPSHUFB      kwbc<>+0(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $2, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPMADDUBSW   36(R12), Y3, Y3
	VPSHUFB      kwbc<>+32(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $4, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPMADDUBSW   68(R12), Y3, Y3
	VPSHUFB      kwbc<>+64(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $6, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPMADDUBSW   100(R12), Y3, Y3
	VPSHUFB      kwbc<>+96(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VMOVDQU      48(R11), Y2
	VPAND        Y14, Y2, Y3
	VPMADDUBSW   132(R12), Y3, Y3
	VPSHUFB      kwbc<>+128(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $2, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPMADDUBSW   164(R12), Y3, Y3
	VPSHUFB      kwbc<>+160(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $4, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPMADDUBSW   196(R12), Y3, Y3
	VPSHUFB      kwbc<>+192(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $6, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPMADDUBSW   228(R12), Y3, Y3
	VPSHUFB      kwbc<>+224(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
	VFNMADD231PS Y8, Y6, Y0
	ADDQ         $84, R11
	ADDQ         $292, R12
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

// func rowsQ3_KAVX2(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ3_KAVX2(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x03030303, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	MOVL         $0x04040404, AX
	VMOVD        AX, X11
	VPBROADCASTD X11, Y11
	MOVL         $0x20202020, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	MOVWLZX      108(R11), AX
	VMOVD        AX, X1
	VCVTPH2PS    X1, X1
	VMULSS       (R12), X1, X1
	VBROADCASTSS X1, Y1
	MOVL         104(R11), DX
	MOVL         96(R11), AX
	MOVL         AX, BX
	SHRL         $4, BX
	ANDL         $0x0f0f0f0f, BX
	ANDL         $0x0f0f0f0f, AX
	MOVL         DX, R8
	ANDL         $0x03030303, R8
	SHLL         $4, R8
	ORL          R8, AX
	MOVL         DX, R8
	SHRL         $4, R8
	ANDL         $0x03030303, R8
	SHLL         $4, R8
	ORL          R8, BX
	VMOVD        AX, X7
	VPINSRD      $2, BX, X7, X7
	MOVL         100(R11), AX
	MOVL         AX, BX
	SHRL         $4, BX
	ANDL         $0x0f0f0f0f, BX
	ANDL         $0x0f0f0f0f, AX
	MOVL         DX, R8
	SHRL         $2, R8
	ANDL         $0x03030303, R8
	SHLL         $4, R8
	ORL          R8, AX
	SHRL         $6, DX
	ANDL         $0x03030303, DX
	SHLL         $4, DX
	ORL          DX, BX
	VPINSRD      $1, AX, X7, X7
	VPINSRD      $3, BX, X7, X7
	VPSUBB       X13, X7, X7
	VPSHUFB      kevod<>(SB), X7, X5
	VPMOVSXBW    X5, Y5
	VMOVDQU      (R11), Y10
	VPXOR        Y9, Y9, Y9
	VMOVDQU      32(R11), Y2
	VPAND        Y14, Y2, Y3
	VPSLLW       $2, Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   4(R12), Y3, Y3
	VPSHUFB      kwbc<>+0(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $2, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPSLLW       $1, Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   36(R12), Y3, Y3
	VPSHUFB      kwbc<>+32(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $4, Y2, Y3
	VPAND        Y14, Y3, Y3
	VMOVDQA      Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   68(R12), Y3, Y3
	VPSHUFB      kwbc<>+64(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $6, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPSRLW       $1, Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   100(R12), Y3, Y3
	VPSHUFB      kwbc<>+96(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VMOVDQU      64(R11), Y2
	VPAND        Y14, Y2, Y3
	VPSRLW       $2, Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   132(R12), Y3, Y3
	VPSHUFB      kwbc<>+128(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $2, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPSRLW       $3, Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   164(R12), Y3, Y3
	VPSHUFB      kwbc<>+160(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $4, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPSRLW       $4, Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   196(R12), Y3, Y3
	VPSHUFB      kwbc<>+192(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPSRLW       $6, Y2, Y3
	VPAND        Y14, Y3, Y3
	VPSRLW       $5, Y10, Y4
	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   228(R12), Y3, Y3
	VPSHUFB      kwbc<>+224(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPMOVSXBW    X7, Y4
	VPMADDWD     260(R12), Y4, Y4
	VPSLLD       $2, Y4, Y4
	VPSUBD       Y4, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
	ADDQ         $110, R11
	ADDQ         $292, R12
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

// Four-token kernels: for each row r and token k < 4, dst[k·dstStride + r]
// is the one-token kernel's result for token k, bit for bit; the weights
// are decoded once per pass. Y0-Y3 accumulate the tokens' sums, Y4-Y7 their
// integer super-block sums; R8 is actStride, DX 3·actStride.

// func rows4Q4_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q4_KAVX2(SB), NOSPLIT, $64-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
	MOVL         4(R11), AX
	MOVL         AX, BX
	ANDL         $0x3f3f3f3f, AX
	SHRL         $6, BX
	ANDL         $0x03030303, BX
	SHLL         $4, BX
	MOVL         12(R11), R10
	ANDL         $0x0f0f0f0f, R10
	ORL          R10, BX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X13
	MOVL         8(R11), AX
	MOVL         AX, BX
	ANDL         $0x3f3f3f3f, AX
	SHRL         $6, BX
	ANDL         $0x03030303, BX
	SHLL         $4, BX
	MOVL         12(R11), R10
	SHRL         $4, R10
	ANDL         $0x0f0f0f0f, R10
	ORL          R10, BX
	SHLQ         $32, BX
	ORQ          BX, AX
	VPINSRQ      $1, AX, X13, X13
	VPMOVZXBW    X13, Y13
	VPUNPCKLWD   X13, X13, X12
	VMOVDQU      X12, (SP)
	VPUNPCKHWD   X13, X13, X12
	VMOVDQU      X12, 16(SP)
	VEXTRACTI128 $1, Y13, X12
	VPUNPCKHWD   X12, X12, X11
	VPUNPCKLWD   X12, X12, X12
	VINSERTI128  $1, X11, Y12, Y12
	VMOVDQU      Y12, 32(SP)
	VMOVD        (R11), X14
	VCVTPH2PS    X14, X14
	VMOVDQU      16(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VPBROADCASTD 0(SP), Y10
	VPBROADCASTD 4(SP), Y11
	VPMADDUBSW   4(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   36(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   4(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   36(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   4(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   36(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   4(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   36(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VMOVDQU      48(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VPBROADCASTD 8(SP), Y10
	VPBROADCASTD 12(SP), Y11
	VPMADDUBSW   68(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   100(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   68(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   100(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   68(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   100(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   68(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   100(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VMOVDQU      80(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VPBROADCASTD 16(SP), Y10
	VPBROADCASTD 20(SP), Y11
	VPMADDUBSW   132(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   164(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   132(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   164(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   132(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   164(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   132(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   164(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VMOVDQU      112(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VPBROADCASTD 24(SP), Y10
	VPBROADCASTD 28(SP), Y11
	VPMADDUBSW   196(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   228(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   196(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   228(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   196(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   228(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   196(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   228(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VBROADCASTSS 0(R12), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y13, Y0
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y0
	VPXOR        Y4, Y4, Y4
	VBROADCASTSS 0(R12)(R8*1), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y5, Y5
	VFMADD231PS  Y5, Y13, Y1
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12)(R8*1), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y1
	VPXOR        Y5, Y5, Y5
	VBROADCASTSS 0(R12)(R8*2), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y6, Y6
	VFMADD231PS  Y6, Y13, Y2
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12)(R8*2), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y2
	VPXOR        Y6, Y6, Y6
	VBROADCASTSS 0(R12)(DX*1), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y7, Y7
	VFMADD231PS  Y7, Y13, Y3
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12)(DX*1), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y3
	VPXOR        Y7, Y7, Y7
	ADDQ         $144, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

DATA k5bit<>+0(SB)/8, $0x1010101010101010
DATA k5bit<>+8(SB)/8, $0x1010101010101010
DATA k5bit<>+16(SB)/8, $0x1010101010101010
DATA k5bit<>+24(SB)/8, $0x1010101010101010
GLOBL k5bit<>(SB), RODATA|NOPTR, $32

// func rows4Q5_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q5_KAVX2(SB), NOSPLIT, $64-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
	MOVL         4(R11), AX
	MOVL         AX, BX
	ANDL         $0x3f3f3f3f, AX
	SHRL         $6, BX
	ANDL         $0x03030303, BX
	SHLL         $4, BX
	MOVL         12(R11), R10
	ANDL         $0x0f0f0f0f, R10
	ORL          R10, BX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X13
	MOVL         8(R11), AX
	MOVL         AX, BX
	ANDL         $0x3f3f3f3f, AX
	SHRL         $6, BX
	ANDL         $0x03030303, BX
	SHLL         $4, BX
	MOVL         12(R11), R10
	SHRL         $4, R10
	ANDL         $0x0f0f0f0f, R10
	ORL          R10, BX
	SHLQ         $32, BX
	ORQ          BX, AX
	VPINSRQ      $1, AX, X13, X13
	VPMOVZXBW    X13, Y13
	VPUNPCKLWD   X13, X13, X12
	VMOVDQU      X12, (SP)
	VPUNPCKHWD   X13, X13, X12
	VMOVDQU      X12, 16(SP)
	VEXTRACTI128 $1, Y13, X12
	VPUNPCKHWD   X12, X12, X11
	VPUNPCKLWD   X12, X12, X12
	VINSERTI128  $1, X11, Y12, Y12
	VMOVDQU      Y12, 32(SP)
	VMOVD        (R11), X14
	VCVTPH2PS    X14, X14
	VMOVDQU      48(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VMOVDQU      16(R11), Y12
	VPSLLW       $4, Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y8, Y8
	VPSLLW       $3, Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y9, Y9
	VPBROADCASTD 0(SP), Y10
	VPBROADCASTD 4(SP), Y11
	VPMADDUBSW   4(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   36(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   4(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   36(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   4(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   36(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   4(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   36(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VMOVDQU      80(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VMOVDQU      16(R11), Y12
	VPSLLW       $2, Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y8, Y8
	VPSLLW       $1, Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y9, Y9
	VPBROADCASTD 8(SP), Y10
	VPBROADCASTD 12(SP), Y11
	VPMADDUBSW   68(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   100(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   68(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   100(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   68(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   100(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   68(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   100(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VMOVDQU      112(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VMOVDQU      16(R11), Y12
	VMOVDQA      Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y8, Y8
	VPSRLW       $1, Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y9, Y9
	VPBROADCASTD 16(SP), Y10
	VPBROADCASTD 20(SP), Y11
	VPMADDUBSW   132(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   164(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   132(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   164(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   132(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   164(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   132(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   164(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VMOVDQU      144(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VMOVDQU      16(R11), Y12
	VPSRLW       $2, Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y8, Y8
	VPSRLW       $3, Y12, Y13
	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y9, Y9
	VPBROADCASTD 24(SP), Y10
	VPBROADCASTD 28(SP), Y11
	VPMADDUBSW   196(R12), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   228(R12), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   196(R12)(R8*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   228(R12)(R8*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   196(R12)(R8*2), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   228(R12)(R8*2), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   196(R12)(DX*1), Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPMADDUBSW   228(R12)(DX*1), Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VBROADCASTSS 0(R12), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y13, Y0
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y0
	VPXOR        Y4, Y4, Y4
	VBROADCASTSS 0(R12)(R8*1), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y5, Y5
	VFMADD231PS  Y5, Y13, Y1
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12)(R8*1), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y1
	VPXOR        Y5, Y5, Y5
	VBROADCASTSS 0(R12)(R8*2), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y6, Y6
	VFMADD231PS  Y6, Y13, Y2
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12)(R8*2), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y2
	VPXOR        Y6, Y6, Y6
	VBROADCASTSS 0(R12)(DX*1), X12
	VMULPS       X12, X14, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    Y7, Y7
	VFMADD231PS  Y7, Y13, Y3
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
	VMOVDQU      32(SP), Y12
	VPMADDWD     260(R12)(DX*1), Y12, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, Y3
	VPXOR        Y7, Y7, Y7
	ADDQ         $176, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rows4Q6_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q6_KAVX2(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x30303030, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
	VMOVDQU      0(R11), Y8
	VMOVDQU      32(R11), Y9
	VMOVDQU      128(R11), Y10
	VPAND        Y15, Y8, Y11
	VPSLLW       $4, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+0(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   4(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   4(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   4(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   4(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VPAND        Y15, Y9, Y11
	VPSLLW       $2, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+16(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   36(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   36(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   36(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   36(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VPSRLW       $4, Y8, Y11
	VPAND        Y15, Y11, Y11
	VPAND        Y14, Y10, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+32(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   68(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   68(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   68(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   68(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VPSRLW       $4, Y9, Y11
	VPAND        Y15, Y11, Y11
	VPSRLW       $2, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+48(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   100(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   100(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   100(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   100(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VMOVDQU      64(R11), Y8
	VMOVDQU      96(R11), Y9
	VMOVDQU      160(R11), Y10
	VPAND        Y15, Y8, Y11
	VPSLLW       $4, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+64(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   132(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   132(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   132(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   132(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VPAND        Y15, Y9, Y11
	VPSLLW       $2, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+80(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   164(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   164(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   164(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   164(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VPSRLW       $4, Y8, Y11
	VPAND        Y15, Y11, Y11
	VPAND        Y14, Y10, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+96(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   196(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   196(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   196(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   196(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VPSRLW       $4, Y9, Y11
	VPAND        Y15, Y11, Y11
	VPSRLW       $2, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+112(SB), X12, X12
	VPMOVSXBW    X12, Y12
	VPMADDUBSW   228(R12), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y4, Y4
	VPMADDUBSW   228(R12)(R8*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y5, Y5
	VPMADDUBSW   228(R12)(R8*2), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y6, Y6
	VPMADDUBSW   228(R12)(DX*1), Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, Y7, Y7
	VPMOVSXBW    192(R11), Y12
	MOVWLZX      208(R11), AX
	VMOVD        AX, X11
	VCVTPH2PS    X11, X11
	VPMADDWD     260(R12), Y12, Y13
	VPSLLD       $5, Y13, Y13
	VPSUBD       Y13, Y4, Y4
	VMULSS       0(R12), X11, X13
	VBROADCASTSS X13, Y13
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y13, Y0
	VPXOR        Y4, Y4, Y4
	VPMADDWD     260(R12)(R8*1), Y12, Y13
	VPSLLD       $5, Y13, Y13
	VPSUBD       Y13, Y5, Y5
	VMULSS       0(R12)(R8*1), X11, X13
	VBROADCASTSS X13, Y13
	VCVTDQ2PS    Y5, Y5
	VFMADD231PS  Y5, Y13, Y1
	VPXOR        Y5, Y5, Y5
	VPMADDWD     260(R12)(R8*2), Y12, Y13
	VPSLLD       $5, Y13, Y13
	VPSUBD       Y13, Y6, Y6
	VMULSS       0(R12)(R8*2), X11, X13
	VBROADCASTSS X13, Y13
	VCVTDQ2PS    Y6, Y6
	VFMADD231PS  Y6, Y13, Y2
	VPXOR        Y6, Y6, Y6
	VPMADDWD     260(R12)(DX*1), Y12, Y13
	VPSLLD       $5, Y13, Y13
	VPSUBD       Y13, Y7, Y7
	VMULSS       0(R12)(DX*1), X11, X13
	VBROADCASTSS X13, Y13
	VCVTDQ2PS    Y7, Y7
	VFMADD231PS  Y7, Y13, Y3
	VPXOR        Y7, Y7, Y7
	ADDQ         $210, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rows4Q2_KAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q2_KAVX2(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x03030303, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
	VMOVDQU      (R11), X8
	VPAND        X15, X8, X8
	VPSHUFB      kevod<>(SB), X8, X8
	VPMOVZXBW    X8, Y8
	VMOVDQU      16(R11), Y9
	VPAND        Y14, Y9, Y10
	VPSHUFB      kwbc<>+0(SB), Y8, Y11
	VPMADDUBSW   4(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   4(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   4(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   4(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPSRLW       $2, Y9, Y10
	VPAND        Y14, Y10, Y10
	VPSHUFB      kwbc<>+32(SB), Y8, Y11
	VPMADDUBSW   36(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   36(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   36(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   36(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPSRLW       $4, Y9, Y10
	VPAND        Y14, Y10, Y10
	VPSHUFB      kwbc<>+64(SB), Y8, Y11
	VPMADDUBSW   68(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   68(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   68(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   68(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPSRLW       $6, Y9, Y10
	VPAND        Y14, Y10, Y10
	VPSHUFB      kwbc<>+96(SB), Y8, Y11
	VPMADDUBSW   100(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   100(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   100(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   100(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VMOVDQU      48(R11), Y9
	VPAND        Y14, Y9, Y10
	VPSHUFB      kwbc<>+128(SB), Y8, Y11
	VPMADDUBSW   132(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   132(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   132(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   132(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPSRLW       $2, Y9, Y10
	VPAND        Y14, Y10, Y10
	VPSHUFB      kwbc<>+160(SB), Y8, Y11
	VPMADDUBSW   164(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   164(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   164(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   164(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPSRLW       $4, Y9, Y10
	VPAND        Y14, Y10, Y10
	VPSHUFB      kwbc<>+192(SB), Y8, Y11
	VPMADDUBSW   196(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   196(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   196(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   196(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VPSRLW       $6, Y9, Y10
	VPAND        Y14, Y10, Y10
	VPSHUFB      kwbc<>+224(SB), Y8, Y11
	VPMADDUBSW   228(R12), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y4, Y4
	VPMADDUBSW   228(R12)(R8*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y5, Y5
	VPMADDUBSW   228(R12)(R8*2), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y6, Y6
	VPMADDUBSW   228(R12)(DX*1), Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, Y7, Y7
	VMOVDQU      (R11), X8
	VPSRLW       $4, X8, X8
	VPAND        X15, X8, X8
	VPMOVZXBW    X8, Y8
	VMOVD        80(R11), X9
	VCVTPH2PS    X9, X9
	VBROADCASTSS 0(R12), X11
	VMULPS       X11, X9, X10
	VMOVSHDUP    X10, X11
	VBROADCASTSS X11, Y11
	VBROADCASTSS X10, Y10
	VPMADDWD     260(R12), Y8, Y12
	VCVTDQ2PS    Y12, Y12
	VCVTDQ2PS    Y4, Y4
	VFMADD231PS  Y4, Y10, Y0
	VFNMADD231PS Y12, Y11, Y0
	VPXOR        Y4, Y4, Y4
	VBROADCASTSS 0(R12)(R8*1), X11
	VMULPS       X11, X9, X10
	VMOVSHDUP    X10, X11
	VBROADCASTSS X11, Y11
	VBROADCASTSS X10, Y10
	VPMADDWD     260(R12)(R8*1), Y8, Y12
	VCVTDQ2PS    Y12, Y12
	VCVTDQ2PS    Y5, Y5
	VFMADD231PS  Y5, Y10, Y1
	VFNMADD231PS Y12, Y11, Y1
	VPXOR        Y5, Y5, Y5
	VBROADCASTSS 0(R12)(R8*2), X11
	VMULPS       X11, X9, X10
	VMOVSHDUP    X10, X11
	VBROADCASTSS X11, Y11
	VBROADCASTSS X10, Y10
	VPMADDWD     260(R12)(R8*2), Y8, Y12
	VCVTDQ2PS    Y12, Y12
	VCVTDQ2PS    Y6, Y6
	VFMADD231PS  Y6, Y10, Y2
	VFNMADD231PS Y12, Y11, Y2
	VPXOR        Y6, Y6, Y6
	VBROADCASTSS 0(R12)(DX*1), X11
	VMULPS       X11, X9, X10
	VMOVSHDUP    X10, X11
	VBROADCASTSS X11, Y11
	VBROADCASTSS X10, Y10
	VPMADDWD     260(R12)(DX*1), Y8, Y12
	VCVTDQ2PS    Y12, Y12
	VCVTDQ2PS    Y7, Y7
	VFMADD231PS  Y7, Y10, Y3
	VFNMADD231PS Y12, Y11, Y3
	VPXOR        Y7, Y7, Y7
	ADDQ         $84, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// AVX-512 kernels (zmm, VPDPWSSD): see the AVX2 kernels above for the loops
// they compute; each lane's integer sum is the AVX2 kernel's, so are the
// float32 operations, and the results are equal bit for bit.

// kperm4<>+64g: VPERMW indices that spread Q4_K scale 2g (words 0-15) and
// 2g+1 (words 16-31) from a vector of the 8 scales as words.
DATA kperm4<>+0(SB)/8, $0x0000000000000000
DATA kperm4<>+8(SB)/8, $0x0000000000000000
DATA kperm4<>+16(SB)/8, $0x0000000000000000
DATA kperm4<>+24(SB)/8, $0x0000000000000000
DATA kperm4<>+32(SB)/8, $0x0001000100010001
DATA kperm4<>+40(SB)/8, $0x0001000100010001
DATA kperm4<>+48(SB)/8, $0x0001000100010001
DATA kperm4<>+56(SB)/8, $0x0001000100010001
DATA kperm4<>+64(SB)/8, $0x0002000200020002
DATA kperm4<>+72(SB)/8, $0x0002000200020002
DATA kperm4<>+80(SB)/8, $0x0002000200020002
DATA kperm4<>+88(SB)/8, $0x0002000200020002
DATA kperm4<>+96(SB)/8, $0x0003000300030003
DATA kperm4<>+104(SB)/8, $0x0003000300030003
DATA kperm4<>+112(SB)/8, $0x0003000300030003
DATA kperm4<>+120(SB)/8, $0x0003000300030003
DATA kperm4<>+128(SB)/8, $0x0004000400040004
DATA kperm4<>+136(SB)/8, $0x0004000400040004
DATA kperm4<>+144(SB)/8, $0x0004000400040004
DATA kperm4<>+152(SB)/8, $0x0004000400040004
DATA kperm4<>+160(SB)/8, $0x0005000500050005
DATA kperm4<>+168(SB)/8, $0x0005000500050005
DATA kperm4<>+176(SB)/8, $0x0005000500050005
DATA kperm4<>+184(SB)/8, $0x0005000500050005
DATA kperm4<>+192(SB)/8, $0x0006000600060006
DATA kperm4<>+200(SB)/8, $0x0006000600060006
DATA kperm4<>+208(SB)/8, $0x0006000600060006
DATA kperm4<>+216(SB)/8, $0x0006000600060006
DATA kperm4<>+224(SB)/8, $0x0007000700070007
DATA kperm4<>+232(SB)/8, $0x0007000700070007
DATA kperm4<>+240(SB)/8, $0x0007000700070007
DATA kperm4<>+248(SB)/8, $0x0007000700070007
GLOBL kperm4<>(SB), RODATA|NOPTR, $256

// kperm6<>+64m: VPERMW indices that put Q6_K scale 4m+L in the words of
// 128-bit lane L, from a vector of the 16 scales as words.
DATA kperm6<>+0(SB)/8, $0x0000000000000000
DATA kperm6<>+8(SB)/8, $0x0000000000000000
DATA kperm6<>+16(SB)/8, $0x0001000100010001
DATA kperm6<>+24(SB)/8, $0x0001000100010001
DATA kperm6<>+32(SB)/8, $0x0002000200020002
DATA kperm6<>+40(SB)/8, $0x0002000200020002
DATA kperm6<>+48(SB)/8, $0x0003000300030003
DATA kperm6<>+56(SB)/8, $0x0003000300030003
DATA kperm6<>+64(SB)/8, $0x0004000400040004
DATA kperm6<>+72(SB)/8, $0x0004000400040004
DATA kperm6<>+80(SB)/8, $0x0005000500050005
DATA kperm6<>+88(SB)/8, $0x0005000500050005
DATA kperm6<>+96(SB)/8, $0x0006000600060006
DATA kperm6<>+104(SB)/8, $0x0006000600060006
DATA kperm6<>+112(SB)/8, $0x0007000700070007
DATA kperm6<>+120(SB)/8, $0x0007000700070007
DATA kperm6<>+128(SB)/8, $0x0008000800080008
DATA kperm6<>+136(SB)/8, $0x0008000800080008
DATA kperm6<>+144(SB)/8, $0x0009000900090009
DATA kperm6<>+152(SB)/8, $0x0009000900090009
DATA kperm6<>+160(SB)/8, $0x000a000a000a000a
DATA kperm6<>+168(SB)/8, $0x000a000a000a000a
DATA kperm6<>+176(SB)/8, $0x000b000b000b000b
DATA kperm6<>+184(SB)/8, $0x000b000b000b000b
DATA kperm6<>+192(SB)/8, $0x000c000c000c000c
DATA kperm6<>+200(SB)/8, $0x000c000c000c000c
DATA kperm6<>+208(SB)/8, $0x000d000d000d000d
DATA kperm6<>+216(SB)/8, $0x000d000d000d000d
DATA kperm6<>+224(SB)/8, $0x000e000e000e000e
DATA kperm6<>+232(SB)/8, $0x000e000e000e000e
DATA kperm6<>+240(SB)/8, $0x000f000f000f000f
DATA kperm6<>+248(SB)/8, $0x000f000f000f000f
GLOBL kperm6<>(SB), RODATA|NOPTR, $256

// kshift6<>: per-word shift counts that move a Q6_K high-bit pair to bits
// 4-5: (4, 2) for the low and high halves of the first level pair (left
// shifts), (0, 2) for the second (right shifts).
DATA kshift6<>+0(SB)/8, $0x0004000400040004
DATA kshift6<>+8(SB)/8, $0x0004000400040004
DATA kshift6<>+16(SB)/8, $0x0004000400040004
DATA kshift6<>+24(SB)/8, $0x0004000400040004
DATA kshift6<>+32(SB)/8, $0x0002000200020002
DATA kshift6<>+40(SB)/8, $0x0002000200020002
DATA kshift6<>+48(SB)/8, $0x0002000200020002
DATA kshift6<>+56(SB)/8, $0x0002000200020002
DATA kshift6<>+64(SB)/8, $0x0000000000000000
DATA kshift6<>+72(SB)/8, $0x0000000000000000
DATA kshift6<>+80(SB)/8, $0x0000000000000000
DATA kshift6<>+88(SB)/8, $0x0000000000000000
DATA kshift6<>+96(SB)/8, $0x0002000200020002
DATA kshift6<>+104(SB)/8, $0x0002000200020002
DATA kshift6<>+112(SB)/8, $0x0002000200020002
DATA kshift6<>+120(SB)/8, $0x0002000200020002
GLOBL kshift6<>(SB), RODATA|NOPTR, $128

// kshift5<>+64g: per-word shift counts that move bit 2g (low half) and 2g+1
// (high half) of the Q5_K high-bit bytes to bit 4: left for g < 2, right
// otherwise.
DATA kshift5<>+0(SB)/8, $0x0004000400040004
DATA kshift5<>+8(SB)/8, $0x0004000400040004
DATA kshift5<>+16(SB)/8, $0x0004000400040004
DATA kshift5<>+24(SB)/8, $0x0004000400040004
DATA kshift5<>+32(SB)/8, $0x0003000300030003
DATA kshift5<>+40(SB)/8, $0x0003000300030003
DATA kshift5<>+48(SB)/8, $0x0003000300030003
DATA kshift5<>+56(SB)/8, $0x0003000300030003
DATA kshift5<>+64(SB)/8, $0x0002000200020002
DATA kshift5<>+72(SB)/8, $0x0002000200020002
DATA kshift5<>+80(SB)/8, $0x0002000200020002
DATA kshift5<>+88(SB)/8, $0x0002000200020002
DATA kshift5<>+96(SB)/8, $0x0001000100010001
DATA kshift5<>+104(SB)/8, $0x0001000100010001
DATA kshift5<>+112(SB)/8, $0x0001000100010001
DATA kshift5<>+120(SB)/8, $0x0001000100010001
DATA kshift5<>+128(SB)/8, $0x0000000000000000
DATA kshift5<>+136(SB)/8, $0x0000000000000000
DATA kshift5<>+144(SB)/8, $0x0000000000000000
DATA kshift5<>+152(SB)/8, $0x0000000000000000
DATA kshift5<>+160(SB)/8, $0x0001000100010001
DATA kshift5<>+168(SB)/8, $0x0001000100010001
DATA kshift5<>+176(SB)/8, $0x0001000100010001
DATA kshift5<>+184(SB)/8, $0x0001000100010001
DATA kshift5<>+192(SB)/8, $0x0002000200020002
DATA kshift5<>+200(SB)/8, $0x0002000200020002
DATA kshift5<>+208(SB)/8, $0x0002000200020002
DATA kshift5<>+216(SB)/8, $0x0002000200020002
DATA kshift5<>+224(SB)/8, $0x0003000300030003
DATA kshift5<>+232(SB)/8, $0x0003000300030003
DATA kshift5<>+240(SB)/8, $0x0003000300030003
DATA kshift5<>+248(SB)/8, $0x0003000300030003
GLOBL kshift5<>(SB), RODATA|NOPTR, $256

// kunpack4<>: VPSHUFB controls and the shift counts and masks that unpack a
// Q4_K block's 12 scale bytes a = s[0:4], b = s[4:8], c = s[8:12] into
// sc0..sc7, m0..m7: [a&63, c&15 | (a>>6)<<4, b&63, c>>4 | (b>>6)<<4].
DATA kunpack4<>+0(SB)/8, $0x0b0a090803020100
DATA kunpack4<>+8(SB)/8, $0x0b0a090807060504
DATA kunpack4<>+16(SB)/8, $0x0302010080808080
DATA kunpack4<>+24(SB)/8, $0x0706050480808080
DATA kunpack4<>+32(SB)/8, $0x0000000000000000
DATA kunpack4<>+40(SB)/8, $0x0000000400000000
DATA kunpack4<>+48(SB)/8, $0x0f0f0f0f3f3f3f3f
DATA kunpack4<>+56(SB)/8, $0x0f0f0f0f3f3f3f3f
GLOBL kunpack4<>(SB), RODATA|NOPTR, $64

// kmdup<>: VPERMW indices that repeat the mins (words 8-15 of the scale and
// min words) twice each, in both 256-bit halves.
DATA kmdup<>+0(SB)/8, $0x0009000900080008
DATA kmdup<>+8(SB)/8, $0x000b000b000a000a
DATA kmdup<>+16(SB)/8, $0x000d000d000c000c
DATA kmdup<>+24(SB)/8, $0x000f000f000e000e
DATA kmdup<>+32(SB)/8, $0x0009000900080008
DATA kmdup<>+40(SB)/8, $0x000b000b000a000a
DATA kmdup<>+48(SB)/8, $0x000d000d000c000c
DATA kmdup<>+56(SB)/8, $0x000f000f000e000e
GLOBL kmdup<>(SB), RODATA|NOPTR, $64

// func rowsQ4_KVNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_KVNNI(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kunpack4<>+0(SB), X28
	VMOVDQU64    kunpack4<>+16(SB), X29
	VMOVDQU64    kunpack4<>+32(SB), X30
	VMOVDQU64    kunpack4<>+48(SB), X31
	VMOVDQU64    kmdup<>(SB), Z11
	MOVQ         ·f16tab(SB), R10

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	VMOVDQU      4(R11), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   4(R12), Z2, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 48(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   68(R12), Z2, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 80(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   132(R12), Z2, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 112(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   196(R12), Z2, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	ADDQ         $144, R11
	ADDQ         $292, R12
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

// func rowsQ5_KVNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_KVNNI(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kunpack4<>+0(SB), X28
	VMOVDQU64    kunpack4<>+16(SB), X29
	VMOVDQU64    kunpack4<>+32(SB), X30
	VMOVDQU64    kunpack4<>+48(SB), X31
	VMOVDQU64    kmdup<>(SB), Z11
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x10101010, AX
	VPBROADCASTD AX, Z26

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	VMOVDQU      4(R11), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11), Z24
	VBROADCASTI64X4 48(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+0(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   4(R12), Z25, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 80(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+64(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   68(R12), Z25, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 112(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+128(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   132(R12), Z25, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 144(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+192(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   196(R12), Z25, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	ADDQ         $176, R11
	ADDQ         $292, R12
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

// func rowsQ6_KVNNI(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ6_KVNNI(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kperm6<>+0(SB), Z16
	VMOVDQU64    kperm6<>+64(SB), Z17
	VMOVDQU64    kperm6<>+128(SB), Z18
	VMOVDQU64    kperm6<>+192(SB), Z19
	VMOVDQU64    kshift6<>+0(SB), Z21
	VMOVDQU64    kshift6<>+64(SB), Z22
	MOVQ         ·f16tab(SB), R10

row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	PREFETCHT0   2240(R11)
	MOVWLZX      208(R11), AX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y1
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    192(R11), Y11
	VPERMW       Z11, Z16, Z24
	VPERMW       Z11, Z17, Z25
	VPERMW       Z11, Z18, Z26
	VPERMW       Z11, Z19, Z27
	VMOVDQU64    0(R11), Z2
	VBROADCASTI64X4 128(R11), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   4(R12), Z4, Z4
	VPMADDUBSW   68(R12), Z5, Z5
	VPMADDWD     Z24, Z4, Z9
	VPMADDWD     Z25, Z5, Z10
	VMOVDQU64    64(R11), Z2
	VBROADCASTI64X4 160(R11), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   132(R12), Z4, Z4
	VPMADDUBSW   196(R12), Z5, Z5
	VPDPWSSD     Z26, Z4, Z9
	VPDPWSSD     Z27, Z5, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
	ADDQ         $210, R11
	ADDQ         $292, R12
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

// func rows4Q4_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q4_KVNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kunpack4<>+0(SB), X28
	VMOVDQU64    kunpack4<>+16(SB), X29
	VMOVDQU64    kunpack4<>+32(SB), X30
	VMOVDQU64    kunpack4<>+48(SB), X31
	VMOVDQU64    kmdup<>(SB), Z25
	MOVL         $0xff, AX
	KMOVW        AX, K2
	MOVQ         ·f16tab(SB), R10

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
	VMOVDQU      4(R11), X12
	VPSHUFB      X28, X12, X24
	VPSHUFB      X29, X12, X12
	VPSRLVD      X30, X24, X24
	VPANDD       X31, X24, X24
	VPSRLD       $2, X12, X12
	VPTERNLOGD   $0xf8, X14, X12, X24
	VPMOVZXBW    X24, Y24
	VPERMW       Z24, Z16, Z20
	VPERMW       Z24, Z17, Z21
	VPERMW       Z24, Z18, Z22
	VPERMW       Z24, Z19, Z23
	VPERMW       Z24, Z25, Z26
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R10)(AX*4), Z2
	VBROADCASTSS (R10)(BX*4), Z3
	VBROADCASTI64X4 16(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   4(R12), Z24, Z12
	VPMADDWD     Z20, Z12, Z4
	VPMADDUBSW   4(R12)(R8*1), Z24, Z12
	VPMADDWD     Z20, Z12, Z6
	VPMADDUBSW   4(R12)(R8*2), Z24, Z12
	VPMADDWD     Z20, Z12, Z8
	VPMADDUBSW   4(R12)(DX*1), Z24, Z12
	VPMADDWD     Z20, Z12, Z10
	VBROADCASTI64X4 48(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   68(R12), Z24, Z12
	VPMADDWD     Z21, Z12, Z5
	VPMADDUBSW   68(R12)(R8*1), Z24, Z12
	VPMADDWD     Z21, Z12, Z7
	VPMADDUBSW   68(R12)(R8*2), Z24, Z12
	VPMADDWD     Z21, Z12, Z9
	VPMADDUBSW   68(R12)(DX*1), Z24, Z12
	VPMADDWD     Z21, Z12, Z11
	VBROADCASTI64X4 80(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   132(R12), Z24, Z12
	VPDPWSSD     Z22, Z12, Z4
	VPMADDUBSW   132(R12)(R8*1), Z24, Z12
	VPDPWSSD     Z22, Z12, Z6
	VPMADDUBSW   132(R12)(R8*2), Z24, Z12
	VPDPWSSD     Z22, Z12, Z8
	VPMADDUBSW   132(R12)(DX*1), Z24, Z12
	VPDPWSSD     Z22, Z12, Z10
	VBROADCASTI64X4 112(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   196(R12), Z24, Z12
	VPDPWSSD     Z23, Z12, Z5
	VPMADDUBSW   196(R12)(R8*1), Z24, Z12
	VPDPWSSD     Z23, Z12, Z7
	VPMADDUBSW   196(R12)(R8*2), Z24, Z12
	VPDPWSSD     Z23, Z12, Z9
	VPMADDUBSW   196(R12)(DX*1), Z24, Z12
	VPDPWSSD     Z23, Z12, Z11
	VPADDD       Z5, Z4, Z4
	VPADDD       Z7, Z6, Z6
	VSHUFI64X2   $0x44, Z6, Z4, Z12
	VSHUFI64X2   $0xee, Z6, Z4, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(R8*1), Z13
	VBROADCASTSS 0(R12), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z2, Z13, Z27
	VFMADD231PS  Z12, Z27, Z0
	VMULPS       Z3, Z13, Z27
	VMOVDQU      260(R12), Y12
	VINSERTI64X4 $1, 260(R12)(R8*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z0
	VPADDD       Z9, Z8, Z8
	VPADDD       Z11, Z10, Z10
	VSHUFI64X2   $0x44, Z10, Z8, Z12
	VSHUFI64X2   $0xee, Z10, Z8, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(DX*1), Z13
	VBROADCASTSS 0(R12)(R8*2), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z2, Z13, Z27
	VFMADD231PS  Z12, Z27, Z1
	VMULPS       Z3, Z13, Z27
	VMOVDQU      260(R12)(R8*2), Y12
	VINSERTI64X4 $1, 260(R12)(DX*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z1
	ADDQ         $144, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

	VEXTRACTF64X4 $1, Z1, Y3
	VMOVAPS      Y1, Y2
	VEXTRACTF64X4 $1, Z0, Y1
	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rows4Q5_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q5_KVNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kmdup<>(SB), Z25
	MOVL         $0xff, AX
	KMOVW        AX, K2
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x10101010, AX
	VPBROADCASTD AX, Z30

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
	VMOVDQU      4(R11), X12
	VPSHUFB      kunpack4<>+0(SB), X12, X24
	VPSHUFB      kunpack4<>+16(SB), X12, X12
	VPSRLVD      kunpack4<>+32(SB), X24, X24
	VPANDD       kunpack4<>+48(SB), X24, X24
	VPSRLD       $2, X12, X12
	VPTERNLOGD   $0xf8, X14, X12, X24
	VPMOVZXBW    X24, Y24
	VPERMW       Z24, Z16, Z20
	VPERMW       Z24, Z17, Z21
	VPERMW       Z24, Z18, Z22
	VPERMW       Z24, Z19, Z23
	VPERMW       Z24, Z25, Z26
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R10)(AX*4), Z2
	VBROADCASTSS (R10)(BX*4), Z3
	VBROADCASTI64X4 16(R11), Z28
	VBROADCASTI64X4 48(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSLLVW      kshift5<>+0(SB), Z28, Z29
	VPANDD       Z30, Z29, Z29
	VPTERNLOGD   $0xf8, Z15, Z24, Z29
	VPMADDUBSW   4(R12), Z29, Z12
	VPMADDWD     Z20, Z12, Z4
	VPMADDUBSW   4(R12)(R8*1), Z29, Z12
	VPMADDWD     Z20, Z12, Z6
	VPMADDUBSW   4(R12)(R8*2), Z29, Z12
	VPMADDWD     Z20, Z12, Z8
	VPMADDUBSW   4(R12)(DX*1), Z29, Z12
	VPMADDWD     Z20, Z12, Z10
	VBROADCASTI64X4 80(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSLLVW      kshift5<>+64(SB), Z28, Z29
	VPANDD       Z30, Z29, Z29
	VPTERNLOGD   $0xf8, Z15, Z24, Z29
	VPMADDUBSW   68(R12), Z29, Z12
	VPMADDWD     Z21, Z12, Z5
	VPMADDUBSW   68(R12)(R8*1), Z29, Z12
	VPMADDWD     Z21, Z12, Z7
	VPMADDUBSW   68(R12)(R8*2), Z29, Z12
	VPMADDWD     Z21, Z12, Z9
	VPMADDUBSW   68(R12)(DX*1), Z29, Z12
	VPMADDWD     Z21, Z12, Z11
	VBROADCASTI64X4 112(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSRLVW      kshift5<>+128(SB), Z28, Z29
	VPANDD       Z30, Z29, Z29
	VPTERNLOGD   $0xf8, Z15, Z24, Z29
	VPMADDUBSW   132(R12), Z29, Z12
	VPDPWSSD     Z22, Z12, Z4
	VPMADDUBSW   132(R12)(R8*1), Z29, Z12
	VPDPWSSD     Z22, Z12, Z6
	VPMADDUBSW   132(R12)(R8*2), Z29, Z12
	VPDPWSSD     Z22, Z12, Z8
	VPMADDUBSW   132(R12)(DX*1), Z29, Z12
	VPDPWSSD     Z22, Z12, Z10
	VBROADCASTI64X4 144(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSRLVW      kshift5<>+192(SB), Z28, Z29
	VPANDD       Z30, Z29, Z29
	VPTERNLOGD   $0xf8, Z15, Z24, Z29
	VPMADDUBSW   196(R12), Z29, Z12
	VPDPWSSD     Z23, Z12, Z5
	VPMADDUBSW   196(R12)(R8*1), Z29, Z12
	VPDPWSSD     Z23, Z12, Z7
	VPMADDUBSW   196(R12)(R8*2), Z29, Z12
	VPDPWSSD     Z23, Z12, Z9
	VPMADDUBSW   196(R12)(DX*1), Z29, Z12
	VPDPWSSD     Z23, Z12, Z11
	VPADDD       Z5, Z4, Z4
	VPADDD       Z7, Z6, Z6
	VSHUFI64X2   $0x44, Z6, Z4, Z12
	VSHUFI64X2   $0xee, Z6, Z4, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(R8*1), Z13
	VBROADCASTSS 0(R12), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z2, Z13, Z27
	VFMADD231PS  Z12, Z27, Z0
	VMULPS       Z3, Z13, Z27
	VMOVDQU      260(R12), Y12
	VINSERTI64X4 $1, 260(R12)(R8*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z0
	VPADDD       Z9, Z8, Z8
	VPADDD       Z11, Z10, Z10
	VSHUFI64X2   $0x44, Z10, Z8, Z12
	VSHUFI64X2   $0xee, Z10, Z8, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(DX*1), Z13
	VBROADCASTSS 0(R12)(R8*2), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z2, Z13, Z27
	VFMADD231PS  Z12, Z27, Z1
	VMULPS       Z3, Z13, Z27
	VMOVDQU      260(R12)(R8*2), Y12
	VINSERTI64X4 $1, 260(R12)(DX*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z1
	ADDQ         $176, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

	VEXTRACTF64X4 $1, Z1, Y3
	VMOVAPS      Y1, Y2
	VEXTRACTF64X4 $1, Z0, Y1
	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rows4Q6_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows4Q6_KVNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kperm6<>+0(SB), Z16
	VMOVDQU64    kperm6<>+64(SB), Z17
	VMOVDQU64    kperm6<>+128(SB), Z18
	VMOVDQU64    kperm6<>+192(SB), Z19
	VMOVDQU64    kshift6<>+0(SB), Z21
	VMOVDQU64    kshift6<>+64(SB), Z22
	MOVL         $0xff, AX
	KMOVW        AX, K2
	MOVQ         ·f16tab(SB), R10

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	VPXOR        Y4, Y4, Y4
	VPXOR        Y5, Y5, Y5
	VPXOR        Y6, Y6, Y6
	VPXOR        Y7, Y7, Y7
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
	VPMOVSXBW    192(R11), Y20
	VPERMW       Z20, Z16, Z24
	VPERMW       Z20, Z17, Z25
	VPERMW       Z20, Z18, Z26
	VPERMW       Z20, Z19, Z27
	VINSERTI64X4 $1, Y20, Z20, Z20
	MOVWLZX      208(R11), AX
	VBROADCASTSS (R10)(AX*4), Z2
	VMOVDQU64    0(R11), Z30
	VBROADCASTI64X4 128(R11), Z31
	VPSLLVW      Z21, Z31, Z28
	VPANDD       Z14, Z28, Z28
	VPTERNLOGD   $0xf8, Z15, Z30, Z28
	VPSRLVW      Z22, Z31, Z29
	VPANDD       Z14, Z29, Z29
	VPSRLW       $4, Z30, Z30
	VPTERNLOGD   $0xf8, Z15, Z30, Z29
	VPMADDUBSW   4(R12), Z28, Z12
	VPMADDWD     Z24, Z12, Z4
	VPMADDUBSW   4(R12)(R8*1), Z28, Z12
	VPMADDWD     Z24, Z12, Z6
	VPMADDUBSW   4(R12)(R8*2), Z28, Z12
	VPMADDWD     Z24, Z12, Z8
	VPMADDUBSW   4(R12)(DX*1), Z28, Z12
	VPMADDWD     Z24, Z12, Z10
	VPMADDUBSW   68(R12), Z29, Z12
	VPMADDWD     Z25, Z12, Z5
	VPMADDUBSW   68(R12)(R8*1), Z29, Z12
	VPMADDWD     Z25, Z12, Z7
	VPMADDUBSW   68(R12)(R8*2), Z29, Z12
	VPMADDWD     Z25, Z12, Z9
	VPMADDUBSW   68(R12)(DX*1), Z29, Z12
	VPMADDWD     Z25, Z12, Z11
	VMOVDQU64    64(R11), Z30
	VBROADCASTI64X4 160(R11), Z31
	VPSLLVW      Z21, Z31, Z28
	VPANDD       Z14, Z28, Z28
	VPTERNLOGD   $0xf8, Z15, Z30, Z28
	VPSRLVW      Z22, Z31, Z29
	VPANDD       Z14, Z29, Z29
	VPSRLW       $4, Z30, Z30
	VPTERNLOGD   $0xf8, Z15, Z30, Z29
	VPMADDUBSW   132(R12), Z28, Z12
	VPDPWSSD     Z26, Z12, Z4
	VPMADDUBSW   132(R12)(R8*1), Z28, Z12
	VPDPWSSD     Z26, Z12, Z6
	VPMADDUBSW   132(R12)(R8*2), Z28, Z12
	VPDPWSSD     Z26, Z12, Z8
	VPMADDUBSW   132(R12)(DX*1), Z28, Z12
	VPDPWSSD     Z26, Z12, Z10
	VPMADDUBSW   196(R12), Z29, Z12
	VPDPWSSD     Z27, Z12, Z5
	VPMADDUBSW   196(R12)(R8*1), Z29, Z12
	VPDPWSSD     Z27, Z12, Z7
	VPMADDUBSW   196(R12)(R8*2), Z29, Z12
	VPDPWSSD     Z27, Z12, Z9
	VPMADDUBSW   196(R12)(DX*1), Z29, Z12
	VPDPWSSD     Z27, Z12, Z11
	VPADDD       Z5, Z4, Z4
	VPADDD       Z7, Z6, Z6
	VSHUFI64X2   $0x44, Z6, Z4, Z12
	VSHUFI64X2   $0xee, Z6, Z4, Z13
	VPADDD       Z13, Z12, Z12
	VMOVDQU      260(R12), Y13
	VINSERTI64X4 $1, 260(R12)(R8*1), Z13, Z13
	VPMADDWD     Z20, Z13, Z13
	VPSLLD       $5, Z13, Z13
	VPSUBD       Z13, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VBROADCASTSS 0(R12)(R8*1), Z13
	VBROADCASTSS 0(R12), K2, Z13
	VMULPS       Z2, Z13, Z13
	VFMADD231PS  Z12, Z13, Z0
	VPADDD       Z9, Z8, Z8
	VPADDD       Z11, Z10, Z10
	VSHUFI64X2   $0x44, Z10, Z8, Z12
	VSHUFI64X2   $0xee, Z10, Z8, Z13
	VPADDD       Z13, Z12, Z12
	VMOVDQU      260(R12)(R8*2), Y13
	VINSERTI64X4 $1, 260(R12)(DX*1), Z13, Z13
	VPMADDWD     Z20, Z13, Z13
	VPSLLD       $5, Z13, Z13
	VPSUBD       Z13, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VBROADCASTSS 0(R12)(DX*1), Z13
	VBROADCASTSS 0(R12)(R8*2), K2, Z13
	VMULPS       Z2, Z13, Z13
	VFMADD231PS  Z12, Z13, Z1
	ADDQ         $210, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

	VEXTRACTF64X4 $1, Z1, Y3
	VMOVAPS      Y1, Y2
	VEXTRACTF64X4 $1, Z0, Y1
	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

DATA k10<>+0(SB)/8, $0x1010101010101010
DATA k10<>+8(SB)/8, $0x1010101010101010
DATA k10<>+16(SB)/8, $0x1010101010101010
DATA k10<>+24(SB)/8, $0x1010101010101010
DATA k10<>+32(SB)/8, $0x1010101010101010
DATA k10<>+40(SB)/8, $0x1010101010101010
DATA k10<>+48(SB)/8, $0x1010101010101010
DATA k10<>+56(SB)/8, $0x1010101010101010
GLOBL k10<>(SB), RODATA|NOPTR, $64

// func rows8Q4_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows8Q4_KVNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kmdup<>(SB), Z25
	MOVL         $0xff, AX
	KMOVW        AX, K2
	MOVQ         ·f16tab(SB), R10

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	MOVQ         SI, R11
	MOVQ         R9, R12
	LEAQ         (R9)(R8*4), R14
	MOVQ         nb+56(FP), R13

blk:
	VMOVDQU      4(R11), X12
	VPSHUFB      kunpack4<>+0(SB), X12, X24
	VPSHUFB      kunpack4<>+16(SB), X12, X12
	VPSRLVD      kunpack4<>+32(SB), X24, X24
	VPANDD       kunpack4<>+48(SB), X24, X24
	VPSRLD       $2, X12, X12
	VPTERNLOGD   $0xf8, X14, X12, X24
	VPMOVZXBW    X24, Y24
	VPERMW       Z24, Z16, Z20
	VPERMW       Z24, Z17, Z21
	VPERMW       Z24, Z18, Z22
	VPERMW       Z24, Z19, Z23
	VPERMW       Z24, Z25, Z26
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R10)(AX*4), Z28
	VBROADCASTSS (R10)(BX*4), Z29
	VBROADCASTI64X4 16(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   4(R12), Z24, Z12
	VPMADDWD     Z20, Z12, Z4
	VPMADDUBSW   4(R12)(R8*1), Z24, Z12
	VPMADDWD     Z20, Z12, Z5
	VPMADDUBSW   4(R12)(R8*2), Z24, Z12
	VPMADDWD     Z20, Z12, Z6
	VPMADDUBSW   4(R12)(DX*1), Z24, Z12
	VPMADDWD     Z20, Z12, Z7
	VPMADDUBSW   4(R14), Z24, Z12
	VPMADDWD     Z20, Z12, Z8
	VPMADDUBSW   4(R14)(R8*1), Z24, Z12
	VPMADDWD     Z20, Z12, Z9
	VPMADDUBSW   4(R14)(R8*2), Z24, Z12
	VPMADDWD     Z20, Z12, Z10
	VPMADDUBSW   4(R14)(DX*1), Z24, Z12
	VPMADDWD     Z20, Z12, Z11
	VBROADCASTI64X4 48(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   68(R12), Z24, Z12
	VPDPWSSD     Z21, Z12, Z4
	VPMADDUBSW   68(R12)(R8*1), Z24, Z12
	VPDPWSSD     Z21, Z12, Z5
	VPMADDUBSW   68(R12)(R8*2), Z24, Z12
	VPDPWSSD     Z21, Z12, Z6
	VPMADDUBSW   68(R12)(DX*1), Z24, Z12
	VPDPWSSD     Z21, Z12, Z7
	VPMADDUBSW   68(R14), Z24, Z12
	VPDPWSSD     Z21, Z12, Z8
	VPMADDUBSW   68(R14)(R8*1), Z24, Z12
	VPDPWSSD     Z21, Z12, Z9
	VPMADDUBSW   68(R14)(R8*2), Z24, Z12
	VPDPWSSD     Z21, Z12, Z10
	VPMADDUBSW   68(R14)(DX*1), Z24, Z12
	VPDPWSSD     Z21, Z12, Z11
	VBROADCASTI64X4 80(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   132(R12), Z24, Z12
	VPDPWSSD     Z22, Z12, Z4
	VPMADDUBSW   132(R12)(R8*1), Z24, Z12
	VPDPWSSD     Z22, Z12, Z5
	VPMADDUBSW   132(R12)(R8*2), Z24, Z12
	VPDPWSSD     Z22, Z12, Z6
	VPMADDUBSW   132(R12)(DX*1), Z24, Z12
	VPDPWSSD     Z22, Z12, Z7
	VPMADDUBSW   132(R14), Z24, Z12
	VPDPWSSD     Z22, Z12, Z8
	VPMADDUBSW   132(R14)(R8*1), Z24, Z12
	VPDPWSSD     Z22, Z12, Z9
	VPMADDUBSW   132(R14)(R8*2), Z24, Z12
	VPDPWSSD     Z22, Z12, Z10
	VPMADDUBSW   132(R14)(DX*1), Z24, Z12
	VPDPWSSD     Z22, Z12, Z11
	VBROADCASTI64X4 112(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPANDD       Z15, Z24, Z24
	VPMADDUBSW   196(R12), Z24, Z12
	VPDPWSSD     Z23, Z12, Z4
	VPMADDUBSW   196(R12)(R8*1), Z24, Z12
	VPDPWSSD     Z23, Z12, Z5
	VPMADDUBSW   196(R12)(R8*2), Z24, Z12
	VPDPWSSD     Z23, Z12, Z6
	VPMADDUBSW   196(R12)(DX*1), Z24, Z12
	VPDPWSSD     Z23, Z12, Z7
	VPMADDUBSW   196(R14), Z24, Z12
	VPDPWSSD     Z23, Z12, Z8
	VPMADDUBSW   196(R14)(R8*1), Z24, Z12
	VPDPWSSD     Z23, Z12, Z9
	VPMADDUBSW   196(R14)(R8*2), Z24, Z12
	VPDPWSSD     Z23, Z12, Z10
	VPMADDUBSW   196(R14)(DX*1), Z24, Z12
	VPDPWSSD     Z23, Z12, Z11
	VSHUFI64X2   $0x44, Z5, Z4, Z12
	VSHUFI64X2   $0xee, Z5, Z4, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(R8*1), Z13
	VBROADCASTSS 0(R12), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z0
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R12), Y12
	VINSERTI64X4 $1, 260(R12)(R8*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z0
	VSHUFI64X2   $0x44, Z7, Z6, Z12
	VSHUFI64X2   $0xee, Z7, Z6, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(DX*1), Z13
	VBROADCASTSS 0(R12)(R8*2), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z1
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R12)(R8*2), Y12
	VINSERTI64X4 $1, 260(R12)(DX*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z1
	VSHUFI64X2   $0x44, Z9, Z8, Z12
	VSHUFI64X2   $0xee, Z9, Z8, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R14)(R8*1), Z13
	VBROADCASTSS 0(R14), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z2
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R14), Y12
	VINSERTI64X4 $1, 260(R14)(R8*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z2
	VSHUFI64X2   $0x44, Z11, Z10, Z12
	VSHUFI64X2   $0xee, Z11, Z10, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R14)(DX*1), Z13
	VBROADCASTSS 0(R14)(R8*2), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z3
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R14)(R8*2), Y12
	VINSERTI64X4 $1, 260(R14)(DX*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z3
	ADDQ         $144, R11
	ADDQ         $292, R12
	ADDQ         $292, R14
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	MOVQ         DI, BX
	VEXTRACTF64X4 $1, Z0, Y4
	VEXTRACTF64X4 $1, Z1, Y5
	VEXTRACTF64X4 $1, Z2, Y6
	VEXTRACTF64X4 $1, Z3, Y7
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VMOVSS       X0, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y4, X8
	VADDPS       X8, X4, X4
	VPERMILPS    $0x4e, X4, X8
	VADDPS       X8, X4, X4
	VMOVSHDUP    X4, X8
	VADDSS       X8, X4, X4
	VMOVSS       X4, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VMOVSS       X1, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y5, X8
	VADDPS       X8, X5, X5
	VPERMILPS    $0x4e, X5, X8
	VADDPS       X8, X5, X5
	VMOVSHDUP    X5, X8
	VADDSS       X8, X5, X5
	VMOVSS       X5, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VMOVSS       X2, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y6, X8
	VADDPS       X8, X6, X6
	VPERMILPS    $0x4e, X6, X8
	VADDPS       X8, X6, X6
	VMOVSHDUP    X6, X8
	VADDSS       X8, X6, X6
	VMOVSS       X6, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X3, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y7, X8
	VADDPS       X8, X7, X7
	VPERMILPS    $0x4e, X7, X8
	VADDPS       X8, X7, X7
	VMOVSHDUP    X7, X8
	VADDSS       X8, X7, X7
	VMOVSS       X7, (BX)
	ADDQ         AX, BX
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rows8Q5_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows8Q5_KVNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kmdup<>(SB), Z25
	MOVL         $0xff, AX
	KMOVW        AX, K2
	MOVQ         ·f16tab(SB), R10

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	MOVQ         SI, R11
	MOVQ         R9, R12
	LEAQ         (R9)(R8*4), R14
	MOVQ         nb+56(FP), R13

blk:
	VMOVDQU      4(R11), X12
	VPSHUFB      kunpack4<>+0(SB), X12, X24
	VPSHUFB      kunpack4<>+16(SB), X12, X12
	VPSRLVD      kunpack4<>+32(SB), X24, X24
	VPANDD       kunpack4<>+48(SB), X24, X24
	VPSRLD       $2, X12, X12
	VPTERNLOGD   $0xf8, X14, X12, X24
	VPMOVZXBW    X24, Y24
	VPERMW       Z24, Z16, Z20
	VPERMW       Z24, Z17, Z21
	VPERMW       Z24, Z18, Z22
	VPERMW       Z24, Z19, Z23
	VPERMW       Z24, Z25, Z26
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R10)(AX*4), Z28
	VBROADCASTSS (R10)(BX*4), Z29
	VBROADCASTI64X4 16(R11), Z30
	VBROADCASTI64X4 48(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSLLVW      kshift5<>+0(SB), Z30, Z31
	VPANDD       k10<>(SB), Z31, Z31
	VPTERNLOGD   $0xf8, Z15, Z24, Z31
	VPMADDUBSW   4(R12), Z31, Z12
	VPMADDWD     Z20, Z12, Z4
	VPMADDUBSW   4(R12)(R8*1), Z31, Z12
	VPMADDWD     Z20, Z12, Z5
	VPMADDUBSW   4(R12)(R8*2), Z31, Z12
	VPMADDWD     Z20, Z12, Z6
	VPMADDUBSW   4(R12)(DX*1), Z31, Z12
	VPMADDWD     Z20, Z12, Z7
	VPMADDUBSW   4(R14), Z31, Z12
	VPMADDWD     Z20, Z12, Z8
	VPMADDUBSW   4(R14)(R8*1), Z31, Z12
	VPMADDWD     Z20, Z12, Z9
	VPMADDUBSW   4(R14)(R8*2), Z31, Z12
	VPMADDWD     Z20, Z12, Z10
	VPMADDUBSW   4(R14)(DX*1), Z31, Z12
	VPMADDWD     Z20, Z12, Z11
	VBROADCASTI64X4 80(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSLLVW      kshift5<>+64(SB), Z30, Z31
	VPANDD       k10<>(SB), Z31, Z31
	VPTERNLOGD   $0xf8, Z15, Z24, Z31
	VPMADDUBSW   68(R12), Z31, Z12
	VPDPWSSD     Z21, Z12, Z4
	VPMADDUBSW   68(R12)(R8*1), Z31, Z12
	VPDPWSSD     Z21, Z12, Z5
	VPMADDUBSW   68(R12)(R8*2), Z31, Z12
	VPDPWSSD     Z21, Z12, Z6
	VPMADDUBSW   68(R12)(DX*1), Z31, Z12
	VPDPWSSD     Z21, Z12, Z7
	VPMADDUBSW   68(R14), Z31, Z12
	VPDPWSSD     Z21, Z12, Z8
	VPMADDUBSW   68(R14)(R8*1), Z31, Z12
	VPDPWSSD     Z21, Z12, Z9
	VPMADDUBSW   68(R14)(R8*2), Z31, Z12
	VPDPWSSD     Z21, Z12, Z10
	VPMADDUBSW   68(R14)(DX*1), Z31, Z12
	VPDPWSSD     Z21, Z12, Z11
	VBROADCASTI64X4 112(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSRLVW      kshift5<>+128(SB), Z30, Z31
	VPANDD       k10<>(SB), Z31, Z31
	VPTERNLOGD   $0xf8, Z15, Z24, Z31
	VPMADDUBSW   132(R12), Z31, Z12
	VPDPWSSD     Z22, Z12, Z4
	VPMADDUBSW   132(R12)(R8*1), Z31, Z12
	VPDPWSSD     Z22, Z12, Z5
	VPMADDUBSW   132(R12)(R8*2), Z31, Z12
	VPDPWSSD     Z22, Z12, Z6
	VPMADDUBSW   132(R12)(DX*1), Z31, Z12
	VPDPWSSD     Z22, Z12, Z7
	VPMADDUBSW   132(R14), Z31, Z12
	VPDPWSSD     Z22, Z12, Z8
	VPMADDUBSW   132(R14)(R8*1), Z31, Z12
	VPDPWSSD     Z22, Z12, Z9
	VPMADDUBSW   132(R14)(R8*2), Z31, Z12
	VPDPWSSD     Z22, Z12, Z10
	VPMADDUBSW   132(R14)(DX*1), Z31, Z12
	VPDPWSSD     Z22, Z12, Z11
	VBROADCASTI64X4 144(R11), Z24
	VPSRLW       $4, Z24, K1, Z24
	VPSRLVW      kshift5<>+192(SB), Z30, Z31
	VPANDD       k10<>(SB), Z31, Z31
	VPTERNLOGD   $0xf8, Z15, Z24, Z31
	VPMADDUBSW   196(R12), Z31, Z12
	VPDPWSSD     Z23, Z12, Z4
	VPMADDUBSW   196(R12)(R8*1), Z31, Z12
	VPDPWSSD     Z23, Z12, Z5
	VPMADDUBSW   196(R12)(R8*2), Z31, Z12
	VPDPWSSD     Z23, Z12, Z6
	VPMADDUBSW   196(R12)(DX*1), Z31, Z12
	VPDPWSSD     Z23, Z12, Z7
	VPMADDUBSW   196(R14), Z31, Z12
	VPDPWSSD     Z23, Z12, Z8
	VPMADDUBSW   196(R14)(R8*1), Z31, Z12
	VPDPWSSD     Z23, Z12, Z9
	VPMADDUBSW   196(R14)(R8*2), Z31, Z12
	VPDPWSSD     Z23, Z12, Z10
	VPMADDUBSW   196(R14)(DX*1), Z31, Z12
	VPDPWSSD     Z23, Z12, Z11
	VSHUFI64X2   $0x44, Z5, Z4, Z12
	VSHUFI64X2   $0xee, Z5, Z4, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(R8*1), Z13
	VBROADCASTSS 0(R12), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z0
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R12), Y12
	VINSERTI64X4 $1, 260(R12)(R8*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z0
	VSHUFI64X2   $0x44, Z7, Z6, Z12
	VSHUFI64X2   $0xee, Z7, Z6, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R12)(DX*1), Z13
	VBROADCASTSS 0(R12)(R8*2), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z1
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R12)(R8*2), Y12
	VINSERTI64X4 $1, 260(R12)(DX*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z1
	VSHUFI64X2   $0x44, Z9, Z8, Z12
	VSHUFI64X2   $0xee, Z9, Z8, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R14)(R8*1), Z13
	VBROADCASTSS 0(R14), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z2
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R14), Y12
	VINSERTI64X4 $1, 260(R14)(R8*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z2
	VSHUFI64X2   $0x44, Z11, Z10, Z12
	VSHUFI64X2   $0xee, Z11, Z10, Z13
	VPADDD       Z13, Z12, Z12
	VBROADCASTSS 0(R14)(DX*1), Z13
	VBROADCASTSS 0(R14)(R8*2), K2, Z13
	VCVTDQ2PS    Z12, Z12
	VMULPS       Z28, Z13, Z27
	VFMADD231PS  Z12, Z27, Z3
	VMULPS       Z29, Z13, Z27
	VMOVDQU      260(R14)(R8*2), Y12
	VINSERTI64X4 $1, 260(R14)(DX*1), Z12, Z12
	VPMADDWD     Z26, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z3
	ADDQ         $176, R11
	ADDQ         $292, R12
	ADDQ         $292, R14
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	MOVQ         DI, BX
	VEXTRACTF64X4 $1, Z0, Y4
	VEXTRACTF64X4 $1, Z1, Y5
	VEXTRACTF64X4 $1, Z2, Y6
	VEXTRACTF64X4 $1, Z3, Y7
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VMOVSS       X0, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y4, X8
	VADDPS       X8, X4, X4
	VPERMILPS    $0x4e, X4, X8
	VADDPS       X8, X4, X4
	VMOVSHDUP    X4, X8
	VADDSS       X8, X4, X4
	VMOVSS       X4, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VMOVSS       X1, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y5, X8
	VADDPS       X8, X5, X5
	VPERMILPS    $0x4e, X5, X8
	VADDPS       X8, X5, X5
	VMOVSHDUP    X5, X8
	VADDSS       X8, X5, X5
	VMOVSS       X5, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VMOVSS       X2, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y6, X8
	VADDPS       X8, X6, X6
	VPERMILPS    $0x4e, X6, X8
	VADDPS       X8, X6, X6
	VMOVSHDUP    X6, X8
	VADDSS       X8, X6, X6
	VMOVSS       X6, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X3, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y7, X8
	VADDPS       X8, X7, X7
	VPERMILPS    $0x4e, X7, X8
	VADDPS       X8, X7, X7
	VMOVSHDUP    X7, X8
	VADDSS       X8, X7, X7
	VMOVSS       X7, (BX)
	ADDQ         AX, BX
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// func rows8Q6_KVNNI(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·rows8Q6_KVNNI(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kperm6<>+0(SB), Z16
	VMOVDQU64    kperm6<>+64(SB), Z17
	VMOVDQU64    kperm6<>+128(SB), Z18
	VMOVDQU64    kperm6<>+192(SB), Z19
	VMOVDQU64    kshift6<>+0(SB), Z21
	VMOVDQU64    kshift6<>+64(SB), Z22
	MOVL         $0xff, AX
	KMOVW        AX, K2
	MOVQ         ·f16tab(SB), R10

row:
	VPXOR        Y0, Y0, Y0
	VPXOR        Y1, Y1, Y1
	VPXOR        Y2, Y2, Y2
	VPXOR        Y3, Y3, Y3
	MOVQ         SI, R11
	MOVQ         R9, R12
	LEAQ         (R9)(R8*4), R14
	MOVQ         nb+56(FP), R13

blk:
	VPMOVSXBW    192(R11), Y20
	VPERMW       Z20, Z16, Z24
	VPERMW       Z20, Z17, Z25
	VPERMW       Z20, Z18, Z26
	VPERMW       Z20, Z19, Z27
	VINSERTI64X4 $1, Y20, Z20, Z20
	MOVWLZX      208(R11), AX
	VBROADCASTSS (R10)(AX*4), Z23
	VMOVDQU64    0(R11), Z30
	VBROADCASTI64X4 128(R11), Z31
	VPSLLVW      Z21, Z31, Z28
	VPANDD       Z14, Z28, Z28
	VPTERNLOGD   $0xf8, Z15, Z30, Z28
	VPSRLVW      Z22, Z31, Z29
	VPANDD       Z14, Z29, Z29
	VPSRLW       $4, Z30, Z30
	VPTERNLOGD   $0xf8, Z15, Z30, Z29
	VPMADDUBSW   4(R12), Z28, Z12
	VPMADDWD     Z24, Z12, Z4
	VPMADDUBSW   4(R12)(R8*1), Z28, Z12
	VPMADDWD     Z24, Z12, Z5
	VPMADDUBSW   4(R12)(R8*2), Z28, Z12
	VPMADDWD     Z24, Z12, Z6
	VPMADDUBSW   4(R12)(DX*1), Z28, Z12
	VPMADDWD     Z24, Z12, Z7
	VPMADDUBSW   4(R14), Z28, Z12
	VPMADDWD     Z24, Z12, Z8
	VPMADDUBSW   4(R14)(R8*1), Z28, Z12
	VPMADDWD     Z24, Z12, Z9
	VPMADDUBSW   4(R14)(R8*2), Z28, Z12
	VPMADDWD     Z24, Z12, Z10
	VPMADDUBSW   4(R14)(DX*1), Z28, Z12
	VPMADDWD     Z24, Z12, Z11
	VPMADDUBSW   68(R12), Z29, Z12
	VPDPWSSD     Z25, Z12, Z4
	VPMADDUBSW   68(R12)(R8*1), Z29, Z12
	VPDPWSSD     Z25, Z12, Z5
	VPMADDUBSW   68(R12)(R8*2), Z29, Z12
	VPDPWSSD     Z25, Z12, Z6
	VPMADDUBSW   68(R12)(DX*1), Z29, Z12
	VPDPWSSD     Z25, Z12, Z7
	VPMADDUBSW   68(R14), Z29, Z12
	VPDPWSSD     Z25, Z12, Z8
	VPMADDUBSW   68(R14)(R8*1), Z29, Z12
	VPDPWSSD     Z25, Z12, Z9
	VPMADDUBSW   68(R14)(R8*2), Z29, Z12
	VPDPWSSD     Z25, Z12, Z10
	VPMADDUBSW   68(R14)(DX*1), Z29, Z12
	VPDPWSSD     Z25, Z12, Z11
	VMOVDQU64    64(R11), Z30
	VBROADCASTI64X4 160(R11), Z31
	VPSLLVW      Z21, Z31, Z28
	VPANDD       Z14, Z28, Z28
	VPTERNLOGD   $0xf8, Z15, Z30, Z28
	VPSRLVW      Z22, Z31, Z29
	VPANDD       Z14, Z29, Z29
	VPSRLW       $4, Z30, Z30
	VPTERNLOGD   $0xf8, Z15, Z30, Z29
	VPMADDUBSW   132(R12), Z28, Z12
	VPDPWSSD     Z26, Z12, Z4
	VPMADDUBSW   132(R12)(R8*1), Z28, Z12
	VPDPWSSD     Z26, Z12, Z5
	VPMADDUBSW   132(R12)(R8*2), Z28, Z12
	VPDPWSSD     Z26, Z12, Z6
	VPMADDUBSW   132(R12)(DX*1), Z28, Z12
	VPDPWSSD     Z26, Z12, Z7
	VPMADDUBSW   132(R14), Z28, Z12
	VPDPWSSD     Z26, Z12, Z8
	VPMADDUBSW   132(R14)(R8*1), Z28, Z12
	VPDPWSSD     Z26, Z12, Z9
	VPMADDUBSW   132(R14)(R8*2), Z28, Z12
	VPDPWSSD     Z26, Z12, Z10
	VPMADDUBSW   132(R14)(DX*1), Z28, Z12
	VPDPWSSD     Z26, Z12, Z11
	VPMADDUBSW   196(R12), Z29, Z12
	VPDPWSSD     Z27, Z12, Z4
	VPMADDUBSW   196(R12)(R8*1), Z29, Z12
	VPDPWSSD     Z27, Z12, Z5
	VPMADDUBSW   196(R12)(R8*2), Z29, Z12
	VPDPWSSD     Z27, Z12, Z6
	VPMADDUBSW   196(R12)(DX*1), Z29, Z12
	VPDPWSSD     Z27, Z12, Z7
	VPMADDUBSW   196(R14), Z29, Z12
	VPDPWSSD     Z27, Z12, Z8
	VPMADDUBSW   196(R14)(R8*1), Z29, Z12
	VPDPWSSD     Z27, Z12, Z9
	VPMADDUBSW   196(R14)(R8*2), Z29, Z12
	VPDPWSSD     Z27, Z12, Z10
	VPMADDUBSW   196(R14)(DX*1), Z29, Z12
	VPDPWSSD     Z27, Z12, Z11
	VSHUFI64X2   $0x44, Z5, Z4, Z12
	VSHUFI64X2   $0xee, Z5, Z4, Z13
	VPADDD       Z13, Z12, Z12
	VMOVDQU      260(R12), Y13
	VINSERTI64X4 $1, 260(R12)(R8*1), Z13, Z13
	VPMADDWD     Z20, Z13, Z13
	VPSLLD       $5, Z13, Z13
	VPSUBD       Z13, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VBROADCASTSS 0(R12)(R8*1), Z13
	VBROADCASTSS 0(R12), K2, Z13
	VMULPS       Z23, Z13, Z13
	VFMADD231PS  Z12, Z13, Z0
	VSHUFI64X2   $0x44, Z7, Z6, Z12
	VSHUFI64X2   $0xee, Z7, Z6, Z13
	VPADDD       Z13, Z12, Z12
	VMOVDQU      260(R12)(R8*2), Y13
	VINSERTI64X4 $1, 260(R12)(DX*1), Z13, Z13
	VPMADDWD     Z20, Z13, Z13
	VPSLLD       $5, Z13, Z13
	VPSUBD       Z13, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VBROADCASTSS 0(R12)(DX*1), Z13
	VBROADCASTSS 0(R12)(R8*2), K2, Z13
	VMULPS       Z23, Z13, Z13
	VFMADD231PS  Z12, Z13, Z1
	VSHUFI64X2   $0x44, Z9, Z8, Z12
	VSHUFI64X2   $0xee, Z9, Z8, Z13
	VPADDD       Z13, Z12, Z12
	VMOVDQU      260(R14), Y13
	VINSERTI64X4 $1, 260(R14)(R8*1), Z13, Z13
	VPMADDWD     Z20, Z13, Z13
	VPSLLD       $5, Z13, Z13
	VPSUBD       Z13, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VBROADCASTSS 0(R14)(R8*1), Z13
	VBROADCASTSS 0(R14), K2, Z13
	VMULPS       Z23, Z13, Z13
	VFMADD231PS  Z12, Z13, Z2
	VSHUFI64X2   $0x44, Z11, Z10, Z12
	VSHUFI64X2   $0xee, Z11, Z10, Z13
	VPADDD       Z13, Z12, Z12
	VMOVDQU      260(R14)(R8*2), Y13
	VINSERTI64X4 $1, 260(R14)(DX*1), Z13, Z13
	VPMADDWD     Z20, Z13, Z13
	VPSLLD       $5, Z13, Z13
	VPSUBD       Z13, Z12, Z12
	VCVTDQ2PS    Z12, Z12
	VBROADCASTSS 0(R14)(DX*1), Z13
	VBROADCASTSS 0(R14)(R8*2), K2, Z13
	VMULPS       Z23, Z13, Z13
	VFMADD231PS  Z12, Z13, Z3
	ADDQ         $210, R11
	ADDQ         $292, R12
	ADDQ         $292, R14
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	MOVQ         DI, BX
	VEXTRACTF64X4 $1, Z0, Y4
	VEXTRACTF64X4 $1, Z1, Y5
	VEXTRACTF64X4 $1, Z2, Y6
	VEXTRACTF64X4 $1, Z3, Y7
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VPERMILPS    $0x4e, X0, X8
	VADDPS       X8, X0, X0
	VMOVSHDUP    X0, X8
	VADDSS       X8, X0, X0
	VMOVSS       X0, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y4, X8
	VADDPS       X8, X4, X4
	VPERMILPS    $0x4e, X4, X8
	VADDPS       X8, X4, X4
	VMOVSHDUP    X4, X8
	VADDSS       X8, X4, X4
	VMOVSS       X4, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y1, X8
	VADDPS       X8, X1, X1
	VPERMILPS    $0x4e, X1, X8
	VADDPS       X8, X1, X1
	VMOVSHDUP    X1, X8
	VADDSS       X8, X1, X1
	VMOVSS       X1, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y5, X8
	VADDPS       X8, X5, X5
	VPERMILPS    $0x4e, X5, X8
	VADDPS       X8, X5, X5
	VMOVSHDUP    X5, X8
	VADDSS       X8, X5, X5
	VMOVSS       X5, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VPERMILPS    $0x4e, X2, X8
	VADDPS       X8, X2, X2
	VMOVSHDUP    X2, X8
	VADDSS       X8, X2, X2
	VMOVSS       X2, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y6, X8
	VADDPS       X8, X6, X6
	VPERMILPS    $0x4e, X6, X8
	VADDPS       X8, X6, X6
	VMOVSHDUP    X6, X8
	VADDSS       X8, X6, X6
	VMOVSS       X6, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y3, X8
	VADDPS       X8, X3, X3
	VPERMILPS    $0x4e, X3, X8
	VADDPS       X8, X3, X3
	VMOVSHDUP    X3, X8
	VADDSS       X8, X3, X3
	VMOVSS       X3, (BX)
	ADDQ         AX, BX
	VEXTRACTF128 $1, Y7, X8
	VADDPS       X8, X7, X7
	VPERMILPS    $0x4e, X7, X8
	VADDPS       X8, X7, X7
	VMOVSHDUP    X7, X8
	VADDSS       X8, X7, X7
	VMOVSS       X7, (BX)
	ADDQ         AX, BX
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET

// Four-stream variants of the AVX512-VNNI one-token kernels (see
// kernel_streams in gen/kq.py): the same results.

// func rowsQ4_KVNNIS(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_KVNNIS(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kunpack4<>+0(SB), X28
	VMOVDQU64    kunpack4<>+16(SB), X29
	VMOVDQU64    kunpack4<>+32(SB), X30
	VMOVDQU64    kunpack4<>+48(SB), X31
	VMOVDQU64    kmdup<>(SB), Z11
	MOVQ         ·f16tab(SB), R10

srow:
	VXORPS Y0, Y0, Y0
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y13, Y13, Y13
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

sblk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	VMOVDQU      4(R11), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   4(R12), Z2, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 48(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   68(R12), Z2, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 80(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   132(R12), Z2, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 112(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   196(R12), Z2, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	PREFETCHT0   2048(R11)(R8*1)
	PREFETCHT0   2112(R11)(R8*1)
	PREFETCHT0   2176(R11)(R8*1)
	VMOVDQU      4(R11)(R8*1), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11)(R8*1), AX
	MOVWLZX      2(R11)(R8*1), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   4(R12), Z2, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 48(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   68(R12), Z2, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 80(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   132(R12), Z2, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 112(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   196(R12), Z2, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y3
	VFNMADD231PS Y8, Y6, Y3
	PREFETCHT0   2048(R11)(R8*2)
	PREFETCHT0   2112(R11)(R8*2)
	PREFETCHT0   2176(R11)(R8*2)
	VMOVDQU      4(R11)(R8*2), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11)(R8*2), AX
	MOVWLZX      2(R11)(R8*2), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   4(R12), Z2, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 48(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   68(R12), Z2, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 80(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   132(R12), Z2, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 112(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   196(R12), Z2, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y4
	VFNMADD231PS Y8, Y6, Y4
	PREFETCHT0   2048(R11)(DX*1)
	PREFETCHT0   2112(R11)(DX*1)
	PREFETCHT0   2176(R11)(DX*1)
	VMOVDQU      4(R11)(DX*1), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11)(DX*1), AX
	MOVWLZX      2(R11)(DX*1), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   4(R12), Z2, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 48(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   68(R12), Z2, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 80(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   132(R12), Z2, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 112(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPANDD       Z15, Z2, Z2
	VPMADDUBSW   196(R12), Z2, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y13
	VFNMADD231PS Y8, Y6, Y13
	ADDQ         $144, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          sblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y3, X1
	VADDPS       X1, X3, X3
	VPERMILPS    $0x4e, X3, X1
	VADDPS       X1, X3, X3
	VMOVSHDUP    X3, X1
	VADDSS       X1, X3, X3
	VMOVSS       X3, (DI)(R14*1)
	VEXTRACTF128 $1, Y4, X1
	VADDPS       X1, X4, X4
	VPERMILPS    $0x4e, X4, X1
	VADDPS       X1, X4, X4
	VMOVSHDUP    X4, X1
	VADDSS       X1, X4, X4
	VMOVSS       X4, (DI)(R14*2)
	VEXTRACTF128 $1, Y13, X1
	VADDPS       X1, X13, X13
	VPERMILPS    $0x4e, X13, X1
	VADDPS       X1, X13, X13
	VMOVSHDUP    X13, X1
	VADDSS       X1, X13, X13
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X13, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET

// func rowsQ5_KVNNIS(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_KVNNIS(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
	VMOVDQU64    kperm4<>+0(SB), Z16
	VMOVDQU64    kperm4<>+64(SB), Z17
	VMOVDQU64    kperm4<>+128(SB), Z18
	VMOVDQU64    kperm4<>+192(SB), Z19
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kunpack4<>+0(SB), X28
	VMOVDQU64    kunpack4<>+16(SB), X29
	VMOVDQU64    kunpack4<>+32(SB), X30
	VMOVDQU64    kunpack4<>+48(SB), X31
	VMOVDQU64    kmdup<>(SB), Z11
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x10101010, AX
	VPBROADCASTD AX, Z26

srow:
	VXORPS Y0, Y0, Y0
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y13, Y13, Y13
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

sblk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	VMOVDQU      4(R11), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11), Z24
	VBROADCASTI64X4 48(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+0(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   4(R12), Z25, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 80(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+64(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   68(R12), Z25, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 112(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+128(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   132(R12), Z25, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 144(R11), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+192(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   196(R12), Z25, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	PREFETCHT0   2048(R11)(R8*1)
	PREFETCHT0   2112(R11)(R8*1)
	PREFETCHT0   2176(R11)(R8*1)
	VMOVDQU      4(R11)(R8*1), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11)(R8*1), AX
	MOVWLZX      2(R11)(R8*1), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11)(R8*1), Z24
	VBROADCASTI64X4 48(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+0(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   4(R12), Z25, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 80(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+64(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   68(R12), Z25, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 112(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+128(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   132(R12), Z25, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 144(R11)(R8*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+192(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   196(R12), Z25, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y3
	VFNMADD231PS Y8, Y6, Y3
	PREFETCHT0   2048(R11)(R8*2)
	PREFETCHT0   2112(R11)(R8*2)
	PREFETCHT0   2176(R11)(R8*2)
	VMOVDQU      4(R11)(R8*2), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11)(R8*2), AX
	MOVWLZX      2(R11)(R8*2), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11)(R8*2), Z24
	VBROADCASTI64X4 48(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+0(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   4(R12), Z25, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 80(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+64(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   68(R12), Z25, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 112(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+128(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   132(R12), Z25, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 144(R11)(R8*2), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+192(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   196(R12), Z25, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y4
	VFNMADD231PS Y8, Y6, Y4
	PREFETCHT0   2048(R11)(DX*1)
	PREFETCHT0   2112(R11)(DX*1)
	PREFETCHT0   2176(R11)(DX*1)
	VMOVDQU      4(R11)(DX*1), X10
	VPSHUFB      X28, X10, X7
	VPSHUFB      X29, X10, X10
	VPSRLVD      X30, X7, X7
	VPANDD       X31, X7, X7
	VPSRLD       $2, X10, X10
	VPTERNLOGD   $0xf8, X14, X10, X7
	VPMOVZXBW    X7, Y7
	VPERMW       Z7, Z16, Z20
	VPERMW       Z7, Z17, Z21
	VPERMW       Z7, Z18, Z22
	VPERMW       Z7, Z19, Z23
	MOVWLZX      (R11)(DX*1), AX
	MOVWLZX      2(R11)(DX*1), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
	VPERMW       Z7, Z11, Z8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VBROADCASTI64X4 16(R11)(DX*1), Z24
	VBROADCASTI64X4 48(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+0(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   4(R12), Z25, Z2
	VPMADDWD     Z20, Z2, Z9
	VBROADCASTI64X4 80(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSLLVW      kshift5<>+64(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   68(R12), Z25, Z2
	VPMADDWD     Z21, Z2, Z10
	VBROADCASTI64X4 112(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+128(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   132(R12), Z25, Z2
	VPDPWSSD     Z22, Z2, Z9
	VBROADCASTI64X4 144(R11)(DX*1), Z2
	VPSRLW       $4, Z2, K1, Z2
	VPSRLVW      kshift5<>+192(SB), Z24, Z25
	VPANDD       Z26, Z25, Z25
	VPTERNLOGD   $0xf8, Z15, Z2, Z25
	VPMADDUBSW   196(R12), Z25, Z2
	VPDPWSSD     Z23, Z2, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y13
	VFNMADD231PS Y8, Y6, Y13
	ADDQ         $176, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          sblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y3, X1
	VADDPS       X1, X3, X3
	VPERMILPS    $0x4e, X3, X1
	VADDPS       X1, X3, X3
	VMOVSHDUP    X3, X1
	VADDSS       X1, X3, X3
	VMOVSS       X3, (DI)(R14*1)
	VEXTRACTF128 $1, Y4, X1
	VADDPS       X1, X4, X4
	VPERMILPS    $0x4e, X4, X1
	VADDPS       X1, X4, X4
	VMOVSHDUP    X4, X1
	VADDSS       X1, X4, X4
	VMOVSS       X4, (DI)(R14*2)
	VEXTRACTF128 $1, Y13, X1
	VADDPS       X1, X13, X13
	VPERMILPS    $0x4e, X13, X1
	VADDPS       X1, X13, X13
	VMOVSHDUP    X13, X1
	VADDSS       X1, X13, X13
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X13, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET

// func rowsQ6_KVNNIS(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ6_KVNNIS(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z15
	MOVL         $0x30303030, AX
	VPBROADCASTD AX, Z14
	VMOVDQU64    kperm6<>+0(SB), Z16
	VMOVDQU64    kperm6<>+64(SB), Z17
	VMOVDQU64    kperm6<>+128(SB), Z18
	VMOVDQU64    kperm6<>+192(SB), Z19
	VMOVDQU64    kshift6<>+0(SB), Z21
	VMOVDQU64    kshift6<>+64(SB), Z22
	MOVQ         ·f16tab(SB), R10

srow:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

sblk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	PREFETCHT0   2240(R11)
	MOVWLZX      208(R11), AX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y1
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    192(R11), Y11
	VPERMW       Z11, Z16, Z24
	VPERMW       Z11, Z17, Z25
	VPERMW       Z11, Z18, Z26
	VPERMW       Z11, Z19, Z27
	VMOVDQU64    0(R11), Z2
	VBROADCASTI64X4 128(R11), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   4(R12), Z4, Z4
	VPMADDUBSW   68(R12), Z5, Z5
	VPMADDWD     Z24, Z4, Z9
	VPMADDWD     Z25, Z5, Z10
	VMOVDQU64    64(R11), Z2
	VBROADCASTI64X4 160(R11), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   132(R12), Z4, Z4
	VPMADDUBSW   196(R12), Z5, Z5
	VPDPWSSD     Z26, Z4, Z9
	VPDPWSSD     Z27, Z5, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
	PREFETCHT0   2048(R11)(R8*1)
	PREFETCHT0   2112(R11)(R8*1)
	PREFETCHT0   2176(R11)(R8*1)
	PREFETCHT0   2240(R11)(R8*1)
	MOVWLZX      208(R11)(R8*1), AX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y1
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    192(R11)(R8*1), Y11
	VPERMW       Z11, Z16, Z24
	VPERMW       Z11, Z17, Z25
	VPERMW       Z11, Z18, Z26
	VPERMW       Z11, Z19, Z27
	VMOVDQU64    0(R11)(R8*1), Z2
	VBROADCASTI64X4 128(R11)(R8*1), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   4(R12), Z4, Z4
	VPMADDUBSW   68(R12), Z5, Z5
	VPMADDWD     Z24, Z4, Z9
	VPMADDWD     Z25, Z5, Z10
	VMOVDQU64    64(R11)(R8*1), Z2
	VBROADCASTI64X4 160(R11)(R8*1), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   132(R12), Z4, Z4
	VPMADDUBSW   196(R12), Z5, Z5
	VPDPWSSD     Z26, Z4, Z9
	VPDPWSSD     Z27, Z5, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y6
	PREFETCHT0   2048(R11)(R8*2)
	PREFETCHT0   2112(R11)(R8*2)
	PREFETCHT0   2176(R11)(R8*2)
	PREFETCHT0   2240(R11)(R8*2)
	MOVWLZX      208(R11)(R8*2), AX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y1
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    192(R11)(R8*2), Y11
	VPERMW       Z11, Z16, Z24
	VPERMW       Z11, Z17, Z25
	VPERMW       Z11, Z18, Z26
	VPERMW       Z11, Z19, Z27
	VMOVDQU64    0(R11)(R8*2), Z2
	VBROADCASTI64X4 128(R11)(R8*2), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   4(R12), Z4, Z4
	VPMADDUBSW   68(R12), Z5, Z5
	VPMADDWD     Z24, Z4, Z9
	VPMADDWD     Z25, Z5, Z10
	VMOVDQU64    64(R11)(R8*2), Z2
	VBROADCASTI64X4 160(R11)(R8*2), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   132(R12), Z4, Z4
	VPMADDUBSW   196(R12), Z5, Z5
	VPDPWSSD     Z26, Z4, Z9
	VPDPWSSD     Z27, Z5, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y7
	PREFETCHT0   2048(R11)(DX*1)
	PREFETCHT0   2112(R11)(DX*1)
	PREFETCHT0   2176(R11)(DX*1)
	PREFETCHT0   2240(R11)(DX*1)
	MOVWLZX      208(R11)(DX*1), AX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y1
	VMULPS       Y2, Y1, Y1
	VPMOVSXBW    192(R11)(DX*1), Y11
	VPERMW       Z11, Z16, Z24
	VPERMW       Z11, Z17, Z25
	VPERMW       Z11, Z18, Z26
	VPERMW       Z11, Z19, Z27
	VMOVDQU64    0(R11)(DX*1), Z2
	VBROADCASTI64X4 128(R11)(DX*1), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   4(R12), Z4, Z4
	VPMADDUBSW   68(R12), Z5, Z5
	VPMADDWD     Z24, Z4, Z9
	VPMADDWD     Z25, Z5, Z10
	VMOVDQU64    64(R11)(DX*1), Z2
	VBROADCASTI64X4 160(R11)(DX*1), Z3
	VPSLLVW      Z21, Z3, Z4
	VPANDD       Z14, Z4, Z4
	VPTERNLOGD   $0xf8, Z15, Z2, Z4
	VPSRLVW      Z22, Z3, Z5
	VPANDD       Z14, Z5, Z5
	VPSRLW       $4, Z2, Z2
	VPTERNLOGD   $0xf8, Z15, Z2, Z5
	VPMADDUBSW   132(R12), Z4, Z4
	VPMADDUBSW   196(R12), Z5, Z5
	VPDPWSSD     Z26, Z4, Z9
	VPDPWSSD     Z27, Z5, Z10
	VPADDD       Z10, Z9, Z9
	VEXTRACTI64X4 $1, Z9, Y10
	VPADDD       Y10, Y9, Y9
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y8
	ADDQ         $210, R11
	ADDQ         $292, R12
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

// Four-stream variants of the AVX2 one-token kernels (kernel_streams; the
// Q4_K and Q5_K scales unpacked on registers the streams leave free): the
// same results.

// func rowsQ4_KAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_KAVX2S(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15

srow:
	VXORPS Y0, Y0, Y0
	VXORPS Y11, Y11, Y11
	VXORPS Y12, Y12, Y12
	VXORPS Y13, Y13, Y13
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

sblk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	MOVL         4(R11), AX
	MOVL         12(R11), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      48(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	PREFETCHT0   2048(R11)(R8*1)
	PREFETCHT0   2112(R11)(R8*1)
	PREFETCHT0   2176(R11)(R8*1)
	MOVL         4(R11)(R8*1), AX
	MOVL         12(R11)(R8*1), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11)(R8*1), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11)(R8*1), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      48(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y11
	VFNMADD231PS Y8, Y6, Y11
	PREFETCHT0   2048(R11)(R8*2)
	PREFETCHT0   2112(R11)(R8*2)
	PREFETCHT0   2176(R11)(R8*2)
	MOVL         4(R11)(R8*2), AX
	MOVL         12(R11)(R8*2), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11)(R8*2), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11)(R8*2), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      48(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y12
	VFNMADD231PS Y8, Y6, Y12
	PREFETCHT0   2048(R11)(DX*1)
	PREFETCHT0   2112(R11)(DX*1)
	PREFETCHT0   2176(R11)(DX*1)
	MOVL         4(R11)(DX*1), AX
	MOVL         12(R11)(DX*1), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11)(DX*1), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11)(DX*1), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      48(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y13
	VFNMADD231PS Y8, Y6, Y13
	ADDQ         $144, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          sblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y11, X1
	VADDPS       X1, X11, X11
	VPERMILPS    $0x4e, X11, X1
	VADDPS       X1, X11, X11
	VMOVSHDUP    X11, X1
	VADDSS       X1, X11, X11
	VMOVSS       X11, (DI)(R14*1)
	VEXTRACTF128 $1, Y12, X1
	VADDPS       X1, X12, X12
	VPERMILPS    $0x4e, X12, X1
	VADDPS       X1, X12, X12
	VMOVSHDUP    X12, X1
	VADDSS       X1, X12, X12
	VMOVSS       X12, (DI)(R14*2)
	VEXTRACTF128 $1, Y13, X1
	VADDPS       X1, X13, X13
	VPERMILPS    $0x4e, X13, X1
	VADDPS       X1, X13, X13
	VMOVSHDUP    X13, X1
	VADDSS       X1, X13, X13
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X13, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET

// func rowsQ5_KAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_KAVX2S(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x10101010, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

srow:
	VXORPS Y0, Y0, Y0
	VXORPS Y11, Y11, Y11
	VXORPS Y12, Y12, Y12
	VXORPS Y13, Y13, Y13
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

sblk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	MOVL         4(R11), AX
	MOVL         12(R11), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11), Y10
	VMOVDQU      48(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $4, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VMOVDQA      Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      144(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
	PREFETCHT0   2048(R11)(R8*1)
	PREFETCHT0   2112(R11)(R8*1)
	PREFETCHT0   2176(R11)(R8*1)
	MOVL         4(R11)(R8*1), AX
	MOVL         12(R11)(R8*1), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11)(R8*1), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11)(R8*1), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11)(R8*1), Y10
	VMOVDQU      48(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $4, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VMOVDQA      Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      144(R11)(R8*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y11
	VFNMADD231PS Y8, Y6, Y11
	PREFETCHT0   2048(R11)(R8*2)
	PREFETCHT0   2112(R11)(R8*2)
	PREFETCHT0   2176(R11)(R8*2)
	MOVL         4(R11)(R8*2), AX
	MOVL         12(R11)(R8*2), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11)(R8*2), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11)(R8*2), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11)(R8*2), Y10
	VMOVDQU      48(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $4, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VMOVDQA      Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      144(R11)(R8*2), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y12
	VFNMADD231PS Y8, Y6, Y12
	PREFETCHT0   2048(R11)(DX*1)
	PREFETCHT0   2112(R11)(DX*1)
	PREFETCHT0   2176(R11)(DX*1)
	MOVL         4(R11)(DX*1), AX
	MOVL         12(R11)(DX*1), R15
	MOVL         AX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	MOVL         R15, BX
	ANDL         $0x0f0f0f0f, BX
	ORL          R10, BX
	ANDL         $0x3f3f3f3f, AX
	SHLQ         $32, BX
	ORQ          BX, AX
	VMOVQ        AX, X7
	MOVL         8(R11)(DX*1), BX
	MOVL         BX, R10
	SHRL         $6, R10
	ANDL         $0x03030303, R10
	SHLL         $4, R10
	SHRL         $4, R15
	ANDL         $0x0f0f0f0f, R15
	ORL          R10, R15
	ANDL         $0x3f3f3f3f, BX
	SHLQ         $32, R15
	ORQ          R15, BX
	VPINSRQ      $1, BX, X7, X7
	VPMOVZXBW    X7, Y7
	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
	VMOVD        (R11)(DX*1), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
	VMOVDQU      16(R11)(DX*1), Y10
	VMOVDQU      48(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $4, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   4(R12), Y2, Y2
	VPMADDUBSW   36(R12), Y3, Y3
	VPBROADCASTD 0(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 4(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      80(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSLLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSLLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   68(R12), Y2, Y2
	VPMADDUBSW   100(R12), Y3, Y3
	VPBROADCASTD 8(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 12(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      112(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VMOVDQA      Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $1, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   132(R12), Y2, Y2
	VPMADDUBSW   164(R12), Y3, Y3
	VPBROADCASTD 16(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 20(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VMOVDQU      144(R11)(DX*1), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
	VPSRLW       $3, Y10, Y4
	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   196(R12), Y2, Y2
	VPMADDUBSW   228(R12), Y3, Y3
	VPBROADCASTD 24(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD 28(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y13
	VFNMADD231PS Y8, Y6, Y13
	ADDQ         $176, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          sblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y11, X1
	VADDPS       X1, X11, X11
	VPERMILPS    $0x4e, X11, X1
	VADDPS       X1, X11, X11
	VMOVSHDUP    X11, X1
	VADDSS       X1, X11, X11
	VMOVSS       X11, (DI)(R14*1)
	VEXTRACTF128 $1, Y12, X1
	VADDPS       X1, X12, X12
	VPERMILPS    $0x4e, X12, X1
	VADDPS       X1, X12, X12
	VMOVSHDUP    X12, X1
	VADDSS       X1, X12, X12
	VMOVSS       X12, (DI)(R14*2)
	VEXTRACTF128 $1, Y13, X1
	VADDPS       X1, X13, X13
	VPERMILPS    $0x4e, X13, X1
	VADDPS       X1, X13, X13
	VMOVSHDUP    X13, X1
	VADDSS       X1, X13, X13
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X13, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET

// func rowsQ6_KAVX2S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ6_KAVX2S(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x30303030, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14

srow:
	VXORPS Y0, Y0, Y0
	VXORPS Y10, Y10, Y10
	VXORPS Y12, Y12, Y12
	VXORPS Y13, Y13, Y13
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

sblk:
	PREFETCHT0   2048(R11)
	PREFETCHT0   2112(R11)
	PREFETCHT0   2176(R11)
	PREFETCHT0   2240(R11)
	MOVWLZX      208(R11), AX
	VMOVD        AX, X1
	VCVTPH2PS    X1, X1
	VMULSS       (R12), X1, X1
	VBROADCASTSS X1, Y1
	VMOVDQU      192(R11), X7
	VPSHUFB      kevod<>(SB), X7, X7
	VPMOVSXBW    X7, Y7
	VPXOR        Y9, Y9, Y9
	VMOVDQU      0(R11), Y2
	VMOVDQU      32(R11), Y3
	VMOVDQU      128(R11), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   4(R12), Y5, Y5
	VPSHUFB      kwbc<>+0(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   36(R12), Y8, Y8
	VPSHUFB      kwbc<>+32(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   68(R12), Y2, Y2
	VPSHUFB      kwbc<>+64(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   100(R12), Y3, Y3
	VPSHUFB      kwbc<>+96(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VMOVDQU      64(R11), Y2
	VMOVDQU      96(R11), Y3
	VMOVDQU      160(R11), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   132(R12), Y5, Y5
	VPSHUFB      kwbc<>+128(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   164(R12), Y8, Y8
	VPSHUFB      kwbc<>+160(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   196(R12), Y2, Y2
	VPSHUFB      kwbc<>+192(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   228(R12), Y3, Y3
	VPSHUFB      kwbc<>+224(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPMOVSXBW    192(R11), Y11
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
	PREFETCHT0   2048(R11)(R8*1)
	PREFETCHT0   2112(R11)(R8*1)
	PREFETCHT0   2176(R11)(R8*1)
	PREFETCHT0   2240(R11)(R8*1)
	MOVWLZX      208(R11)(R8*1), AX
	VMOVD        AX, X1
	VCVTPH2PS    X1, X1
	VMULSS       (R12), X1, X1
	VBROADCASTSS X1, Y1
	VMOVDQU      192(R11)(R8*1), X7
	VPSHUFB      kevod<>(SB), X7, X7
	VPMOVSXBW    X7, Y7
	VPXOR        Y9, Y9, Y9
	VMOVDQU      0(R11)(R8*1), Y2
	VMOVDQU      32(R11)(R8*1), Y3
	VMOVDQU      128(R11)(R8*1), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   4(R12), Y5, Y5
	VPSHUFB      kwbc<>+0(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   36(R12), Y8, Y8
	VPSHUFB      kwbc<>+32(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   68(R12), Y2, Y2
	VPSHUFB      kwbc<>+64(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   100(R12), Y3, Y3
	VPSHUFB      kwbc<>+96(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VMOVDQU      64(R11)(R8*1), Y2
	VMOVDQU      96(R11)(R8*1), Y3
	VMOVDQU      160(R11)(R8*1), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   132(R12), Y5, Y5
	VPSHUFB      kwbc<>+128(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   164(R12), Y8, Y8
	VPSHUFB      kwbc<>+160(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   196(R12), Y2, Y2
	VPSHUFB      kwbc<>+192(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   228(R12), Y3, Y3
	VPSHUFB      kwbc<>+224(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPMOVSXBW    192(R11)(R8*1), Y11
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y10
	PREFETCHT0   2048(R11)(R8*2)
	PREFETCHT0   2112(R11)(R8*2)
	PREFETCHT0   2176(R11)(R8*2)
	PREFETCHT0   2240(R11)(R8*2)
	MOVWLZX      208(R11)(R8*2), AX
	VMOVD        AX, X1
	VCVTPH2PS    X1, X1
	VMULSS       (R12), X1, X1
	VBROADCASTSS X1, Y1
	VMOVDQU      192(R11)(R8*2), X7
	VPSHUFB      kevod<>(SB), X7, X7
	VPMOVSXBW    X7, Y7
	VPXOR        Y9, Y9, Y9
	VMOVDQU      0(R11)(R8*2), Y2
	VMOVDQU      32(R11)(R8*2), Y3
	VMOVDQU      128(R11)(R8*2), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   4(R12), Y5, Y5
	VPSHUFB      kwbc<>+0(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   36(R12), Y8, Y8
	VPSHUFB      kwbc<>+32(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   68(R12), Y2, Y2
	VPSHUFB      kwbc<>+64(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   100(R12), Y3, Y3
	VPSHUFB      kwbc<>+96(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VMOVDQU      64(R11)(R8*2), Y2
	VMOVDQU      96(R11)(R8*2), Y3
	VMOVDQU      160(R11)(R8*2), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   132(R12), Y5, Y5
	VPSHUFB      kwbc<>+128(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   164(R12), Y8, Y8
	VPSHUFB      kwbc<>+160(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   196(R12), Y2, Y2
	VPSHUFB      kwbc<>+192(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   228(R12), Y3, Y3
	VPSHUFB      kwbc<>+224(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPMOVSXBW    192(R11)(R8*2), Y11
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y12
	PREFETCHT0   2048(R11)(DX*1)
	PREFETCHT0   2112(R11)(DX*1)
	PREFETCHT0   2176(R11)(DX*1)
	PREFETCHT0   2240(R11)(DX*1)
	MOVWLZX      208(R11)(DX*1), AX
	VMOVD        AX, X1
	VCVTPH2PS    X1, X1
	VMULSS       (R12), X1, X1
	VBROADCASTSS X1, Y1
	VMOVDQU      192(R11)(DX*1), X7
	VPSHUFB      kevod<>(SB), X7, X7
	VPMOVSXBW    X7, Y7
	VPXOR        Y9, Y9, Y9
	VMOVDQU      0(R11)(DX*1), Y2
	VMOVDQU      32(R11)(DX*1), Y3
	VMOVDQU      128(R11)(DX*1), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   4(R12), Y5, Y5
	VPSHUFB      kwbc<>+0(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   36(R12), Y8, Y8
	VPSHUFB      kwbc<>+32(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   68(R12), Y2, Y2
	VPSHUFB      kwbc<>+64(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   100(R12), Y3, Y3
	VPSHUFB      kwbc<>+96(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VMOVDQU      64(R11)(DX*1), Y2
	VMOVDQU      96(R11)(DX*1), Y3
	VMOVDQU      160(R11)(DX*1), Y4
	VPAND        Y15, Y2, Y5
	VPSLLW       $4, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y5, Y5
	VPAND        Y15, Y3, Y8
	VPSLLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y8, Y8
	VPSRLW       $4, Y2, Y2
	VPAND        Y15, Y2, Y2
	VPAND        Y14, Y4, Y6
	VPOR         Y6, Y2, Y2
	VPSRLW       $4, Y3, Y3
	VPAND        Y15, Y3, Y3
	VPSRLW       $2, Y4, Y6
	VPAND        Y14, Y6, Y6
	VPOR         Y6, Y3, Y3
	VPMADDUBSW   132(R12), Y5, Y5
	VPSHUFB      kwbc<>+128(SB), Y7, Y11
	VPMADDWD     Y11, Y5, Y5
	VPADDD       Y5, Y9, Y9
	VPMADDUBSW   164(R12), Y8, Y8
	VPSHUFB      kwbc<>+160(SB), Y7, Y11
	VPMADDWD     Y11, Y8, Y8
	VPADDD       Y8, Y9, Y9
	VPMADDUBSW   196(R12), Y2, Y2
	VPSHUFB      kwbc<>+192(SB), Y7, Y11
	VPMADDWD     Y11, Y2, Y2
	VPADDD       Y2, Y9, Y9
	VPMADDUBSW   228(R12), Y3, Y3
	VPSHUFB      kwbc<>+224(SB), Y7, Y11
	VPMADDWD     Y11, Y3, Y3
	VPADDD       Y3, Y9, Y9
	VPMOVSXBW    192(R11)(DX*1), Y11
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y13
	ADDQ         $210, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          sblk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	VEXTRACTF128 $1, Y10, X1
	VADDPS       X1, X10, X10
	VPERMILPS    $0x4e, X10, X1
	VADDPS       X1, X10, X10
	VMOVSHDUP    X10, X1
	VADDSS       X1, X10, X10
	VMOVSS       X10, (DI)(R14*1)
	VEXTRACTF128 $1, Y12, X1
	VADDPS       X1, X12, X12
	VPERMILPS    $0x4e, X12, X1
	VADDPS       X1, X12, X12
	VMOVSHDUP    X12, X1
	VADDSS       X1, X12, X12
	VMOVSS       X12, (DI)(R14*2)
	VEXTRACTF128 $1, Y13, X1
	VADDPS       X1, X13, X13
	VPERMILPS    $0x4e, X13, X1
	VADDPS       X1, X13, X13
	VMOVSHDUP    X13, X1
	VADDSS       X1, X13, X13
	LEAQ         (DI)(R14*2), AX
	ADDQ         R14, AX
	VMOVSS       X13, (AX)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET
