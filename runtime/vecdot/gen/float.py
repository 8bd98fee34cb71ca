#!/usr/bin/env python3
# Writes one of runtime/vecdot's Go assembly files (see doc.go there):
#   python3 gen/float.py   (from runtime/vecdot or anywhere; writes beside gen/)
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

def wload(kind, src, dst):
    """Loads one vector of float weights of kind from src into dst as float32."""
    if kind == 'f32':
        return f'\tVMOVUPS {src}, {dst}'
    if kind == 'f16':
        return f'\tVCVTPH2PS {src}, {dst}'
    return f'\tVPMOVZXWD {src}, {dst}\n\tVPSLLD $16, {dst}, {dst}'

def zeroRegs(isa, V, regs):
    """Zeroes the vector registers regs (VPXORD: AVX512F has no 512-bit VXORPS)."""
    op = 'VPXORD' if isa == 'avx512' else 'VXORPS'
    return '\n'.join(f'\t{op} {V}{r}, {V}{r}, {V}{r}' for r in regs)

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
    return wload(kind, f'{off}(R11)', y)
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
    zero = zeroRegs(isa, V, [acc(r, t) for r in range(R) for t in range(T)])
    body = [wload(kind, ROW[r], f'{V}{wreg(r)}') for r in range(R)]
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

# Column kernels: H vectors x_h times the columns of a k × cols float matrix
# W, 16·PT (or 8·PT) columns at a time; see colsHdr.
colsHdr = '''
// {name}: for {H} vectors x_h (k values, xStride bytes apart) and the
// columns c < cols ({cols}) of a k-row matrix W (rows rowBytes apart),
// {isa}:
//
//	dst[h·dstStride + c] = Σ_{{i<k}} x_h[i]·float32(W[i][c])
//
// summed in index order with fused multiply-adds, {lanes}·{PT} columns at a
// time (then {lanes}{tail}). k is at least 1.
//
// Registers: DI dst of the column block, BX dstStride in bytes, CX columns
// left, SI W at the column block, R8 rowBytes, R9 xStride, R10/R11/R13 x_0,
// x_3, x_6 at value i (the others at +R9, +2·R9), R12 W's row i, DX rows
// left, AX the output pointer.

// func {name}(dst *float32, dstStride int, cols int, w *byte, rowBytes int, x *float32, xStride int, k int)
TEXT ·{name}(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ dstStride+8(FP), BX
	SHLQ $2, BX
	MOVQ cols+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ rowBytes+32(FP), R8
	MOVQ xStride+48(FP), R9
	SHLQ $2, R9
{blocks}
done:
	VZEROUPPER
	RET
'''
colsBlock = '''
block{PT}:
	CMPQ CX, ${width}
	JLT  {next}
{zero}
{loop}
	ADDQ ${wstep}, SI
	ADDQ ${dstep}, DI
	SUBQ ${width}, CX
	JMP  block{PT}
'''
# The last cols%16 columns (AVX512): K1 selects them in every load and store.
colsTail = '''
blockTail:
	TESTQ CX, CX
	JZ    done
	MOVL  $1, AX
	SHLL  CX, AX
	DECL  AX
	KMOVW AX, K1
{zero}
{loop}'''
colsLoop = '''	MOVQ SI, R12
	MOVQ x+40(FP), R10
	LEAQ (R10)(R9*2), R11
	ADDQ R9, R11
	LEAQ (R11)(R9*2), R13
	ADDQ R9, R13
	MOVQ k+56(FP), DX

loop{PT}:
{body}
	ADDQ R8, R12
	ADDQ $4, R10
	ADDQ $4, R11
	ADDQ $4, R13
	DECQ DX
	JNZ  loop{PT}

	MOVQ DI, AX
{store}'''
XV = ['(R10)', '(R10)(R9*1)', '(R10)(R9*2)', '(R11)', '(R11)(R9*1)', '(R11)(R9*2)', '(R13)', '(R13)(R9*1)']

def colsPT(isa, H):
    if isa == 'avx512':
        return max(1, min(4, 24 // H))
    return max(1, min(4, 15 // (H + 1)))

def cols(kind, isa, name, H):
    es = {'f32': 4, 'f16': 2, 'bf16': 2}[kind]
    V, lanes = ('Z', 16) if isa == 'avx512' else ('Y', 8)
    blocks = []
    pts = [colsPT(isa, H)]
    if pts[0] > 1:
        pts.append(1)
    if isa == 'avx512':
        pts.append('Tail')
    for bi, PT in enumerate(pts):
        tail = PT == 'Tail'
        n = 1 if tail else PT
        mask = '.Z' if tail else ''
        acc = lambda h, j: h * n + j
        wreg = lambda j: H * n + j
        breg = H * n + n
        zero = zeroRegs(isa, V, [acc(h, j) for h in range(H) for j in range(n)])
        body = [wload(kind, f'{lanes*es*j}(R12)', f'{V}{wreg(j)}') for j in range(n)]
        if tail:  # masked, zeroing loads: nothing is read beyond the columns
            body = [b.replace(' (R12), ', ' (R12), K1, ').replace('VMOVUPS ', 'VMOVUPS.Z ').replace('VCVTPH2PS ', 'VCVTPH2PS.Z ')
                    for b in (wload(kind, '(R12)', f'Z{wreg(0)}'),)]
        for h in range(H):
            body.append(f'\tVBROADCASTSS {XV[h]}, {V}{breg}')
            for j in range(n):
                body.append(f'\tVFMADD231PS {V}{breg}, {V}{wreg(j)}, {V}{acc(h,j)}')
        store = []
        for h in range(H):
            for j in range(n):
                store.append(f'\tVMOVUPS {V}{acc(h,j)}, K1, (AX)' if tail else f'\tVMOVUPS {V}{acc(h,j)}, {lanes*4*j}(AX)')
            store.append('\tADDQ BX, AX')
        loop = colsLoop.format(PT=PT, body='\n'.join(body), store='\n'.join(store))
        if tail:
            blocks.append(colsTail.format(zero=zero, loop=loop))
            continue
        nxt = f'block{pts[bi+1]}' if bi + 1 < len(pts) else 'done'
        blocks.append(colsBlock.format(PT=PT, width=lanes * PT, next=nxt, zero=zero, loop=loop,
                                       wstep=lanes * PT * es, dstep=lanes * PT * 4))
    return colsHdr.format(name=name, H=H, lanes=lanes, isa=isa.upper(), PT=pts[0], blocks=''.join(blocks),
                          cols='any number' if isa == 'avx512' else f'a multiple of {lanes}',
                          tail=', then the last cols%16 under a mask' if isa == 'avx512' else '')

for kind, tn in [('f32', 'F32'), ('f16', 'F16')]:
    for isa, suf in [('avx2', 'AVX2'), ('avx512', 'AVX512')]:
        for H in range(1, 9):
            out += cols(kind, isa, f'cols{tn}x{H}{suf}', H)

# e^(x−m) over a row of scores (attention's softmax), 16 or 8 lanes at a
# time, and the row's maximum; see expHdr.
import struct
def f32bits(v):
    return struct.unpack('<I', struct.pack('<f', v))[0]
EXPC = [  # name, 32-bit pattern
    ('log2e', f32bits(1.44269504088896341)),
    ('magic', f32bits(12582912.0)),
    ('ln2hi', f32bits(0.693145751953125)),
    ('ln2lo', f32bits(1.42860682030941723212e-6)),
    ('lo', f32bits(-87.33654)),
    ('c7', f32bits(1.0 / 5040)), ('c6', f32bits(1.0 / 720)), ('c5', f32bits(1.0 / 120)),
    ('c4', f32bits(1.0 / 24)), ('c3', f32bits(1.0 / 6)), ('c2', f32bits(0.5)), ('c1', f32bits(1.0)),
    ('mant', 0x7fffff), ('bias', (127 - 0x400000) & 0xffffffff),
]
expData = ''.join(f'DATA expc<>+{64*i+4*j}(SB)/4, ${v:#x}\n' for i, (_, v) in enumerate(EXPC) for j in range(16))
expData += f'GLOBL expc<>(SB), RODATA|NOPTR, ${64*len(EXPC)}\n'
EO = {name: 64 * i for i, (name, _) in enumerate(EXPC)}

expHdr = '''
// {name} replaces x[i] by e^(x[i]−m) for i < n (a positive multiple of
// {lanes}) and returns their sum ({isa}, {lanes} lanes, fused multiply-adds):
// with a = x[i]−m, t = a·log2e + 1.5·2²³ rounds a·log2e to an integer n,
// r = a − n·ln2 (in two parts), e^r is the degree-7 Taylor polynomial and
// 2ⁿ goes into the exponent bits; a <= −87.33654 (or NaN) gives 0. The
// lanes' sums are added at the end.
//
// func {name}(x *float32, n int, m float32) float32
TEXT ·{name}(SB), NOSPLIT, $0-28
	MOVQ x+0(FP), DI
	MOVQ n+8(FP), CX
	VBROADCASTSS m+16(FP), {V}15
	VXORPS {V}14, {V}14, {V}14
{setup}
loop:
	VMOVUPS (DI), {V}0
	VSUBPS {V}15, {V}0, {V}0
{body}
	VMOVUPS {V}3, (DI)
	VADDPS {V}3, {V}14, {V}14
	ADDQ ${step}, DI
	SUBQ ${lanes}, CX
	JNZ loop
{hsum}
	VMOVSS X14, ret+24(FP)
	VZEROUPPER
	RET
'''

def expKernel(isa, name):
    if isa == 'avx512':
        V, lanes = 'Z', 16
        # constants in Z16…Z29
        regs = {c: f'Z{16+i}' for i, (c, _) in enumerate(EXPC)}
        setup = '\n'.join(f'\tVMOVUPS expc<>+{EO[c]}(SB), {regs[c]}' for c, _ in EXPC)
        C = lambda c: regs[c]
        cmp = f'\tVCMPPS $0x1e, {C("lo")}, Z0, K1'
        final = '\tVMOVAPS.Z Z3, K1, Z3'
        hsum = '''	VEXTRACTF64X4 $1, Z14, Y1
	VADDPS Y1, Y14, Y14'''
    else:
        V, lanes = 'Y', 8
        setup = ''
        C = lambda c: f'expc<>+{EO[c]}(SB)'
        cmp = f'\tVCMPPS $0x1e, {C("lo")}, Y0, Y5'
        final = '\tVANDPS Y5, Y3, Y3'
        hsum = ''
    hsum += '''
	VEXTRACTF128 $1, Y14, X1
	VADDPS X1, X14, X14
	VPERMILPS $0x4e, X14, X1
	VADDPS X1, X14, X14
	VMOVSHDUP X14, X1
	VADDSS X1, X14, X14'''
    body = [cmp,
            f'\tVMOVUPS {C("magic")}, {V}1' if isa != 'avx512' else f'\tVMOVAPS {C("magic")}, Z1',
            f'\tVFMADD231PS {C("log2e")}, {V}0, {V}1',          # t = a·log2e + magic
            f'\tVSUBPS {C("magic")}, {V}1, {V}2',              # n = t − magic
            f'\tVFNMADD231PS {C("ln2hi")}, {V}2, {V}0',        # r = a − n·ln2hi
            f'\tVFNMADD231PS {C("ln2lo")}, {V}2, {V}0',        #     − n·ln2lo
            f'\tVMOVUPS {C("c7")}, {V}3' if isa != 'avx512' else f'\tVMOVAPS {C("c7")}, Z3']
    for c in ['c6', 'c5', 'c4', 'c3', 'c2', 'c1', 'c1']:
        body.append(f'\tVFMADD213PS {C(c)}, {V}0, {V}3')   # p = p·r + c
    body += [f'\tVPAND{"D" if isa == "avx512" else ""} {C("mant")}, {V}1, {V}1',
             f'\tVPADDD {C("bias")}, {V}1, {V}1',
             f'\tVPSLLD $23, {V}1, {V}1',
             f'\tVMULPS {V}1, {V}3, {V}3',
             final]
    return expHdr.format(name=name, lanes=lanes, isa=isa.upper(), V=V, setup=setup, body='\n'.join(body),
                         step=4 * lanes, hsum=hsum)

maxHdr = '''
// {name} returns the largest of x[0…n) (n a positive multiple of {lanes};
// {isa}; NaNs are passed over where a number follows them in their lane).
//
// func {name}(x *float32, n int) float32
TEXT ·{name}(SB), NOSPLIT, $0-20
	MOVQ x+0(FP), DI
	MOVQ n+8(FP), CX
	VMOVUPS (DI), {V}0
	ADDQ ${step}, DI
	SUBQ ${lanes}, CX
	JZ reduce

loop:
	VMAXPS (DI), {V}0, {V}0
	ADDQ ${step}, DI
	SUBQ ${lanes}, CX
	JNZ loop

reduce:
{hmax}
	VMOVSS X0, ret+16(FP)
	VZEROUPPER
	RET
'''

def maxKernel(isa, name):
    V, lanes = ('Z', 16) if isa == 'avx512' else ('Y', 8)
    hmax = '''	VEXTRACTF64X4 $1, Z0, Y1
	VMAXPS Y1, Y0, Y0
''' if isa == 'avx512' else ''
    hmax += '''	VEXTRACTF128 $1, Y0, X1
	VMAXPS X1, X0, X0
	VPERMILPS $0x4e, X0, X1
	VMAXPS X1, X0, X0
	VMOVSHDUP X0, X1
	VMAXSS X1, X0, X0'''
    return maxHdr.format(name=name, lanes=lanes, isa=isa.upper(), V=V, step=4 * lanes, hmax=hmax)

out += '\n' + expData
for isa, suf in [('avx2', 'AVX2'), ('avx512', 'AVX512')]:
    out += expKernel(isa, f'expShiftSum{suf}')
    out += maxKernel(isa, f'max{suf}')

# F16 or BF16 to float32, 8 values at a time: RowsFloatTokens converts a
# block of weights once for all the tokens.
widenHdr = '''
// {name} writes float32(src[i]) to dst[i] for i < n, a positive multiple of
// 8 ({kind}, AVX2{f16c}), exactly.
//
// func {name}(dst *float32, src *byte, n int)
TEXT ·{name}(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

loop:
{load}
	VMOVUPS Y0, (DI)
	ADDQ $16, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop
	VZEROUPPER
	RET
'''
for kind, tn in [('f16', 'F16'), ('bf16', 'BF16')]:
    out += widenHdr.format(name=f'widen{tn}AVX2', kind=tn, f16c=' + F16C' if kind == 'f16' else '',
                           load=wload(kind, '(SI)', 'Y0'))
# Stream one-token kernels (four streams with AVX2 instructions on
# AVX-512VL's sixteen extra registers, three on AVX2 alone): the rows are
# streams of s consecutive rows (stream j is rows j·s … j·s+s−1) and each
# pass multiplies the next row of every stream side by side, so that each stream is read front to back (see
# asmStreams in asm_amd64.go). Each row's float32 operations are the
# row kernel's above, in its order (four accumulators over 32 values, 8 at a
# time into the first, HSUM4ACC, then one by one): the same bits.
SB = ['(R11)', '(R11)(R8*1)', '(R11)(R8*2)', '(R11)(DX*1)']
S_PF = 512


def one_s(kind, src, x):
    if kind == 'f32':
        return f'\tVMOVSS {src}, {x}\n'
    if kind == 'f16':
        return f'\tMOVWLZX {src}, AX\n\tVMOVD AX, {x}\n\tVCVTPH2PS {x}, {x}\n'
    return f'\tMOVWLZX {src}, AX\n\tSHLL $16, AX\n\tVMOVD AX, {x}\n'


def streams(kind, name, es, ns, isa):
    # ns streams; stream j's accumulators Y{acc}+4j … +3 and loads Y{ld}+4j
    # … +3; its row sum in X{x} (t: the second half-sum, e: the extract's
    # temporary), stored at dst + j·s·4
    acc, ld = (16, 0) if isa == 'avx512' else (0, 8)
    # three AVX2 streams fill Y0–Y11 with accumulators and share Y12–Y15
    # for their loads, one stream after another
    shared = isa == 'avx2' and ns == 3

    def ldr(j, k):
        return 12 + k if shared else ld + 4 * j + k

    def one(j):
        return 12 + j if shared else 8 + j

    def regs(j):
        a = acc + 4 * j
        return (2 * j, 2 * j + 1, 2 * j + 1) if isa == 'avx512' else (a, a + 2, a + 1)

    o = f"""
// func {name}(dst *float32, s int, w *byte, rowBytes int, x *float32, n int)
TEXT ·{name}(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ x+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
""" + ('\tLEAQ (R8)(R8*2), DX\n' if ns > 3 else '') + f"""	MOVQ CX, R14
	SHLQ $2, R14

srow:
{zeroRegs(isa, 'Y', range(acc, acc + 4 * ns))}
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   n+40(FP), R13
	CMPQ   R13, $32
	JLT    stail8

sloop32:
"""
    for j in range(ns):
        for k in range((32 * es + 63) // 64):
            o += f'\tPREFETCHT0 {S_PF + 64*k}{SB[j]}\n'
    for j in range(ns):
        for k in range(4):
            o += wload(kind, f'{8*k*es}{SB[j]}', f'Y{ldr(j, k)}') + '\n'
        if shared:
            for k in range(4):
                o += f'\tVFMADD231PS {32*k}(R12), Y{ldr(j, k)}, Y{acc+4*j+k}\n'
    for j in range(ns if not shared else 0):
        for k in range(4):
            o += f'\tVFMADD231PS {32*k}(R12), Y{ldr(j, k)}, Y{acc+4*j+k}\n'
    o += f"""	ADDQ ${32*es}, R11
	ADDQ $128, R12
	SUBQ $32, R13
	CMPQ R13, $32
	JGE  sloop32

stail8:
	CMPQ R13, $8
	JLT  sreduce
"""
    for j in range(ns):
        o += wload(kind, f'0{SB[j]}', f'Y{ldr(j, j % 4) if shared else ldr(j, 0)}') + '\n'
    for j in range(ns):
        o += f'\tVFMADD231PS (R12), Y{ldr(j, j % 4) if shared else ldr(j, 0)}, Y{acc+4*j}\n'
    o += f"""	ADDQ ${8*es}, R11
	ADDQ $32, R12
	SUBQ $8, R13
	JMP  stail8

sreduce:
"""
    for j in range(ns):
        a = acc + 4 * j
        x, t, e = regs(j)
        # HSUM4ACC on stream j's accumulators, the sum in X{x}
        o += f"""	VADDPS Y{a+1}, Y{a}, Y{x}
	VADDPS Y{a+3}, Y{a+2}, Y{t}
	VADDPS Y{t}, Y{x}, Y{x}
	VEXTRACTF128 $1, Y{x}, X{e}
	VADDPS X{e}, X{x}, X{x}
	VPERMILPS $0x4e, X{x}, X{e}
	VADDPS X{e}, X{x}, X{x}
	VMOVSHDUP X{x}, X{e}
	VADDSS X{e}, X{x}, X{x}
"""
    o += """	TESTQ R13, R13
	JZ    sstore

sloop1:
"""
    for j in range(ns):
        o += one_s(kind, SB[j], f'X{one(j)}')
        o += f'\tVFMADD231SS (R12), X{one(j)}, X{regs(j)[0]}\n'
    o += f"""	ADDQ ${es}, R11
	ADDQ $4, R12
	DECQ R13
	JNZ  sloop1

sstore:
"""
    for j in range(ns):
        dst = ['(DI)', '(DI)(R14*1)', '(DI)(R14*2)', '(AX)'][j]
        if j == 3:
            o += '\tLEAQ (DI)(R14*2), AX\n\tADDQ R14, AX\n'
        o += f'\tVMOVSS X{regs(j)[0]}, {dst}\n'
    o += """	ADDQ   $4, DI
	ADDQ   rowBytes+24(FP), SI
	DECQ   CX
	JNZ    srow
	VZEROUPPER
	RET
"""
    return o


out += """
// Four-stream variants of rowsF32AVX2, rowsF16AVX2 and rowsBF16AVX2 for
// CPUs with AVX-512VL (see streams in gen/float.py): the same results.
"""
for kind, name, es in [('f32', 'rowsF32VLS', 4), ('f16', 'rowsF16VLS', 2), ('bf16', 'rowsBF16VLS', 2)]:
    out += streams(kind, name, es, 4, 'avx512')
out += """
// Three-stream variants for AVX2 alone (see streams in gen/float.py): the
// same results as the row kernels.
"""
for kind, name, es in [('f32', 'rowsF32AVX2S', 4), ('f16', 'rowsF16AVX2S', 2), ('bf16', 'rowsBF16AVX2S', 2)]:
    out += streams(kind, name, es, 3, 'avx2')
open(os.path.join(OUT, 'float_amd64.s'), 'w').write(out)
