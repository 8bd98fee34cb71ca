#!/usr/bin/env python3
# Writes one of runtime/vecdot's Go assembly files (see doc.go there):
#   python3 gen/float.py   (from runtime/vecdot or anywhere; writes beside gen/)
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
hdr = '''//go:build !purego

#include "textflag.h"

// Float weights × float32 activations, AVX2 + FMA (+ F16C for F16). For
// each row r < rows: dst[r] = Σ_{i<n} float32(W[r][i])·x[i], computed with
// four 8-lane accumulators over 32 values at a time, then 8 at a time into
// the first accumulator, a horizontal sum, and the last n%8 values added one
// by one (fused multiply-adds).
//
// Registers: DI dst, CX rows left, SI row start, R9 x, R11/R12 the current
// weight/activation pointers, R13 values left.

#define HSUM4ACC \\
	VADDPS Y1, Y0, Y0; \\
	VADDPS Y3, Y2, Y2; \\
	VADDPS Y2, Y0, Y0; \\
	VEXTRACTF128 $1, Y0, X1; \\
	VADDPS X1, X0, X0; \\
	VPERMILPS $0x4e, X0, X1; \\
	VADDPS X1, X0, X0; \\
	VMOVSHDUP X0, X1; \\
	VADDSS X1, X0, X0
'''
body = '''
// func {name}(dst *float32, rows int, w *byte, rowBytes int, x *float32, n int)
TEXT ·{name}(SB), NOSPLIT, $0-48
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
{l0}
{l1}
{l2}
{l3}
	VFMADD231PS (R12), Y4, Y0
	VFMADD231PS 32(R12), Y5, Y1
	VFMADD231PS 64(R12), Y6, Y2
	VFMADD231PS 96(R12), Y7, Y3
	ADDQ        ${s32}, R11
	ADDQ        $128, R12
	SUBQ        $32, R13
	CMPQ        R13, $32
	JGE         loop32

tail8:
	CMPQ        R13, $8
	JLT         tail1
{l0}
	VFMADD231PS (R12), Y4, Y0
	ADDQ        ${s8}, R11
	ADDQ        $32, R12
	SUBQ        $8, R13
	JMP         tail8

tail1:
	HSUM4ACC
	TESTQ R13, R13
	JZ    store

loop1:
{one}
	VFMADD231SS (R12), X4, X0
	ADDQ        ${es}, R11
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
'''
def ld(kind, off, y):
    if kind=='f32': return f'\tVMOVUPS {off}(R11), {y}'
    if kind=='f16': return f'\tVCVTPH2PS {off}(R11), {y}'
    return f'\tVPMOVZXWD {off}(R11), {y}\n\tVPSLLD $16, {y}, {y}'
one = {'f32':'\tVMOVSS (R11), X4','f16':'\tMOVWLZX (R11), AX\n\tVMOVD AX, X4\n\tVCVTPH2PS X4, X4','bf16':'\tMOVWLZX (R11), AX\n\tSHLL $16, AX\n\tVMOVD AX, X4'}
out = hdr
for kind,name,es in [('f32','rowsF32AVX2',4),('f16','rowsF16AVX2',2),('bf16','rowsBF16AVX2',2)]:
    out += body.format(name=name, l0=ld(kind,0,'Y4'), l1=ld(kind,8*es,'Y5'), l2=ld(kind,16*es,'Y6'), l3=ld(kind,24*es,'Y7'), s32=32*es, s8=8*es, es=es, one=one[kind])
open(os.path.join(OUT, 'float_amd64.s'), 'w').write(out)
