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

# Tile kernels: R weight rows × T tokens of float32 accumulators, each weight
# vector converted once for T tokens and each activation vector loaded once
# for R rows; see tileHdr.
tileHdr = '''
// Float weights × T tokens of float32 activations, R rows at a time
// ({isa}, {lanes} lanes). For each group of R rows r and each token k < T:
//
//	dst[k·dstStride + r] = (acc ? dst[k·dstStride + r] : 0) + Σ_{{i<n}} float32(W[r][i])·x[k·xStride + i]
//
// with one {lanes}-lane accumulator per (row, token), summed across lanes at
// the end (fused multiply-adds). rows is a multiple of R, n a positive
// multiple of 16.
//
// Registers: DI dst of the row group, BX dstStride in bytes, CX rows left,
// SI the row group's weights, R8 rowBytes, R9 xStride in bytes, R10/R11
// tokens 0 and 3 (their activations at +R9, +2·R9), R12/R13 rows 0 and 2
// (rows 1 and 3 at +R8), DX values left, AX the output pointer.

// func {name}(dst *float32, dstStride int, rows int, w *byte, rowBytes int, x *float32, xStride int, n int, acc int)
TEXT ·{name}(SB), NOSPLIT, $0-72
	MOVQ dst+0(FP), DI
	MOVQ dstStride+8(FP), BX
	SHLQ $2, BX
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ rowBytes+32(FP), R8
	MOVQ xStride+48(FP), R9
	SHLQ $2, R9

group:
{zero}
	MOVQ SI, R12
	LEAQ (SI)(R8*2), R13
	MOVQ x+40(FP), R10
	LEAQ (R10)(R9*2), R11
	ADDQ R9, R11
	MOVQ n+56(FP), DX

loop:
{body}
	ADDQ ${wstep}, R12
	ADDQ ${wstep}, R13
	ADDQ ${xstep}, R10
	ADDQ ${xstep}, R11
	SUBQ ${lanes}, DX
	JNZ  loop

	MOVQ DI, AX
{reduce}
	ADDQ ${dstep}, DI
	LEAQ (SI)(R8*{R}), SI
	SUBQ ${R}, CX
	JNZ  group
	VZEROUPPER
	RET
'''

TOK = ['(R10)', '(R10)(R9*1)', '(R10)(R9*2)', '(R11)', '(R11)(R9*1)', '(R11)(R9*2)']
ROW = ['(R12)', '(R12)(R8*1)', '(R13)', '(R13)(R8*1)']

def tile(kind, isa, name, R, T):
    es = {'f32': 4, 'f16': 2, 'bf16': 2}[kind]
    if isa == 'avx512':
        V, lanes, scratch = 'Z', 16, 24
    else:
        V, lanes, scratch = 'Y', 8, 2 * 6
    acc = lambda r, t: r * T + t
    wreg = lambda r: scratch + r
    xreg = scratch + R
    zero = '\n'.join(f'\tVXORPS {V}{acc(r,t)}, {V}{acc(r,t)}, {V}{acc(r,t)}' if isa != 'avx512' else
                     f'\tVPXORD Z{acc(r,t)}, Z{acc(r,t)}, Z{acc(r,t)}' for r in range(R) for t in range(T))
    body = []
    for r in range(R):
        src, dst = ROW[r], f'{V}{wreg(r)}'
        if kind == 'f32':
            body.append(f'\tVMOVUPS {src}, {dst}')
        elif kind == 'f16':
            body.append(f'\tVCVTPH2PS {src}, {dst}')
        else:
            body.append(f'\tVPMOVZXWD {src}, {dst}\n\tVPSLLD $16, {dst}, {dst}')
    for t in range(T):
        body.append(f'\tVMOVUPS {TOK[t]}, {V}{xreg}')
        for r in range(R):
            body.append(f'\tVFMADD231PS {V}{xreg}, {V}{wreg(r)}, {V}{acc(r,t)}')
    red = []
    if isa == 'avx512':
        # Token t: rows' accumulators to one X register of R = 4 sums.
        for t in range(T):
            for r in range(R):
                a = acc(r, t)
                red.append(f'\tVEXTRACTF64X4 $1, Z{a}, Y24\n\tVADDPS Y24, Y{a}, Y{a}\n\tVEXTRACTF32X4 $1, Y{a}, X24\n\tVADDPS X24, X{a}, X{a}')
            a, b, c, d = (acc(r, t) for r in range(4))
            red.append(f'''\tVUNPCKLPS X{b}, X{a}, X25
	VUNPCKHPS X{b}, X{a}, X26
	VADDPS X26, X25, X25
	VUNPCKLPS X{d}, X{c}, X26
	VUNPCKHPS X{d}, X{c}, X27
	VADDPS X27, X26, X26
	VMOVLHPS X26, X25, X27
	VMOVHLPS X25, X26, X28
	VADDPS X28, X27, X27
	CMPQ acc+64(FP), $0
	JEQ {name}_st{t}
	VADDPS (AX), X27, X27
{name}_st{t}:
	VMOVUPS X27, (AX)
	ADDQ BX, AX''')
    else:
        assert R == 2
        for t in range(T):
            a, b = acc(0, t), acc(1, t)
            red.append(f'''\tVEXTRACTF128 $1, Y{a}, X15
	VADDPS X15, X{a}, X{a}
	VEXTRACTF128 $1, Y{b}, X15
	VADDPS X15, X{b}, X{b}
	VHADDPS X{b}, X{a}, X{a}
	VHADDPS X{a}, X{a}, X{a}
	CMPQ acc+64(FP), $0
	JEQ {name}_st{t}
	VMOVSD (AX), X15
	VADDPS X15, X{a}, X{a}
{name}_st{t}:
	VMOVSD X{a}, (AX)
	ADDQ BX, AX''')
    return tileHdr.format(isa=isa.upper(), lanes=lanes, name=name, zero=zero, body='\n'.join(body),
                          wstep=lanes * es, xstep=lanes * 4, reduce='\n'.join(red), dstep=4 * R, R=R)

for kind, tn in [('f32', 'F32'), ('f16', 'F16'), ('bf16', 'BF16')]:
    out += tile(kind, 'avx2', f'tile{tn}AVX2', 2, 6)
    out += tile(kind, 'avx512', f'tile{tn}AVX512', 4, 6)
open(os.path.join(OUT, 'float_amd64.s'), 'w').write(out)
