#!/usr/bin/env python3
# Writes one of runtime/vecdot's Go assembly files (see doc.go there):
#   python3 gen/actq.py   (from runtime/vecdot or anywhere; writes beside gen/)
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
hdr = '''//go:build !purego

#include "textflag.h"

// Activation quantizers, AVX2 + F16C: the same bytes as
// quant.QuantizeActivations for finite inputs (see act.go there and
// quantize.go here). Rounding is VCVTPS2DQ's round-to-nearest-even (the
// default MXCSR mode Go runs with), which equals math.RoundToEven on the
// float32 products; fp16 scales are VCVTPS2PH with round-to-nearest-even.

DATA actperm<>+0(SB)/4, $0
DATA actperm<>+4(SB)/4, $4
DATA actperm<>+8(SB)/4, $1
DATA actperm<>+12(SB)/4, $5
DATA actperm<>+16(SB)/4, $2
DATA actperm<>+20(SB)/4, $6
DATA actperm<>+24(SB)/4, $3
DATA actperm<>+28(SB)/4, $7
GLOBL actperm<>(SB), RODATA|NOPTR, $32

// PACK32(a, b, c, d) packs four vectors of 8 int32 (values −128..127) into
// the 32 bytes of a, in order.
#define PACK32(a, b, c, d) \\
	VPACKSSDW b, a, a; \\
	VPACKSSDW d, c, c; \\
	VPACKSSWB c, a, a; \\
	VPERMD    a, Y13, a
'''

def q8(name, size, qoff, ones):
    s = f'''
// func {name}(dst *byte, src *float32, nb int) int
//
// For each block of 32 values: amax = max|x|, d = amax/127, id = 127/amax
// (0 when amax = 0), q = round(x·id); stores fp16(d) at 0{', fp16(d·Σq) at 2' if ones else ''} and q at {qoff}.
// It stops before a block whose amax is below 2⁻¹⁰⁰ (0 included), where
// 127/amax may overflow, and returns the number of blocks done.
TEXT ·{name}(SB), NOSPLIT, $0-32
	MOVQ         dst+0(FP), DI
	MOVQ         src+8(FP), SI
	MOVQ         nb+16(FP), CX
	MOVL         $0x7fffffff, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x42fe0000, AX
	VMOVD        AX, X14
	VMOVDQU      actperm<>(SB), Y13
	MOVL         $0x0d800000, AX
	VMOVD        AX, X12
	XORQ         DX, DX

loop:
	VMOVUPS      (SI), Y0
	VMOVUPS      32(SI), Y1
	VMOVUPS      64(SI), Y2
	VMOVUPS      96(SI), Y3
	VANDPS       Y15, Y0, Y4
	VANDPS       Y15, Y1, Y5
	VMAXPS       Y5, Y4, Y4
	VANDPS       Y15, Y2, Y5
	VMAXPS       Y5, Y4, Y4
	VANDPS       Y15, Y3, Y5
	VMAXPS       Y5, Y4, Y4
	VEXTRACTF128 $1, Y4, X5
	VMAXPS       X5, X4, X4
	VPERMILPS    $0x4e, X4, X5
	VMAXPS       X5, X4, X4
	VMOVSHDUP    X4, X5
	VMAXSS       X5, X4, X4
	VUCOMISS     X12, X4
	JCS          done
	VDIVSS       X14, X4, X6
	VDIVSS       X4, X14, X7
	VXORPS       X8, X8, X8
	VCMPSS       $4, X8, X4, X9
	VANDPS       X9, X7, X7
	VBROADCASTSS X7, Y7
	VMULPS       Y7, Y0, Y0
	VMULPS       Y7, Y1, Y1
	VMULPS       Y7, Y2, Y2
	VMULPS       Y7, Y3, Y3
	VCVTPS2DQ    Y0, Y0
	VCVTPS2DQ    Y1, Y1
	VCVTPS2DQ    Y2, Y2
	VCVTPS2DQ    Y3, Y3
'''
    if ones:
        s += '''	VPADDD       Y1, Y0, Y8
	VPADDD       Y3, Y2, Y9
	VPADDD       Y9, Y8, Y8
	VEXTRACTI128 $1, Y8, X9
	VPADDD       X9, X8, X8
	VPSHUFD      $0x4e, X8, X9
	VPADDD       X9, X8, X8
	VPSHUFD      $0xb1, X8, X9
	VPADDD       X9, X8, X8
	VMOVD        X8, BX
	VCVTSI2SSL   BX, X10, X10
	VMULSS       X10, X6, X10
	VCVTPS2PH    $0, X10, X10
	VPEXTRW      $0, X10, BX
	MOVW         BX, 2(DI)
'''
    s += f'''	PACK32(Y0, Y1, Y2, Y3)
	VMOVDQU      Y0, {qoff}(DI)
	VCVTPS2PH    $0, X6, X6
	VPEXTRW      $0, X6, AX
	MOVW         AX, (DI)
	ADDQ         $128, SI
	ADDQ         ${size}, DI
	INCQ         DX
	CMPQ         DX, CX
	JLT          loop

done:
	MOVQ         DX, ret+24(FP)
	VZEROUPPER
	RET
'''
    return s

def q8k():
    s = """
// func quantQ8_KAVX2(dst *byte, src *float32, nb int) int
//
// For each block of 256 values: x_max = the first value of largest
// magnitude, with its sign; iscale = -127/x_max; q = min(127,
// round(iscale*x)); d = 1/iscale (float32 at 0), q at 4, and the sums of each
// 16 q as int16 at 260. An all-zero block is stored as 292 zero bytes. It
// stops before a block whose largest magnitude is below 2⁻¹⁰⁰ but not 0,
// where −127/x_max may overflow, and returns the number of blocks done.
TEXT ·quantQ8_KAVX2(SB), NOSPLIT, $0-32
	MOVQ         dst+0(FP), DI
	MOVQ         src+8(FP), SI
	MOVQ         nb+16(FP), CX
	VMOVDQU      actperm<>(SB), Y13
	MOVL         $127, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
	XORQ         BX, BX

block:
	MOVL         $0x7fffffff, AX
	VMOVD        AX, X12
	VPBROADCASTD X12, Y12
	VXORPS       Y4, Y4, Y4
	XORQ         DX, DX

amax:
	VANDPS       (SI)(DX*1), Y12, Y0
	VANDPS       32(SI)(DX*1), Y12, Y1
	VANDPS       64(SI)(DX*1), Y12, Y2
	VANDPS       96(SI)(DX*1), Y12, Y3
	VMAXPS       Y1, Y0, Y0
	VMAXPS       Y3, Y2, Y2
	VMAXPS       Y2, Y0, Y0
	VMAXPS       Y0, Y4, Y4
	ADDQ         $128, DX
	CMPQ         DX, $1024
	JLT          amax
	VEXTRACTF128 $1, Y4, X5
	VMAXPS       X5, X4, X4
	VPERMILPS    $0x4e, X4, X5
	VMAXPS       X5, X4, X4
	VMOVSHDUP    X4, X5
	VMAXSS       X5, X4, X4
	VXORPS       X8, X8, X8
	VUCOMISS     X8, X4
	JNE          nonzero
	VPXOR        Y0, Y0, Y0
	VMOVDQU      Y0, (DI)
	VMOVDQU      Y0, 32(DI)
	VMOVDQU      Y0, 64(DI)
	VMOVDQU      Y0, 96(DI)
	VMOVDQU      Y0, 128(DI)
	VMOVDQU      Y0, 160(DI)
	VMOVDQU      Y0, 192(DI)
	VMOVDQU      Y0, 224(DI)
	VMOVDQU      Y0, 256(DI)
	MOVL         $0, 288(DI)
	JMP          next

nonzero:
	MOVL         $0x0d800000, AX
	VMOVD        AX, X5
	VUCOMISS     X5, X4
	JCS          done
	VBROADCASTSS X4, Y4
	XORQ         DX, DX

find:
	VANDPS       (SI)(DX*1), Y12, Y0
	VCMPPS       $0, Y4, Y0, Y0
	VMOVMSKPS    Y0, AX
	TESTL        AX, AX
	JNZ          found
	ADDQ         $32, DX
	JMP          find

found:
	BSFL         AX, AX
	LEAQ         (DX)(AX*4), DX
	VMOVSS       (SI)(DX*1), X4
	MOVL         $0xc2fe0000, AX
	VMOVD        AX, X5
	VDIVSS       X4, X5, X15
	MOVL         $0x3f800000, AX
	VMOVD        AX, X5
	VDIVSS       X15, X5, X6
	VMOVSS       X6, (DI)
	VBROADCASTSS X15, Y15
	MOVQ         SI, R8
	LEAQ         4(DI), R9
	LEAQ         260(DI), R10
	MOVQ         $4, R11

chunk:
"""
    for v in range(8):
        s += f'\tVMULPS       {32*v}(R8), Y15, Y{v}\n'
    for v in range(8):
        s += f'\tVCVTPS2DQ    Y{v}, Y{v}\n\tVPMINSD      Y14, Y{v}, Y{v}\n'
    s += """	VPADDD       Y1, Y0, Y8
	VPADDD       Y3, Y2, Y9
	VPADDD       Y5, Y4, Y10
	VPADDD       Y7, Y6, Y11
	VPHADDD      Y9, Y8, Y8
	VPHADDD      Y11, Y10, Y10
	VPHADDD      Y10, Y8, Y8
	VEXTRACTI128 $1, Y8, X9
	VPADDD       X9, X8, X8
	VPACKSSDW    X8, X8, X8
	VMOVQ        X8, (R10)
	PACK32(Y0, Y1, Y2, Y3)
	PACK32(Y4, Y5, Y6, Y7)
	VMOVDQU      Y0, (R9)
	VMOVDQU      Y4, 32(R9)
	ADDQ         $256, R8
	ADDQ         $64, R9
	ADDQ         $8, R10
	DECQ         R11
	JNZ          chunk

next:
	ADDQ         $1024, SI
	ADDQ         $292, DI
	INCQ         BX
	CMPQ         BX, CX
	JLT          block

done:
	MOVQ         BX, ret+24(FP)
	VZEROUPPER
	RET
"""
    return s

out = hdr + q8('quantQ8_0AVX2', 34, 2, False) + q8('quantQ8_1AVX2', 36, 4, True) + q8k()
open(os.path.join(OUT, 'quantize_amd64.s'), 'w').write(out)
