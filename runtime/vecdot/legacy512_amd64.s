//go:build !purego

#include "textflag.h"

// Q8_0, Q4_0 and Q5_0 weights × Q8_0 activations on 512-bit registers
// (AVX-512 F, BW, VL and VNNI). Each kernel computes, for every row r < rows,
//
//	dst[r] = Σ_blocks (d_w·d_a)·Σ_j qx[j]·qy[j]
//
// as dotQ8_0/dotQ4_0/dotQ5_0 in ref_legacy.go state it, eight rows per
// pass (then pairs of rows, then a last odd row). A register holds one block of two
// rows: lanes 0–7 row r, lanes 8–15 row r+1, each lane the sum of four
// products. The weights are made unsigned so that one VPDPBUSD forms the
// products with the signed activations: Q8_0's x+128 (XOR 0x80); Q4_0's
// nibble levels u = x+8, the low nibbles (the block's first 16 values) as
// they are and the high ones (the last 16) masked in place, that is 16·u,
// with d_a/16 in their lanes (exact: a power of two); Q5_0's levels x+16,
// the nibbles (the high ones shifted down) plus 16 where the block's bit is
// set (a byte mask from the two rows' 32-bit fields). The offset is the
// activation block's own sum: per lane, with c = 128 (Q8_0), 8 (Q4_0's low
// nibbles), 16·8 (its high ones) or 16 (Q5_0),
//
//	Σ u·y = Σ x·y + c·Σ y
//
// so t = float32(Σ u·y)·d_a − float32(c·Σ y)·d_a (one fused multiply-
// subtract; c·Σ y and d_a are formed once per block for all the rows), and
// the row accumulates t·d_w. Every integer sum is exact (|Σ u·y| ≤
// 4·255·128 per lane, for every int8 activation, −128 included); the float32
// operations and their order differ from the reference (within rounding).
//
// The fp16 scales are converted by lookup in f16tab (R10).
//
// Registers: DI dst, SI the group's first row, R8 rowBytes, DX 3·rowBytes,
// R9 act, R10 f16tab, R11 rows 0–3 and R13 rows 4–7 at the current block,
// R12 the activation block, CX blocks left, R14 the prefetch pointer; Z0–Z3
// the row pairs' accumulators, Z4 the activation block in both halves, Z5
// d_a, Z6 c·Σy·d_a, Z24 the bytes c, Z25/Z26 Q4_0's nibble masks and d_a
// factors (Q5_0's: the 0x0F bytes and shift counts), K2 lanes 8–15 (K7 as
// a qword mask), K3–K6 Q5_0's bit masks; Z8–Z23 per-pair temporaries. The
// second row of a pair is loaded into the upper half by a merge-masked
// broadcast (faster than a shuffle or insert: Q4_0 +5%).

// Q4_0: nibmask<> keeps the low nibbles in 128-bit lanes 0 and 2 and the
// high ones, times 16, in lanes 1 and 3; nibc<> holds the offsets c (8 and
// 16·8) by lane, nibscale<> d_a's factors (1 and 1/16).
DATA nibmask<>+0(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibmask<>+8(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibmask<>+16(SB)/8, $0xf0f0f0f0f0f0f0f0
DATA nibmask<>+24(SB)/8, $0xf0f0f0f0f0f0f0f0
DATA nibmask<>+32(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibmask<>+40(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibmask<>+48(SB)/8, $0xf0f0f0f0f0f0f0f0
DATA nibmask<>+56(SB)/8, $0xf0f0f0f0f0f0f0f0
GLOBL nibmask<>(SB), RODATA|NOPTR, $64
DATA nibc<>+0(SB)/8, $0x0808080808080808
DATA nibc<>+8(SB)/8, $0x0808080808080808
DATA nibc<>+16(SB)/8, $0x8080808080808080
DATA nibc<>+24(SB)/8, $0x8080808080808080
DATA nibc<>+32(SB)/8, $0x0808080808080808
DATA nibc<>+40(SB)/8, $0x0808080808080808
DATA nibc<>+48(SB)/8, $0x8080808080808080
DATA nibc<>+56(SB)/8, $0x8080808080808080
GLOBL nibc<>(SB), RODATA|NOPTR, $64
DATA nibscale<>+0(SB)/8, $0x3f8000003f800000
DATA nibscale<>+8(SB)/8, $0x3f8000003f800000
DATA nibscale<>+16(SB)/8, $0x3d8000003d800000
DATA nibscale<>+24(SB)/8, $0x3d8000003d800000
DATA nibscale<>+32(SB)/8, $0x3f8000003f800000
DATA nibscale<>+40(SB)/8, $0x3f8000003f800000
DATA nibscale<>+48(SB)/8, $0x3d8000003d800000
DATA nibscale<>+56(SB)/8, $0x3d8000003d800000
GLOBL nibscale<>(SB), RODATA|NOPTR, $64

// Q5_0: nibshift<> shifts the high nibbles down in 128-bit lanes 1 and 3.
DATA nibshift<>+0(SB)/8, $0
DATA nibshift<>+8(SB)/8, $0
DATA nibshift<>+16(SB)/8, $4
DATA nibshift<>+24(SB)/8, $4
DATA nibshift<>+32(SB)/8, $0
DATA nibshift<>+40(SB)/8, $0
DATA nibshift<>+48(SB)/8, $4
DATA nibshift<>+56(SB)/8, $4
GLOBL nibshift<>(SB), RODATA|NOPTR, $64

// rowidx<> gathers the eight row sums of the reduction (lane 4j: row j,
// lane 4j+1: row j+4) into lanes 0–7.
DATA rowidx<>+0(SB)/8, $0x0000000400000000
DATA rowidx<>+8(SB)/8, $0x0000000c00000008
DATA rowidx<>+16(SB)/8, $0x0000000500000001
DATA rowidx<>+24(SB)/8, $0x0000000d00000009
DATA rowidx<>+32(SB)/8, $0
DATA rowidx<>+40(SB)/8, $0
DATA rowidx<>+48(SB)/8, $0
DATA rowidx<>+56(SB)/8, $0
GLOBL rowidx<>(SB), RODATA|NOPTR, $64

// func rowsQ8_0AVX512(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ8_0AVX512(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         rows+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x80808080, AX
	VPBROADCASTD AX, Z24
	MOVL         $0xff00, AX
	KMOVW        AX, K2
	MOVL         $0xf0, AX
	KMOVW        AX, K7
	MOVQ         left-8(SP), AX
	CMPQ         AX, $8
	JLT          pairs

group:
	MOVQ         SI, R11
	LEAQ         (SI)(R8*4), R13
	MOVQ         R8, R14
	SHLQ         $3, R14
	ADDQ         SI, R14
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0
	VPXORD       Z1, Z1, Z1
	VPXORD       Z2, Z2, Z2
	VPXORD       Z3, Z3, Z3

gblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	PREFETCHT0   0(R14)
	PREFETCHT2   0(R14)(R8*8)
	PREFETCHT0   64(R14)
	PREFETCHT2   64(R14)(R8*8)
	PREFETCHT0   128(R14)
	PREFETCHT2   128(R14)(R8*8)
	PREFETCHT0   192(R14)
	PREFETCHT2   192(R14)(R8*8)
	PREFETCHT0   256(R14)
	PREFETCHT2   256(R14)(R8*8)
	VBROADCASTI64X4 2(R11), Z8
	VBROADCASTI64X4 2(R11)(R8*1), K7, Z8
	VPXORD       Z24, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	VBROADCASTI64X4 2(R11)(R8*2), Z9
	VBROADCASTI64X4 2(R11)(DX*1), K7, Z9
	VPXORD       Z24, Z9, Z9
	VPXORD       Z17, Z17, Z17
	VPDPBUSD     Z4, Z9, Z17
	VCVTDQ2PS    Z17, Z17
	VFMSUB213PS  Z6, Z5, Z17
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R11)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z21
	VBROADCASTSS (R10)(BX*4), K2, Z21
	VFMADD231PS  Z17, Z21, Z1
	VBROADCASTI64X4 2(R13), Z10
	VBROADCASTI64X4 2(R13)(R8*1), K7, Z10
	VPXORD       Z24, Z10, Z10
	VPXORD       Z18, Z18, Z18
	VPDPBUSD     Z4, Z10, Z18
	VCVTDQ2PS    Z18, Z18
	VFMSUB213PS  Z6, Z5, Z18
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R13)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z22
	VBROADCASTSS (R10)(BX*4), K2, Z22
	VFMADD231PS  Z18, Z22, Z2
	VBROADCASTI64X4 2(R13)(R8*2), Z11
	VBROADCASTI64X4 2(R13)(DX*1), K7, Z11
	VPXORD       Z24, Z11, Z11
	VPXORD       Z19, Z19, Z19
	VPDPBUSD     Z4, Z11, Z19
	VCVTDQ2PS    Z19, Z19
	VFMSUB213PS  Z6, Z5, Z19
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R13)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z23
	VBROADCASTSS (R10)(BX*4), K2, Z23
	VFMADD231PS  Z19, Z23, Z3
	ADDQ         $320, R14
	ADDQ         $34, R11
	ADDQ         $34, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          gblk

	VSHUFF32X4   $0x88, Z1, Z0, Z8
	VSHUFF32X4   $0xdd, Z1, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VSHUFF32X4   $0x88, Z3, Z2, Z10
	VSHUFF32X4   $0xdd, Z3, Z2, Z11
	VADDPS       Z11, Z10, Z10
	VUNPCKLPS    Z10, Z8, Z12
	VUNPCKHPS    Z10, Z8, Z13
	VADDPS       Z13, Z12, Z12
	VPERMILPS    $0x4e, Z12, Z13
	VADDPS       Z13, Z12, Z12
	VMOVDQU64    rowidx<>(SB), Z14
	VPERMPS      Z12, Z14, Z12
	VMOVUPS      Y12, (DI)
	ADDQ         $32, DI
	LEAQ         (SI)(R8*8), SI
	MOVQ         left-8(SP), AX
	SUBQ         $8, AX
	MOVQ         AX, left-8(SP)
	CMPQ         AX, $8
	JGE          group

pairs:
	CMPQ         AX, $2
	JLT          odd
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0

pblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	VBROADCASTI64X4 2(R11), Z8
	VBROADCASTI64X4 2(R11)(R8*1), K7, Z8
	VPXORD       Z24, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         CX
	JNZ          pblk
	VSHUFF32X4   $0x88, Z0, Z0, Z8
	VSHUFF32X4   $0xdd, Z0, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VEXTRACTF128 $1, Y8, X9
	VHADDPS      X9, X8, X0
	VHADDPS      X0, X0, X0
	VMOVSD       X0, (DI)
	ADDQ         $8, DI
	LEAQ         (SI)(R8*2), SI
	MOVQ         left-8(SP), AX
	SUBQ         $2, AX
	MOVQ         AX, left-8(SP)
	JMP          pairs

odd:
	CMPQ         AX, $0
	JEQ          done
	XORQ         R8, R8
	XORQ         DX, DX
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0

oblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	VBROADCASTI64X4 2(R11), Z8
	VBROADCASTI64X4 2(R11)(R8*1), K7, Z8
	VPXORD       Z24, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	ADDQ         $34, R11
	ADDQ         $34, R12
	DECQ         CX
	JNZ          oblk
	VSHUFF32X4   $0x88, Z0, Z0, Z8
	VSHUFF32X4   $0xdd, Z0, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VEXTRACTF128 $1, Y8, X9
	VHADDPS      X9, X8, X0
	VHADDPS      X0, X0, X0
	VMOVSS       X0, (DI)

done:
	VZEROUPPER
	RET

// func rowsQ4_0AVX512(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_0AVX512(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         rows+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	VMOVDQU64    nibc<>(SB), Z24
	VMOVDQU64    nibmask<>(SB), Z25
	VMOVDQU64    nibscale<>(SB), Z26
	MOVL         $0xff00, AX
	KMOVW        AX, K2
	MOVL         $0xf0, AX
	KMOVW        AX, K7
	MOVQ         left-8(SP), AX
	CMPQ         AX, $8
	JLT          pairs

group:
	MOVQ         SI, R11
	LEAQ         (SI)(R8*4), R13
	MOVQ         R8, R14
	SHLQ         $3, R14
	ADDQ         SI, R14
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0
	VPXORD       Z1, Z1, Z1
	VPXORD       Z2, Z2, Z2
	VPXORD       Z3, Z3, Z3

gblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VMULPS       Z26, Z5, Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	PREFETCHT0   0(R14)
	PREFETCHT2   0(R14)(R8*8)
	PREFETCHT0   64(R14)
	PREFETCHT2   64(R14)(R8*8)
	PREFETCHT0   128(R14)
	PREFETCHT2   128(R14)(R8*8)
	VBROADCASTI32X4 2(R11), Z8
	VBROADCASTI32X4 2(R11)(R8*1), K2, Z8
	VPANDD       Z25, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	VBROADCASTI32X4 2(R11)(R8*2), Z9
	VBROADCASTI32X4 2(R11)(DX*1), K2, Z9
	VPANDD       Z25, Z9, Z9
	VPXORD       Z17, Z17, Z17
	VPDPBUSD     Z4, Z9, Z17
	VCVTDQ2PS    Z17, Z17
	VFMSUB213PS  Z6, Z5, Z17
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R11)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z21
	VBROADCASTSS (R10)(BX*4), K2, Z21
	VFMADD231PS  Z17, Z21, Z1
	VBROADCASTI32X4 2(R13), Z10
	VBROADCASTI32X4 2(R13)(R8*1), K2, Z10
	VPANDD       Z25, Z10, Z10
	VPXORD       Z18, Z18, Z18
	VPDPBUSD     Z4, Z10, Z18
	VCVTDQ2PS    Z18, Z18
	VFMSUB213PS  Z6, Z5, Z18
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R13)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z22
	VBROADCASTSS (R10)(BX*4), K2, Z22
	VFMADD231PS  Z18, Z22, Z2
	VBROADCASTI32X4 2(R13)(R8*2), Z11
	VBROADCASTI32X4 2(R13)(DX*1), K2, Z11
	VPANDD       Z25, Z11, Z11
	VPXORD       Z19, Z19, Z19
	VPDPBUSD     Z4, Z11, Z19
	VCVTDQ2PS    Z19, Z19
	VFMSUB213PS  Z6, Z5, Z19
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R13)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z23
	VBROADCASTSS (R10)(BX*4), K2, Z23
	VFMADD231PS  Z19, Z23, Z3
	ADDQ         $192, R14
	ADDQ         $18, R11
	ADDQ         $18, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          gblk

	VSHUFF32X4   $0x88, Z1, Z0, Z8
	VSHUFF32X4   $0xdd, Z1, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VSHUFF32X4   $0x88, Z3, Z2, Z10
	VSHUFF32X4   $0xdd, Z3, Z2, Z11
	VADDPS       Z11, Z10, Z10
	VUNPCKLPS    Z10, Z8, Z12
	VUNPCKHPS    Z10, Z8, Z13
	VADDPS       Z13, Z12, Z12
	VPERMILPS    $0x4e, Z12, Z13
	VADDPS       Z13, Z12, Z12
	VMOVDQU64    rowidx<>(SB), Z14
	VPERMPS      Z12, Z14, Z12
	VMOVUPS      Y12, (DI)
	ADDQ         $32, DI
	LEAQ         (SI)(R8*8), SI
	MOVQ         left-8(SP), AX
	SUBQ         $8, AX
	MOVQ         AX, left-8(SP)
	CMPQ         AX, $8
	JGE          group

pairs:
	CMPQ         AX, $2
	JLT          odd
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0

pblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VMULPS       Z26, Z5, Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	VBROADCASTI32X4 2(R11), Z8
	VBROADCASTI32X4 2(R11)(R8*1), K2, Z8
	VPANDD       Z25, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	ADDQ         $18, R11
	ADDQ         $34, R12
	DECQ         CX
	JNZ          pblk
	VSHUFF32X4   $0x88, Z0, Z0, Z8
	VSHUFF32X4   $0xdd, Z0, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VEXTRACTF128 $1, Y8, X9
	VHADDPS      X9, X8, X0
	VHADDPS      X0, X0, X0
	VMOVSD       X0, (DI)
	ADDQ         $8, DI
	LEAQ         (SI)(R8*2), SI
	MOVQ         left-8(SP), AX
	SUBQ         $2, AX
	MOVQ         AX, left-8(SP)
	JMP          pairs

odd:
	CMPQ         AX, $0
	JEQ          done
	XORQ         R8, R8
	XORQ         DX, DX
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0

oblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VMULPS       Z26, Z5, Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	VBROADCASTI32X4 2(R11), Z8
	VBROADCASTI32X4 2(R11)(R8*1), K2, Z8
	VPANDD       Z25, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	ADDQ         $18, R11
	ADDQ         $34, R12
	DECQ         CX
	JNZ          oblk
	VSHUFF32X4   $0x88, Z0, Z0, Z8
	VSHUFF32X4   $0xdd, Z0, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VEXTRACTF128 $1, Y8, X9
	VHADDPS      X9, X8, X0
	VHADDPS      X0, X0, X0
	VMOVSS       X0, (DI)

done:
	VZEROUPPER
	RET

// func rowsQ5_0AVX512(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_0AVX512(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         rows+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x10101010, AX
	VPBROADCASTD AX, Z24
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z25
	VMOVDQU64    nibshift<>(SB), Z26
	MOVL         $0xff00, AX
	KMOVW        AX, K2
	MOVL         $0xf0, AX
	KMOVW        AX, K7
	MOVQ         left-8(SP), AX
	CMPQ         AX, $8
	JLT          pairs

group:
	MOVQ         SI, R11
	LEAQ         (SI)(R8*4), R13
	MOVQ         R8, R14
	SHLQ         $3, R14
	ADDQ         SI, R14
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0
	VPXORD       Z1, Z1, Z1
	VPXORD       Z2, Z2, Z2
	VPXORD       Z3, Z3, Z3

gblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	PREFETCHT0   0(R14)
	PREFETCHT2   0(R14)(R8*8)
	PREFETCHT0   64(R14)
	PREFETCHT2   64(R14)(R8*8)
	PREFETCHT0   128(R14)
	PREFETCHT2   128(R14)(R8*8)
	MOVL         2(R11), AX
	MOVL         2(R11)(R8*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K3
	VBROADCASTI32X4 6(R11), Z8
	VBROADCASTI32X4 6(R11)(R8*1), K2, Z8
	VPSRLVQ      Z26, Z8, Z8
	VPANDD       Z25, Z8, Z8
	VPADDB       Z24, Z8, K3, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	MOVL         2(R11)(R8*2), AX
	MOVL         2(R11)(DX*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K4
	VBROADCASTI32X4 6(R11)(R8*2), Z9
	VBROADCASTI32X4 6(R11)(DX*1), K2, Z9
	VPSRLVQ      Z26, Z9, Z9
	VPANDD       Z25, Z9, Z9
	VPADDB       Z24, Z9, K4, Z9
	VPXORD       Z17, Z17, Z17
	VPDPBUSD     Z4, Z9, Z17
	VCVTDQ2PS    Z17, Z17
	VFMSUB213PS  Z6, Z5, Z17
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R11)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z21
	VBROADCASTSS (R10)(BX*4), K2, Z21
	VFMADD231PS  Z17, Z21, Z1
	MOVL         2(R13), AX
	MOVL         2(R13)(R8*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K5
	VBROADCASTI32X4 6(R13), Z10
	VBROADCASTI32X4 6(R13)(R8*1), K2, Z10
	VPSRLVQ      Z26, Z10, Z10
	VPANDD       Z25, Z10, Z10
	VPADDB       Z24, Z10, K5, Z10
	VPXORD       Z18, Z18, Z18
	VPDPBUSD     Z4, Z10, Z18
	VCVTDQ2PS    Z18, Z18
	VFMSUB213PS  Z6, Z5, Z18
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R13)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z22
	VBROADCASTSS (R10)(BX*4), K2, Z22
	VFMADD231PS  Z18, Z22, Z2
	MOVL         2(R13)(R8*2), AX
	MOVL         2(R13)(DX*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K6
	VBROADCASTI32X4 6(R13)(R8*2), Z11
	VBROADCASTI32X4 6(R13)(DX*1), K2, Z11
	VPSRLVQ      Z26, Z11, Z11
	VPANDD       Z25, Z11, Z11
	VPADDB       Z24, Z11, K6, Z11
	VPXORD       Z19, Z19, Z19
	VPDPBUSD     Z4, Z11, Z19
	VCVTDQ2PS    Z19, Z19
	VFMSUB213PS  Z6, Z5, Z19
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R13)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z23
	VBROADCASTSS (R10)(BX*4), K2, Z23
	VFMADD231PS  Z19, Z23, Z3
	ADDQ         $192, R14
	ADDQ         $22, R11
	ADDQ         $22, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          gblk

	VSHUFF32X4   $0x88, Z1, Z0, Z8
	VSHUFF32X4   $0xdd, Z1, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VSHUFF32X4   $0x88, Z3, Z2, Z10
	VSHUFF32X4   $0xdd, Z3, Z2, Z11
	VADDPS       Z11, Z10, Z10
	VUNPCKLPS    Z10, Z8, Z12
	VUNPCKHPS    Z10, Z8, Z13
	VADDPS       Z13, Z12, Z12
	VPERMILPS    $0x4e, Z12, Z13
	VADDPS       Z13, Z12, Z12
	VMOVDQU64    rowidx<>(SB), Z14
	VPERMPS      Z12, Z14, Z12
	VMOVUPS      Y12, (DI)
	ADDQ         $32, DI
	LEAQ         (SI)(R8*8), SI
	MOVQ         left-8(SP), AX
	SUBQ         $8, AX
	MOVQ         AX, left-8(SP)
	CMPQ         AX, $8
	JGE          group

pairs:
	CMPQ         AX, $2
	JLT          odd
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0

pblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	MOVL         2(R11), AX
	MOVL         2(R11)(R8*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K3
	VBROADCASTI32X4 6(R11), Z8
	VBROADCASTI32X4 6(R11)(R8*1), K2, Z8
	VPSRLVQ      Z26, Z8, Z8
	VPANDD       Z25, Z8, Z8
	VPADDB       Z24, Z8, K3, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	ADDQ         $22, R11
	ADDQ         $34, R12
	DECQ         CX
	JNZ          pblk
	VSHUFF32X4   $0x88, Z0, Z0, Z8
	VSHUFF32X4   $0xdd, Z0, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VEXTRACTF128 $1, Y8, X9
	VHADDPS      X9, X8, X0
	VHADDPS      X0, X0, X0
	VMOVSD       X0, (DI)
	ADDQ         $8, DI
	LEAQ         (SI)(R8*2), SI
	MOVQ         left-8(SP), AX
	SUBQ         $2, AX
	MOVQ         AX, left-8(SP)
	JMP          pairs

odd:
	CMPQ         AX, $0
	JEQ          done
	XORQ         R8, R8
	XORQ         DX, DX
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0

oblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	MOVL         2(R11), AX
	MOVL         2(R11)(R8*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K3
	VBROADCASTI32X4 6(R11), Z8
	VBROADCASTI32X4 6(R11)(R8*1), K2, Z8
	VPSRLVQ      Z26, Z8, Z8
	VPANDD       Z25, Z8, Z8
	VPADDB       Z24, Z8, K3, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	ADDQ         $22, R11
	ADDQ         $34, R12
	DECQ         CX
	JNZ          oblk
	VSHUFF32X4   $0x88, Z0, Z0, Z8
	VSHUFF32X4   $0xdd, Z0, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VEXTRACTF128 $1, Y8, X9
	VHADDPS      X9, X8, X0
	VHADDPS      X0, X0, X0
	VMOVSS       X0, (DI)

done:
	VZEROUPPER
	RET

// streamidx<> holds 0…7: lane j of Y15 (times s) is stream j's first row.
DATA streamidx<>+0(SB)/8, $0x0000000100000000
DATA streamidx<>+8(SB)/8, $0x0000000300000002
DATA streamidx<>+16(SB)/8, $0x0000000500000004
DATA streamidx<>+24(SB)/8, $0x0000000700000006
GLOBL streamidx<>(SB), RODATA|NOPTR, $32

// func rowsQ8_0AVX512S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ8_0AVX512S(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         s+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	IMULQ        AX, R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x80808080, AX
	VPBROADCASTD AX, Z24
	MOVL         $0xff00, AX
	KMOVW        AX, K2
	MOVL         $0xf0, AX
	KMOVW        AX, K7
	VPBROADCASTD s+8(FP), Y15
	VPMULLD      streamidx<>(SB), Y15, Y15

sgroup:
	MOVQ         SI, R11
	LEAQ         (SI)(R8*4), R13
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0
	VPXORD       Z1, Z1, Z1
	VPXORD       Z2, Z2, Z2
	VPXORD       Z3, Z3, Z3
	MOVQ         $1, R14

sblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R11)(R8*2)
	PREFETCHT0   512(R11)(DX*1)
	PREFETCHT0   512(R13)
	PREFETCHT0   512(R13)(R8*1)
	PREFETCHT0   512(R13)(R8*2)
	PREFETCHT0   512(R13)(DX*1)
	VBROADCASTI64X4 2(R11), Z8
	VBROADCASTI64X4 2(R11)(R8*1), K7, Z8
	VPXORD       Z24, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	VBROADCASTI64X4 2(R11)(R8*2), Z9
	VBROADCASTI64X4 2(R11)(DX*1), K7, Z9
	VPXORD       Z24, Z9, Z9
	VPXORD       Z17, Z17, Z17
	VPDPBUSD     Z4, Z9, Z17
	VCVTDQ2PS    Z17, Z17
	VFMSUB213PS  Z6, Z5, Z17
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R11)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z21
	VBROADCASTSS (R10)(BX*4), K2, Z21
	VFMADD231PS  Z17, Z21, Z1
	VBROADCASTI64X4 2(R13), Z10
	VBROADCASTI64X4 2(R13)(R8*1), K7, Z10
	VPXORD       Z24, Z10, Z10
	VPXORD       Z18, Z18, Z18
	VPDPBUSD     Z4, Z10, Z18
	VCVTDQ2PS    Z18, Z18
	VFMSUB213PS  Z6, Z5, Z18
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R13)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z22
	VBROADCASTSS (R10)(BX*4), K2, Z22
	VFMADD231PS  Z18, Z22, Z2
	VBROADCASTI64X4 2(R13)(R8*2), Z11
	VBROADCASTI64X4 2(R13)(DX*1), K7, Z11
	VPXORD       Z24, Z11, Z11
	VPXORD       Z19, Z19, Z19
	VPDPBUSD     Z4, Z11, Z19
	VCVTDQ2PS    Z19, Z19
	VFMSUB213PS  Z6, Z5, Z19
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R13)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z23
	VBROADCASTSS (R10)(BX*4), K2, Z23
	VFMADD231PS  Z19, Z23, Z3
	ADDQ         $34, R11
	ADDQ         $34, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          sblk

	VSHUFF32X4   $0x88, Z1, Z0, Z8
	VSHUFF32X4   $0xdd, Z1, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VSHUFF32X4   $0x88, Z3, Z2, Z10
	VSHUFF32X4   $0xdd, Z3, Z2, Z11
	VADDPS       Z11, Z10, Z10
	VUNPCKLPS    Z10, Z8, Z12
	VUNPCKHPS    Z10, Z8, Z13
	VADDPS       Z13, Z12, Z12
	VPERMILPS    $0x4e, Z12, Z13
	VADDPS       Z13, Z12, Z12
	VMOVDQU64    rowidx<>(SB), Z14
	VPERMPS      Z12, Z14, Z12
	KXNORB       K1, K1, K1
	VSCATTERDPS  Y12, K1, (DI)(Y15*4)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         left-8(SP)
	JNZ          sgroup
	VZEROUPPER
	RET

// func rowsQ4_0AVX512S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ4_0AVX512S(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         s+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	IMULQ        AX, R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	VMOVDQU64    nibc<>(SB), Z24
	VMOVDQU64    nibmask<>(SB), Z25
	VMOVDQU64    nibscale<>(SB), Z26
	MOVL         $0xff00, AX
	KMOVW        AX, K2
	MOVL         $0xf0, AX
	KMOVW        AX, K7
	VPBROADCASTD s+8(FP), Y15
	VPMULLD      streamidx<>(SB), Y15, Y15

sgroup:
	MOVQ         SI, R11
	LEAQ         (SI)(R8*4), R13
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0
	VPXORD       Z1, Z1, Z1
	VPXORD       Z2, Z2, Z2
	VPXORD       Z3, Z3, Z3
	MOVQ         $1, R14

sblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VMULPS       Z26, Z5, Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	DECQ         R14
	JNZ          rowsQ4_0AVX512Snopf
	MOVQ         $3, R14
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R11)(R8*2)
	PREFETCHT0   512(R11)(DX*1)
	PREFETCHT0   512(R13)
	PREFETCHT0   512(R13)(R8*1)
	PREFETCHT0   512(R13)(R8*2)
	PREFETCHT0   512(R13)(DX*1)

rowsQ4_0AVX512Snopf:
	VBROADCASTI32X4 2(R11), Z8
	VBROADCASTI32X4 2(R11)(R8*1), K2, Z8
	VPANDD       Z25, Z8, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	VBROADCASTI32X4 2(R11)(R8*2), Z9
	VBROADCASTI32X4 2(R11)(DX*1), K2, Z9
	VPANDD       Z25, Z9, Z9
	VPXORD       Z17, Z17, Z17
	VPDPBUSD     Z4, Z9, Z17
	VCVTDQ2PS    Z17, Z17
	VFMSUB213PS  Z6, Z5, Z17
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R11)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z21
	VBROADCASTSS (R10)(BX*4), K2, Z21
	VFMADD231PS  Z17, Z21, Z1
	VBROADCASTI32X4 2(R13), Z10
	VBROADCASTI32X4 2(R13)(R8*1), K2, Z10
	VPANDD       Z25, Z10, Z10
	VPXORD       Z18, Z18, Z18
	VPDPBUSD     Z4, Z10, Z18
	VCVTDQ2PS    Z18, Z18
	VFMSUB213PS  Z6, Z5, Z18
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R13)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z22
	VBROADCASTSS (R10)(BX*4), K2, Z22
	VFMADD231PS  Z18, Z22, Z2
	VBROADCASTI32X4 2(R13)(R8*2), Z11
	VBROADCASTI32X4 2(R13)(DX*1), K2, Z11
	VPANDD       Z25, Z11, Z11
	VPXORD       Z19, Z19, Z19
	VPDPBUSD     Z4, Z11, Z19
	VCVTDQ2PS    Z19, Z19
	VFMSUB213PS  Z6, Z5, Z19
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R13)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z23
	VBROADCASTSS (R10)(BX*4), K2, Z23
	VFMADD231PS  Z19, Z23, Z3
	ADDQ         $18, R11
	ADDQ         $18, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          sblk

	VSHUFF32X4   $0x88, Z1, Z0, Z8
	VSHUFF32X4   $0xdd, Z1, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VSHUFF32X4   $0x88, Z3, Z2, Z10
	VSHUFF32X4   $0xdd, Z3, Z2, Z11
	VADDPS       Z11, Z10, Z10
	VUNPCKLPS    Z10, Z8, Z12
	VUNPCKHPS    Z10, Z8, Z13
	VADDPS       Z13, Z12, Z12
	VPERMILPS    $0x4e, Z12, Z13
	VADDPS       Z13, Z12, Z12
	VMOVDQU64    rowidx<>(SB), Z14
	VPERMPS      Z12, Z14, Z12
	KXNORB       K1, K1, K1
	VSCATTERDPS  Y12, K1, (DI)(Y15*4)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         left-8(SP)
	JNZ          sgroup
	VZEROUPPER
	RET

// func rowsQ5_0AVX512S(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·rowsQ5_0AVX512S(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         s+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	IMULQ        AX, R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x10101010, AX
	VPBROADCASTD AX, Z24
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z25
	VMOVDQU64    nibshift<>(SB), Z26
	MOVL         $0xff00, AX
	KMOVW        AX, K2
	MOVL         $0xf0, AX
	KMOVW        AX, K7
	VPBROADCASTD s+8(FP), Y15
	VPMULLD      streamidx<>(SB), Y15, Y15

sgroup:
	MOVQ         SI, R11
	LEAQ         (SI)(R8*4), R13
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0
	VPXORD       Z1, Z1, Z1
	VPXORD       Z2, Z2, Z2
	VPXORD       Z3, Z3, Z3
	MOVQ         $1, R14

sblk:
	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
	DECQ         R14
	JNZ          rowsQ5_0AVX512Snopf
	MOVQ         $2, R14
	PREFETCHT0   512(R11)
	PREFETCHT0   512(R11)(R8*1)
	PREFETCHT0   512(R11)(R8*2)
	PREFETCHT0   512(R11)(DX*1)
	PREFETCHT0   512(R13)
	PREFETCHT0   512(R13)(R8*1)
	PREFETCHT0   512(R13)(R8*2)
	PREFETCHT0   512(R13)(DX*1)

rowsQ5_0AVX512Snopf:
	MOVL         2(R11), AX
	MOVL         2(R11)(R8*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K3
	VBROADCASTI32X4 6(R11), Z8
	VBROADCASTI32X4 6(R11)(R8*1), K2, Z8
	VPSRLVQ      Z26, Z8, Z8
	VPANDD       Z25, Z8, Z8
	VPADDB       Z24, Z8, K3, Z8
	VPXORD       Z16, Z16, Z16
	VPDPBUSD     Z4, Z8, Z16
	VCVTDQ2PS    Z16, Z16
	VFMSUB213PS  Z6, Z5, Z16
	MOVWLZX      0(R11), AX
	MOVWLZX      0(R11)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z20
	VBROADCASTSS (R10)(BX*4), K2, Z20
	VFMADD231PS  Z16, Z20, Z0
	MOVL         2(R11)(R8*2), AX
	MOVL         2(R11)(DX*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K4
	VBROADCASTI32X4 6(R11)(R8*2), Z9
	VBROADCASTI32X4 6(R11)(DX*1), K2, Z9
	VPSRLVQ      Z26, Z9, Z9
	VPANDD       Z25, Z9, Z9
	VPADDB       Z24, Z9, K4, Z9
	VPXORD       Z17, Z17, Z17
	VPDPBUSD     Z4, Z9, Z17
	VCVTDQ2PS    Z17, Z17
	VFMSUB213PS  Z6, Z5, Z17
	MOVWLZX      0(R11)(R8*2), AX
	MOVWLZX      0(R11)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z21
	VBROADCASTSS (R10)(BX*4), K2, Z21
	VFMADD231PS  Z17, Z21, Z1
	MOVL         2(R13), AX
	MOVL         2(R13)(R8*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K5
	VBROADCASTI32X4 6(R13), Z10
	VBROADCASTI32X4 6(R13)(R8*1), K2, Z10
	VPSRLVQ      Z26, Z10, Z10
	VPANDD       Z25, Z10, Z10
	VPADDB       Z24, Z10, K5, Z10
	VPXORD       Z18, Z18, Z18
	VPDPBUSD     Z4, Z10, Z18
	VCVTDQ2PS    Z18, Z18
	VFMSUB213PS  Z6, Z5, Z18
	MOVWLZX      0(R13), AX
	MOVWLZX      0(R13)(R8*1), BX
	VBROADCASTSS (R10)(AX*4), Z22
	VBROADCASTSS (R10)(BX*4), K2, Z22
	VFMADD231PS  Z18, Z22, Z2
	MOVL         2(R13)(R8*2), AX
	MOVL         2(R13)(DX*1), BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K6
	VBROADCASTI32X4 6(R13)(R8*2), Z11
	VBROADCASTI32X4 6(R13)(DX*1), K2, Z11
	VPSRLVQ      Z26, Z11, Z11
	VPANDD       Z25, Z11, Z11
	VPADDB       Z24, Z11, K6, Z11
	VPXORD       Z19, Z19, Z19
	VPDPBUSD     Z4, Z11, Z19
	VCVTDQ2PS    Z19, Z19
	VFMSUB213PS  Z6, Z5, Z19
	MOVWLZX      0(R13)(R8*2), AX
	MOVWLZX      0(R13)(DX*1), BX
	VBROADCASTSS (R10)(AX*4), Z23
	VBROADCASTSS (R10)(BX*4), K2, Z23
	VFMADD231PS  Z19, Z23, Z3
	ADDQ         $22, R11
	ADDQ         $22, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          sblk

	VSHUFF32X4   $0x88, Z1, Z0, Z8
	VSHUFF32X4   $0xdd, Z1, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VSHUFF32X4   $0x88, Z3, Z2, Z10
	VSHUFF32X4   $0xdd, Z3, Z2, Z11
	VADDPS       Z11, Z10, Z10
	VUNPCKLPS    Z10, Z8, Z12
	VUNPCKHPS    Z10, Z8, Z13
	VADDPS       Z13, Z12, Z12
	VPERMILPS    $0x4e, Z12, Z13
	VADDPS       Z13, Z12, Z12
	VMOVDQU64    rowidx<>(SB), Z14
	VPERMPS      Z12, Z14, Z12
	KXNORB       K1, K1, K1
	VSCATTERDPS  Y12, K1, (DI)(Y15*4)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         left-8(SP)
	JNZ          sgroup
	VZEROUPPER
	RET
