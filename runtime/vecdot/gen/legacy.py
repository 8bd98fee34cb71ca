#!/usr/bin/env python3
# Writes one of runtime/vecdot's Go assembly files (see doc.go there):
#   python3 gen/legacy.py   (from runtime/vecdot or anywhere; writes beside gen/)
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
hdr = '''//go:build !purego

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
'''

def consts(splat):
    s = '''	MOVL         $0x0f0f0f0f, AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
'''
    if splat:
        s += f'''	MOVL         ${splat}, AX
	VMOVD        AX, X14
	VPBROADCASTD X14, Y14
'''
    return s

q5consts = '''	VMOVDQU      q5shuf<>(SB), Y12
	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y10, Y10, Y10
	MOVL         $0x10101010, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
'''

def scale0(w, a):
    # Y1 = broadcast(fp16(w.d)·fp16(a.d)), the halves converted by table
    # lookup (loads only, no shuffle-port work)
    return f'''	MOVWLZX      {w}(R11), AX
	MOVWLZX      {a}(R12), BX
	VBROADCASTSS (R10)(AX*4), Y1
	VBROADCASTSS (R10)(BX*4), Y2
	VMULPS       Y2, Y1, Y1
'''

def scale1(w, a, macc):
    # Y1 = broadcast(d_w·d_a); macc += m_w·s_a
    return scale0(w, a) + f'''	MOVWLZX      {w+2}(R11), AX
	MOVWLZX      {a+2}(R12), BX
	VMOVSS       (R10)(AX*4), X2
	VMULSS       (R10)(BX*4), X2, X2
	VADDSS       X2, {macc}, {macc}
'''

def nibbles(off, r='Y2'):
    # r = 32 levels 0..15: low nibbles of the 16 bytes (values 0..15), then high nibbles (16..31)
    return f'''	VBROADCASTI128 {off}(R11), {r}
	VPSRLVD      nibshift<>(SB), {r}, {r}
	VPAND        Y15, {r}, {r}
'''

def fifth(off):
    # Y2 |= 0x10 where bit j of the uint32 at off is set
    return f'''	VPBROADCASTD {off}(R11), Y3
	VPSHUFB      Y12, Y3, Y3
	VPOR         Y11, Y3, Y3
	VPCMPEQB     Y10, Y3, Y3
	VPAND        Y9, Y3, Y3
	VPOR         Y3, Y2, Y2
'''

def fifth_v(off, r='Y2'):
    # AVX512BW: r += 0x10 in the bytes whose bit in the uint32 at off is set
    return f'''	KMOVD        {off}(R11), K1
	VPADDB       Y9, {r}, K1, {r}
'''

def fifth_m(off, r):
    # fifth with the shuffle, bit-mask and all-ones constants from memory
    return f'''	VPBROADCASTD {off}(R11), Y3
	VPSHUFB      q5shuf<>(SB), Y3, Y3
	VPOR         q5bits<>(SB), Y3, Y3
	VPCMPEQB     q5ones<>(SB), Y3, Y3
	VPAND        Y9, Y3, Y3
	VPOR         Y3, {r}, {r}
'''

def blk_q8_0(w, a, acc, macc):
    return scale0(w, a) + f'''	VPMOVSXBW    {w+2}(R11), Y2
	VPMOVSXBW    {a+2}(R12), Y3
	VPMADDWD     Y3, Y2, Y2
	VPMOVSXBW    {w+18}(R11), Y4
	VPMOVSXBW    {a+18}(R12), Y5
	VPMADDWD     Y5, Y4, Y4
	VPHADDD      Y4, Y2, Y2
	VPERMQ       $0xd8, Y2, Y2
	VCVTDQ2PS    Y2, Y2
	VFMADD231PS  Y2, Y1, {acc}
'''

def blk_q8_0_sign(w, a, acc, macc):
    # |x| times y with x's sign: exact when the activations hold no -128
    # (pair sums at most 2*128*127); checked once per call
    return scale0(w, a) + f'''	VMOVDQU      {w+2}(R11), Y2
	VPABSB       Y2, Y3
	VMOVDQU      {a+2}(R12), Y4
	VPSIGNB      Y2, Y4, Y4
	VPMADDUBSW   Y4, Y3, Y3
	VPMADDWD     Y13, Y3, Y3
	VCVTDQ2PS    Y3, Y3
	VFMADD231PS  Y3, Y1, {acc}
'''



# ---- AVX512-VNNI (EVEX on ymm: AVX512VL) variants: VPDPBUSD replaces
# VPMADDUBSW + VPMADDWD(ones); its 4-product sums are exact (no saturation).

def dp(signed, unsigned, dst):
    return f'''	VPXOR        {dst}, {dst}, {dst}
	VPDPBUSD     {signed}, {unsigned}, {dst}
'''

def fin_v(reg, acc):
    return f'''	VCVTDQ2PS    {reg}, {reg}
	VFMADD231PS  {reg}, Y1, {acc}
'''

def blk_q8_0_sign_v(w, a, acc, macc):
    return scale0(w, a) + f'''	VMOVDQU      {w+2}(R11), Y2
	VPABSB       Y2, Y3
	VMOVDQU      {a+2}(R12), Y4
	VPSIGNB      Y2, Y4, Y4
''' + dp('Y4', 'Y3', 'Y5') + fin_v('Y5', acc)

def offset_v(a):
    # Y4 = Σ level·y − Σ splat·y per lane, from unsigned levels in Y2
    return f'''	VMOVDQU      {a}(R12), Y3
''' + dp('Y3', 'Y2', 'Y4') + dp('Y3', 'Y14', 'Y5') + '''	VPSUBD       Y5, Y4, Y4
'''

def blk_q4_0_v(w, a, acc, macc):
    return scale0(w, a) + nibbles(w+2) + offset_v(a+2) + fin_v('Y4', acc)

def blk_q4_1_v(w, a, acc, macc):
    return scale1(w, a, macc) + nibbles(w+4) + dp(f'{a+4}(R12)', 'Y2', 'Y4') + fin_v('Y4', acc)

def blk_q5_0_v(w, a, acc, macc):
    return scale0(w, a) + nibbles(w+6) + fifth_v(w+2) + offset_v(a+2) + fin_v('Y4', acc)

def blk_q5_1_v(w, a, acc, macc):
    return scale1(w, a, macc) + nibbles(w+8) + fifth_v(w+4) + dp(f'{a+4}(R12)', 'Y2', 'Y4') + fin_v('Y4', acc)

def rowloop(p, blk, ws, as_, ones):
    # one accumulator, one block per iteration: the float32 additions happen
    # in the same order as in the multi-token kernels (multi()), so that a
    # token's result does not depend on how many tokens share a call; the
    # weights 4 KiB ahead are prefetched as in rowloop2
    return f'''
{p}row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

{p}blk:
	PREFETCHT0   4096(R11)
''' + blk(0, 0, 'Y0', 'X7') + f'''	ADDQ         ${ws}, R11
	ADDQ         ${as_}, R12
	DECQ         R13
	JNZ          {p}blk

	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
''' + ('''	VADDSS       X7, X0, X0
''' if ones else '') + f'''	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          {p}row
	VZEROUPPER
	RET
'''

def first(code, acc):
    # the block's last instruction, acc += v·d, becomes T = v·d (Y6)
    lines = code.rstrip('\n').split('\n')
    last = lines[-1]
    assert 'VFMADD231PS' in last and last.endswith(acc), last
    v, d = [x.strip() for x in last.split('VFMADD231PS')[1].split(',')[:2]]
    lines[-1] = f'\tVMULPS       {v}, {d}, Y6'
    return '\n'.join(lines) + '\n'

def rowloop2(p, blk, ws, as_, ones):
    # two blocks per iteration: T = v0·d0, T += v1·d1 (fused), acc += T, so
    # that one addition per two blocks waits on the accumulator; a last odd
    # block is fused into acc directly. The four-token kernels (mloop2) do
    # the same per token, so results are identical. The _1 formats' offset
    # terms are paired the same way (X8, then X7).
    b0 = blk(0, 0, 'Y0', 'X8')
    b1 = blk(ws, as_, 'Y6', 'X8')
    return f'''
{p}row:
	VXORPS Y0, Y0, Y0
	VXORPS X7, X7, X7
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13
	SHRQ   $1, R13
	JZ     {p}tail

{p}pair:
	VXORPS X8, X8, X8
	PREFETCHT0   4096(R11)
''' + first(b0, 'Y0') + b1 + f'''	VADDPS       Y6, Y0, Y0
''' + ('''	VADDSS       X8, X7, X7
''' if ones else '') + f'''	ADDQ         ${2*ws}, R11
	ADDQ         ${2*as_}, R12
	DECQ         R13
	JNZ          {p}pair

{p}tail:
	MOVQ         nb+40(FP), AX
	TESTQ        $1, AX
	JZ           {p}reduce
''' + blk(0, 0, 'Y0', 'X7') + f'''
{p}reduce:
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VADDPS       X1, X0, X0
	VMOVSHDUP    X0, X1
	VADDSS       X1, X0, X0
''' + ('''	VADDSS       X7, X0, X0
''' if ones else '') + f'''	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          {p}row
	VZEROUPPER
	RET
'''

def prologue(name, n='rows', frame=0):
    # n: the name of the second argument (rows; s, rows per stream)
    return f'''
// func {name}(dst *float32, {n} int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·{name}(SB), NOSPLIT, ${frame}-48
	MOVQ dst+0(FP), DI
	MOVQ {n}+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ ·f16tab(SB), R10
'''

def kernel(name, blk, ws, as_, splat, q5, ones, pairs=True):
    loop = rowloop2 if pairs else rowloop
    return prologue(name) + consts(splat) + (q5consts if q5 else '') + loop('', blk, ws, as_, ones)

def kernel_q8_0(name='rowsQ8_0AVX2', fast=None, exact=None):
    fast = fast or blk_q8_0_sign
    exact = exact or blk_q8_0
    # one pass over the activations decides between the VPSIGNB loop and the
    # sign-extending loop (exact for every int8)
    return prologue(name) + consts(None) + check_q8_0('check', 'xrow') + rowloop('', fast, 34, 34, False) + rowloop('x', exact, 34, 34, False)


def check_q8_0(label, exact):
    # jumps to label exact when an activation of the row is −128 (the
    # VPSIGNB loop is exact for every other int8)
    return f'''	MOVL         $0x80808080, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
	VPXOR        Y8, Y8, Y8
	MOVQ         R9, R12
	MOVQ         nb+40(FP), R13

{label}:
	VPCMPEQB     2(R12), Y9, Y3
	VPOR         Y3, Y8, Y8
	ADDQ         $34, R12
	DECQ         R13
	JNZ          {label}
	VPTEST       Y8, Y8
	JNZ          {exact}
'''

# ---- Four-stream one-token kernels (and an eight-stream Q8_0 one: 0.5B Q8_0 AVX2
# decode at 86–95% of the paired probe's rate against 71–81% with four): the
# rows are four streams of s consecutive rows (stream j is rows j·s … j·s+s−1)
# and each pass multiplies the next row of every stream, block by block side
# by side, so that each stream is read front to back: four long runs in
# separate pages, which the hardware prefetchers follow far better than one
# (see asmStreams in asm_amd64.go). Each row's float32 operations are the row
# kernel's, in the same order, so the results are the same bit for bit.

S_PF = 512  # bytes ahead each stream is prefetched, per block step

S_BASES = ['(R11)', '(R11)(R8*1)', '(R11)(R8*2)', '(R11)(DX*1)',
           '(R13)', '(R13)(R8*1)', '(R13)(R8*2)', '(R13)(DX*1)']


def on_stream(code, j):
    return code.replace('(R11)', S_BASES[j])


def reduce_store(acc, j):
    x = 'X' + acc[1:]
    dst = ['(DI)', '(DI)(R14*1)', '(DI)(R14*2)', '(AX)', '(DI)(R14*4)', '(AX)', '(AX)(R14*1)', '(AX)(R14*2)'][j]
    pre = {3: '\tLEAQ         (DI)(R14*2), AX\n\tADDQ         R14, AX\n',
           5: '\tLEAQ         (DI)(R14*4), AX\n\tADDQ         R14, AX\n'}.get(j, '')
    return f"""	VEXTRACTF128 $1, {acc}, X1
	VADDPS       X1, {x}, {x}
	VPERMILPS    $0x4e, {x}, X1
	VADDPS       X1, {x}, {x}
	VMOVSHDUP    {x}, X1
	VADDSS       X1, {x}, {x}
{pre}	VMOVSS       {x}, {dst}
"""


def s_prologue(name, frame=0):
    return prologue(name, 's', frame) + """	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
"""


def s_rowloop(p, blk, ws, as_, accs):
    # rowloop's order: acc += v·d block after block, one accumulator per
    # stream; eight streams keep streams 4–7 at R13 = R11 + 4·R8 and the
    # block count in the frame (left-8(SP)) instead of R13
    n8 = len(accs) == 8
    s = f"""
{p}srow:
"""
    for a in accs:
        s += f'\tVXORPS       {a}, {a}, {a}\n'
    s += f"""	MOVQ         SI, R11
	MOVQ         R9, R12
""" + ("""	LEAQ         (R11)(R8*4), R13
	MOVQ         nb+40(FP), AX
	MOVQ         AX, left-8(SP)
""" if n8 else """	MOVQ         nb+40(FP), R13
""") + f"""
{p}sblk:
"""
    for j in range(len(accs)):
        s += f'\tPREFETCHT0   {S_PF}{S_BASES[j]}\n'
    for j, a in enumerate(accs):
        s += on_stream(blk(0, 0, a, None), j)
    s += f"""	ADDQ         ${ws}, R11
	ADDQ         ${as_}, R12
""" + (f"""	ADDQ         ${ws}, R13
	DECQ         left-8(SP)
""" if n8 else """	DECQ         R13
""") + f"""	JNZ          {p}sblk

"""
    for j, a in enumerate(accs):
        s += reduce_store(a, j)
    s += f"""	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          {p}srow
	VZEROUPPER
	RET
"""
    return s


def s_kernel_q8_0(name, ns=4):
    accs = ['Y0', 'Y6', 'Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12'][:ns]
    return s_prologue(name, 8 if ns == 8 else 0) + consts(None) + check_q8_0('scheck', 'xsrow') + s_rowloop('', blk_q8_0_sign, 34, 34, accs) + s_rowloop('x', blk_q8_0, 34, 34, accs)


out = hdr
out += kernel_q8_0()
out += '''
// Four- and eight-stream variants of rowsQ8_0AVX2 (see s_rowloop in gen/legacy.py): the
// same results, read as four or eight sequential runs.
'''
out += s_kernel_q8_0('rowsQ8_0AVX2S')
out += s_kernel_q8_0('rowsQ8_0AVX2S8', 8)
out += '''
// The same kernels with AVX512-VNNI (on 256-bit registers, AVX512VL).
'''
out += kernel_q8_0('rowsQ8_0VNNI', blk_q8_0_sign_v, blk_q8_0)
out += kernel('rowsQ4_0VNNI', blk_q4_0_v, 18, 34, '0x08080808', False, False)
out += kernel('rowsQ4_1VNNI', blk_q4_1_v, 20, 36, None, False, True)
out += kernel('rowsQ5_0VNNI', blk_q5_0_v, 22, 34, '0x10101010', True, False)
out += kernel('rowsQ5_1VNNI', blk_q5_1_v, 24, 36, None, True, True)
# ---------------------------------------------------------------------------
# Q4_0 and Q5_0 (and Q8_0, below) on AVX2 in the reference's own order,
# four lanes at a time: four rows of one activation (q4_0StreamsAVX2,
# q5_0StreamsAVX2) or one row of four activations (q4_0TokensAVX2,
# q5_0TokensAVX2) per pass. Each lane computes, block after block,
#
#	sum += float32(float32(s)·(d_w·d_a)),  s = Σ_j (q_j−c)·y_j  (exact)
#
# which is dotQ4_0's (c = 8) and dotQ5_0's (c = 16) loop, so every result
# equals the reference bit for bit whichever kernel, stream split or token
# batch computes it. The integer sums stay in int16 until the four lanes are
# together: per pair of lanes a register holds lane A's sixteen low-nibble
# products in its low half and lane B's in its high half (VPMADDUBSW of the
# unsigned level u = q+c, 0–15 or 0–31, by the activation bytes: pairs of
# products), the high nibbles' are added (four products a word,
# |4·31·128| < 2¹⁵), VPHADDW joins two pairs' registers (eight products a
# word: |8·31·128| = 31744 < 2¹⁵), one VPMADDWD and one VPHADDD finish the
# sums (one VPMADDWD per four lanes instead of one per row: on AMD's Zen 1
# 256-bit integer multiplies take two cycles on one pipe), and the offset
# c·Σ_j y_j, computed once per call for every activation block in the frame
# (with d_a), is subtracted from the int32 sums. Q5_0's fifth bits become
# 0x10 in the level bytes as in fifth(): the qh words of a pair's two lanes
# side by side, VPSHUFB to a byte per level, VPOR with every bit but the
# level's, VPCMPEQB with all ones, VPAND 0x10, VPOR.
#
# Frame: 32 bytes per block, the four lanes' c·Σy (int32), then their d_a
# (float32); 1024 blocks at most (callers check).

LANES_MAXNB = 1024

LANES = {  # block bytes, levels' offset in a block, c as bytes (None: 0)
    'q4_0': (18, 2, '0x08080808'),
    'q5_0': (22, 6, '0x10101010'),
    'q8_0': (34, 2, None),
    'q4_1': (20, 4, None),
    'q5_1': (24, 8, None),
}

# Q4_1 and Q5_1 (dotQ4_1, dotQ5_1) take Q8_1 activations (36-byte blocks:
# d_a, s_a = d_a·Σy as fp16, then the 32 levels) and have no offset c; a
# block adds float32(float32(s)·(d_w·d_a)) + float32(m_w·s_a) to a lane's
# sum, in that order. Their frame entries hold the four lanes' s_a
# (float32) where the others hold c·Σy.
ONE = ('q4_1', 'q5_1')


def act_bytes(kind):
    # an activation block's bytes and its levels' offset
    return (36, 4) if kind in ONE else (34, 2)


def qh_offset(kind):
    # a Q5 block's qh word
    return 4 if kind == 'q5_1' else 2

def lanes_consts(kind):
    # consts(): Y15 0x0F bytes, Y13 int16 ones, Y14 c as bytes; and Q5_0's
    # Y11 (every bit but the level's) and Y12 (all ones)
    # (Q5_1 has no offset, but its fifth bits need Y14's 0x10 bytes too)
    s = consts('0x10101010' if kind == 'q5_1' else LANES[kind][2])
    if kind in ('q5_0', 'q5_1'):
        s += '''	MOVQ         $0x7fbfdfeff7fbfdfe, AX
	VMOVQ        AX, X11
	VPBROADCASTQ X11, Y11
	VPCMPEQB     Y12, Y12, Y12
'''
    return s


def lanes_sum(a):
    # X0 = c·Σ y_j of the activation block at a in all four lanes (Y14: c
    # as bytes)
    return f'''	VMOVDQU      2{a}, Y0
	VPMADDUBSW   Y0, Y14, Y0
	VPMADDWD     Y13, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
'''


def lanes_finish(y, ya, of, offset=True):
    # y (lanes 0|1) and ya (lanes 2|3): sixteen words a lane; X0 = the four
    # lanes' s as float32 (y's low half), less the frame's c·Σy with offset
    x = 'X' + y[1:]
    sub = f'\tVPSUBD       {of}(BX), {x}, {x}\n' if offset else ''
    return f'''	VPHADDW      {ya}, {y}, {y}
	VPMADDWD     Y13, {y}, {y}
	VPHADDD      {y}, {y}, {y}
	VEXTRACTI128 $1, {y}, X1
	VPUNPCKLDQ   X1, {x}, {x}
''' + sub + f'''	VCVTDQ2PS    {x}, {x}
'''


def lanes_fifth(qa, qb, r, t, f, g):
    # Q5_0: OR 0x10 into the levels in Y{r} (low nibbles) and Y{t} (high)
    # whose fifth bit is set, the qh dwords at qa (low lane) and qb (high
    # lane); Y{f}, Y{g} temporaries, Y11 every bit but the level's, Y12 all
    # ones, Y14 0x10 bytes. q5shuf<>'s first half picks, in each lane, the
    # qh byte of each low nibble's fifth bit (bytes 0 and 1), its second half
    # the high nibbles' (bytes 2 and 3)
    s = f'''	VPBROADCASTD {qa}, X{f}
	VPBROADCASTD {qb}, X{g}
	VINSERTI128  $1, X{g}, Y{f}, Y{f}
'''
    for sel, dst in (('q5shuf<>(SB)', r), ('q5shuf<>+16(SB)', t)):
        s += f'''	VBROADCASTI128 {sel}, Y{g}
	VPSHUFB      Y{g}, Y{f}, Y{g}
	VPOR         Y11, Y{g}, Y{g}
	VPCMPEQB     Y12, Y{g}, Y{g}
	VPAND        Y14, Y{g}, Y{g}
	VPOR         Y{g}, Y{dst}, Y{dst}
'''
    return s


def lanes_pair(kind, ow, a, b, lo, hi, r, t):
    # Y{r} = lane a's and lane b's level products with lo/hi (the activation
    # halves): a and b address the rows' current blocks (register forms)
    ws, no, _ = LANES[kind]
    s = f'''	VMOVDQU      {no+ow}{a}, X{r}
	VINSERTI128  $1, {no+ow}{b}, Y{r}, Y{r}
	VPSRLW       $4, Y{r}, Y{t}
	VPAND        Y15, Y{r}, Y{r}
	VPAND        Y15, Y{t}, Y{t}
'''
    if kind in ('q5_0', 'q5_1'):
        q = qh_offset(kind) + ow
        s += lanes_fifth(f'{q}{a}', f'{q}{b}', r, t, 9, 10)
    return s + f'''	VPMADDUBSW   {lo}, Y{r}, Y{r}
	VPMADDUBSW   {hi}, Y{t}, Y{t}
	VPADDW       Y{t}, Y{r}, Y{r}
'''


def lanes_stream_block(kind, k):
    ws = LANES[kind][0]
    ab, ao = act_bytes(kind)
    ow, oa, of = ws * k, ab * k, 32 * k
    s = f'''	VBROADCASTI128 {ao+oa}(R12), Y3
	VBROADCASTI128 {ao+16+oa}(R12), Y4
'''
    s += lanes_pair(kind, ow, '(R11)', '(R11)(R8*1)', 'Y3', 'Y4', 0, 5)
    s += lanes_pair(kind, ow, '(R9)', '(R9)(R8*1)', 'Y3', 'Y4', 6, 7)
    return s + lanes_finish('Y0', 'Y6', of, kind not in ONE) + lanes_scales(ow, of, kind in ONE)


def lanes_gather(ow, x):
    # X{x} = the four rows' fp16 fields at ow of their blocks, as float32
    return f'''	MOVWLZX      {ow}(R11), AX
	VMOVSS       (R10)(AX*4), X{x}
	MOVWLZX      {ow}(R11)(R8*1), DX
	VINSERTPS    $0x10, (R10)(DX*4), X{x}, X{x}
	MOVWLZX      {ow}(R9), AX
	VINSERTPS    $0x20, (R10)(AX*4), X{x}, X{x}
	MOVWLZX      {ow}(R9)(R8*1), DX
	VINSERTPS    $0x30, (R10)(DX*4), X{x}, X{x}
'''


def lanes_scales(ow, of, one=False):
    # X2 += X0·(d_w·d_a), the four rows' d_w gathered from their blocks at
    # ow, d_a from the frame entry at of; with one (Q4_1, Q5_1), X0·(d_w·d_a)
    # + m_w·s_a, m_w at ow+2, s_a from the frame entry
    s = lanes_gather(ow, 8) + f'''	VMULPS       {of+16}(BX), X8, X8
	VMULPS       X8, X0, X0
'''
    if one:
        s += lanes_gather(ow + 2, 9) + f'''	VMULPS       {of}(BX), X9, X9
	VADDPS       X9, X0, X0
'''
    return s + '''	VADDPS       X0, X2, X2
'''


def lanes_token_block(kind, k):
    ws, no, _ = LANES[kind]
    ab, ao = act_bytes(kind)
    ow, oa, of = ws * k, ab * k, 32 * k
    s = f'''	VBROADCASTI128 {no+ow}(R11), Y0
	VPSRLW       $4, Y0, Y5
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y5, Y5
'''
    if kind in ('q5_0', 'q5_1'):
        q = qh_offset(kind) + ow
        s += lanes_fifth(f'{q}(R11)', f'{q}(R11)', 0, 5, 3, 4)
    for (p, q, r) in [('(R12)', '(R12)(R8*1)', 6), ('(R12)(R8*2)', '(R12)(DX*1)', 9)]:
        s += f'''	VMOVDQU      {ao+oa}{p}, X3
	VINSERTI128  $1, {ao+oa}{q}, Y3, Y3
	VMOVDQU      {ao+16+oa}{p}, X4
	VINSERTI128  $1, {ao+16+oa}{q}, Y4, Y4
	VPMADDUBSW   Y3, Y0, Y{r}
	VPMADDUBSW   Y4, Y5, Y{r+1}
	VPADDW       Y{r+1}, Y{r}, Y{r}
'''
    return s + lanes_finish('Y6', 'Y9', of, kind not in ONE) + lanes_token_scale(ow, of, kind in ONE)


def lanes_token_scale(ow, of, one=False):
    # X2 += X6·(d_w·d_a), d_w of the row's block at ow, the four tokens'
    # d_a from the frame entry at of; with one, X6·(d_w·d_a) + m_w·s_a, m_w
    # at ow+2, the tokens' s_a from the frame entry
    s = f'''	MOVWLZX      {ow}(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       {of+16}(BX), X8, X8
	VMULPS       X8, X6, X6
'''
    if one:
        s += f'''	MOVWLZX      {ow+2}(R11), AX
	VBROADCASTSS (R10)(AX*4), X8
	VMULPS       {of}(BX), X8, X8
	VADDPS       X8, X6, X6
'''
    return s + '''	VADDPS       X6, X2, X2
'''


def lanes_q8_combine(rs, x):
    # the four lanes' int32 vectors (VPMADDWD's, rs) to X{x} as float32:
    # VPHADDD twice to one register of per-half lane sums, the halves added
    a, b, c, d = rs
    return f'''	VPHADDD      Y{b}, Y{a}, Y{a}
	VPHADDD      Y{d}, Y{c}, Y{c}
	VPHADDD      Y{c}, Y{a}, Y{a}
	VEXTRACTI128 $1, Y{a}, X1
	VPADDD       X1, X{a}, X{x}
	VCVTDQ2PS    X{x}, X{x}
'''


def lanes_q8_stream_block(k):
    # Q8_0 (q8_0StreamsAVX2, q8_0TokensAVX2; c = 0, so no offset sums in the
    # frame, only d_a): |x| (VPABSB) times y with x's sign (VPSIGNB), exact
    # without −128 in y (the callers check), one VPMADDWD a row (the int16
    # pairs of up to 128·127·2 cannot be added up further), then
    # lanes_q8_combine: the saving is the float work, one conversion, scale
    # multiply and addition per four rows instead of per row
    ow, oa, of = 34 * k, 34 * k, 32 * k
    s = f'\tVMOVDQU      {2+oa}(R12), Y3\n'
    for a, r in (('(R11)', 0), ('(R11)(R8*1)', 5), ('(R9)', 6), ('(R9)(R8*1)', 7)):
        s += f'''	VMOVDQU      {2+ow}{a}, Y{r}
	VPABSB       Y{r}, Y4
	VPSIGNB      Y{r}, Y3, Y{r}
	VPMADDUBSW   Y{r}, Y4, Y{r}
	VPMADDWD     Y13, Y{r}, Y{r}
'''
    return s + lanes_q8_combine((0, 5, 6, 7), 0) + lanes_scales(ow, of)


def lanes_q8_token_block(k):
    ow, oa, of = 34 * k, 34 * k, 32 * k
    s = f'''	VMOVDQU      {2+ow}(R11), Y0
	VPABSB       Y0, Y5
'''
    for a, r in (('(R12)', 6), ('(R12)(R8*1)', 7), ('(R12)(R8*2)', 9), ('(R12)(DX*1)', 10)):
        s += f'''	VMOVDQU      {2+oa}{a}, Y{r}
	VPSIGNB      Y0, Y{r}, Y{r}
	VPMADDUBSW   Y{r}, Y5, Y{r}
	VPMADDWD     Y13, Y{r}, Y{r}
'''
    return s + lanes_q8_combine((6, 7, 9, 10), 6) + lanes_token_scale(ow, of)


def lanes_loop(block, adv, pf):
    # blocks in pairs (prefetching each weight stream pf), then an odd one
    return f'''	MOVQ         nb+56(FP), R13
	SHRQ         $1, R13
	JZ           tail

pair:
{pf}''' + block(0) + block(1) + f'''{adv}	ADDQ         $64, BX
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
''' + block(0) + '''
store:
'''


def lanes_prefetch(ws, bases):
    # every line of each weight stream's next pair of blocks, S_PF ahead
    s = ''
    for b in bases:
        for off in range(0, 2 * ws, 64):
            s += f'\tPREFETCHT0   {S_PF + off}{b}\n'
    return s


def lanes_store(stride):
    # lane k's sum to (DI) + k·stride
    return f'''	VMOVSS       X2, (DI)
	VEXTRACTPS   $1, X2, (DI)({stride}*1)
	VEXTRACTPS   $2, X2, (DI)({stride}*2)
	LEAQ         (DI)({stride}*2), AX
	ADDQ         {stride}, AX
	VEXTRACTPS   $3, X2, (AX)
'''


def lanes_frame_sum(kind, a, dst):
    # one lane's frame word at dst for the activation block at a: c·Σy
    # (int32), or for Q4_1 and Q5_1 s_a (float32)
    if kind in ONE:
        return f'''	MOVWLZX      2{a}, AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, {dst}
'''
    return lanes_sum(a) + f'\tVMOVD        X0, {dst}\n'


def lanes_stream_sums(kind):
    # the frame entry's first four lanes for the activation block at R12:
    # c·Σy (none for Q8_0), or s_a for Q4_1 and Q5_1
    if kind == 'q8_0':
        return ''
    if kind in ONE:
        return '''	MOVWLZX      2(R12), AX
	VBROADCASTSS (R10)(AX*4), X0
	VMOVUPS      X0, (BX)
'''
    return lanes_sum('(R12)') + '''	VMOVDQU      X0, (BX)
'''


def lanes_streams(kind):
    ws = LANES[kind][0]
    ab = act_bytes(kind)[0]
    fr = 32 * LANES_MAXNB
    return f'''
// func {kind}StreamsAVX2(dst *float32, dstLane int, n int, w *byte, wLane int, rowBytes int, act *byte, nb int)
TEXT ·{kind}StreamsAVX2(SB), 0, ${fr}-64
''' + lanes_consts(kind) + f'''	MOVQ         ·f16tab(SB), R10
	MOVQ         act+48(FP), R12
	LEAQ         fr-{fr}(SP), BX
	MOVQ         nb+56(FP), R13

sums:
''' + lanes_stream_sums(kind) + f'''	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), X1
	VMOVUPS      X1, 16(BX)
	ADDQ         ${ab}, R12
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
	LEAQ         fr-{fr}(SP), BX
''' + lanes_loop(lambda k: lanes_q8_stream_block(k) if kind == 'q8_0' else lanes_stream_block(kind, k), f'''	ADDQ         ${2*ws}, R11
	ADDQ         ${2*ws}, R9
	ADDQ         ${2*ab}, R12
''', lanes_prefetch(ws, ['(R11)', '(R11)(R8*1)', '(R9)', '(R9)(R8*1)'])) + lanes_store('R14') + '''	ADDQ         $4, DI
	ADDQ         rowBytes+40(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET
'''


def lanes_tokens(kind):
    ws = LANES[kind][0]
    ab = act_bytes(kind)[0]
    fr = 32 * LANES_MAXNB
    s = f'''
// func {kind}TokensAVX2(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·{kind}TokensAVX2(SB), 0, ${fr}-64
''' + lanes_consts(kind) + f'''	MOVQ         ·f16tab(SB), R10
	MOVQ         act+40(FP), R12
	MOVQ         actStride+48(FP), R8
	LEAQ         (R8)(R8*2), DX
	LEAQ         fr-{fr}(SP), BX
	MOVQ         nb+56(FP), R13

sums:
'''
    for k, a in enumerate(['(R12)', '(R12)(R8*1)', '(R12)(R8*2)', '(R12)(DX*1)']):
        if kind != 'q8_0':
            s += lanes_frame_sum(kind, a, f'{4*k}(BX)')
        s += f'''	MOVWLZX      {a}, AX
	MOVL         (R10)(AX*4), AX
	MOVL         AX, {16+4*k}(BX)
'''
    return s + f'''	ADDQ         ${ab}, R12
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
	LEAQ         fr-{fr}(SP), BX
''' + lanes_loop(lambda k: lanes_q8_token_block(k) if kind == 'q8_0' else lanes_token_block(kind, k), f'''	ADDQ         ${2*ws}, R11
	ADDQ         ${2*ab}, R12
''', lanes_prefetch(ws, ['(R11)'])) + lanes_store('R14') + '''	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          pass
	VZEROUPPER
	RET
'''


out += '''
// Q4_0, Q5_0, Q8_0, Q4_1 and Q5_1 in the reference's order, four lanes a
// pass (see lanes_* in gen/legacy.py): the Streams kernels multiply one activation by
// n rows in each of four lanes (lane k's row i at w + k·wLane + i·rowBytes,
// its result at dst[k·dstLane + i]); the Tokens kernels multiply each of
// rows rows by four activations (token k's at act + k·actStride, its result
// at dst[k·dstStride + r]). All equal dotQ4_0, dotQ5_0, dotQ8_0, dotQ4_1
// and dotQ5_1 bit for bit (Q8_0 where no activation level is −128: the
// callers check).
// nb ≤ ''' + str(LANES_MAXNB) + '''. Registers: DI dst, CX passes left, SI the pass's first
// weight row, R10 f16tab, R11 (and R9) weight block pointers, R12 the
// activation block, BX the frame's block entry, R13 block pairs left, X2
// the lanes' sums; Y15 the 0x0F bytes, Y14 c as bytes, Y13 the int16 ones,
// (Q5_0) Y11 every bit but the level's, Y12 all ones.
'''
for kind in ('q4_0', 'q5_0', 'q8_0', 'q4_1', 'q5_1'):
    out += lanes_streams(kind) + lanes_tokens(kind)

open(os.path.join(OUT, 'legacy_amd64.s'), 'w').write(out)

# ---------------------------------------------------------------------------
# Multi-token kernels: four activation rows (tokens) per pass over the
# weights. The weight block is decoded once and multiplied by each token's
# block; each token's float32 operations are exactly the one-token kernel's,
# in the same order, so a token's results do not depend on the batching.

def A(k, off):
    # address of byte off of token k's current activation block
    return [f'{off}(R12)', f'{off}(R12)(R8*1)', f'{off}(R12)(R8*2)', f'{off}(R12)(DX*1)'][k]

ACC = ['Y0', 'Y6', 'Y7', 'Y8']

def mscale(k, a, acc, v):
    # acc += v·(d_w·d_a): d_w in Y1, v a register of lane sums (float)
    return f'''	MOVWLZX      {A(k, a)}, BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       Y1, Y3, Y3
	VFMADD231PS  {v}, Y3, {acc}
'''

def wscale(w):
    return f'''	MOVWLZX      {w}(R11), AX
	VBROADCASTSS (R10)(AX*4), Y1
'''

def m_q8_0_sign(vnni):
    s = wscale(0) + '''	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y3
'''
    # |x| must survive the tokens: keep it in Y3? mscale uses Y3: move |x| to Y5 first
    s = wscale(0) + '''	VMOVDQU      2(R11), Y2
	VPABSB       Y2, Y5
'''
    for k in range(4):
        s += f'''	VMOVDQU      {A(k, 2)}, Y4
	VPSIGNB      Y2, Y4, Y4
'''
        if vnni:
            s += '''	VPXOR        Y3, Y3, Y3
	VPDPBUSD     Y4, Y5, Y3
	VCVTDQ2PS    Y3, Y4
'''
        else:
            s += '''	VPMADDUBSW   Y4, Y5, Y4
	VPMADDWD     Y13, Y4, Y4
	VCVTDQ2PS    Y4, Y4
'''
        s += mscale(k, 0, ACC[k], 'Y4')
    return s

def m_q8_0_exact():
    s = wscale(0) + '''	VPMOVSXBW    2(R11), Y2
	VPMOVSXBW    18(R11), Y5
'''
    for k in range(4):
        s += f'''	VPMOVSXBW    {A(k, 2)}, Y4
	VPMADDWD     Y4, Y2, Y4
	VPMOVSXBW    {A(k, 18)}, Y3
	VPMADDWD     Y3, Y5, Y3
	VPHADDD      Y3, Y4, Y4
	VPERMQ       $0xd8, Y4, Y4
	VCVTDQ2PS    Y4, Y4
''' + mscale(k, 0, ACC[k], 'Y4')
    return s

def m_offset(levels_code, vnni):
    # levels (unsigned) in Y2; per token: Σ level·y − Σ splat·y
    s = levels_code
    for k in range(4):
        if vnni:
            s += f'''	VMOVDQU      {A(k, 2)}, Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, Y2, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
'''
        else:
            s += f'''	VMOVDQU      {A(k, 2)}, Y3
	VPMADDUBSW   Y3, Y2, Y4
	VPMADDUBSW   Y3, Y14, Y5
	VPSUBW       Y5, Y4, Y4
	VPMADDWD     Y13, Y4, Y4
	VCVTDQ2PS    Y4, Y4
'''
        s += mscale(k, 0, ACC[k], 'Y4')
    return s

def m_q4_0(vnni):
    return m_offset(wscale(0) + nibbles(2), vnni)

def m_q5_0(vnni):
    return m_offset(wscale(0) + nibbles(6) + (fifth_v(2) if vnni else fifth(2)), vnni)

def mprologue(name):
    return f'''
// func {name}(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·{name}(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ ·f16tab(SB), R10
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
'''

def hsum_to(y, x):
    return f'''	VEXTRACTF128 $1, {y}, X1
	VADDPS       X1, {x}, {x}
	VPERMILPS    $0x4e, {x}, X1
	VADDPS       X1, {x}, {x}
	VMOVSHDUP    {x}, X1
	VADDSS       X1, {x}, {x}
'''

def mloop(p, body, ws, as_):
    return f'''
{p}row:
	VXORPS Y0, Y0, Y0
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+56(FP), R13

{p}blk:
''' + body + f'''	ADDQ         ${ws}, R11
	ADDQ         ${as_}, R12
	DECQ         R13
	JNZ          {p}blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
''' + hsum_to('Y0', 'X0') + hsum_to('Y6', 'X6') + hsum_to('Y7', 'X7') + hsum_to('Y8', 'X8') + f'''	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          {p}row
	VZEROUPPER
	RET
'''

def tok_part(k, lev, dw, b, vnni, last):
    # token k times the decoded block b (levels lev, weight scale dw): the
    # lane sums as float32 in Y4, the scale d = d_w·d_a in Y3, then
    # T = v·d (b = 0), T += v·d (b = 1) or acc += v·d (an odd last block)
    a = 34 * b
    if vnni:
        s = f'''	VMOVDQU      {A(k, a+2)}, Y3
	VPXOR        Y4, Y4, Y4
	VPDPBUSD     Y3, {lev}, Y4
	VPXOR        Y5, Y5, Y5
	VPDPBUSD     Y3, Y14, Y5
	VPSUBD       Y5, Y4, Y4
	VCVTDQ2PS    Y4, Y4
'''
    else:
        s = f'''	VMOVDQU      {A(k, a+2)}, Y3
	VPMADDUBSW   Y3, {lev}, Y4
	VPMADDUBSW   Y3, Y14, Y5
	VPSUBW       Y5, Y4, Y4
	VPMADDWD     Y13, Y4, Y4
	VCVTDQ2PS    Y4, Y4
'''
    s += f'''	MOVWLZX      {A(k, a)}, BX
	VBROADCASTSS (R10)(BX*4), Y3
	VMULPS       {dw}, Y3, Y3
'''
    if last:
        return s + f'''	VFMADD231PS  Y4, Y3, {ACC[k]}
'''
    if b == 0:
        return s + '''	VMULPS       Y4, Y3, Y12
'''
    return s + f'''	VFMADD231PS  Y4, Y3, Y12
	VADDPS       Y12, {ACC[k]}, {ACC[k]}
'''

def decode_w(ws_off, lev, dw, kind, vnni):
    s = f'''	MOVWLZX      {ws_off}(R11), AX
	VBROADCASTSS (R10)(AX*4), {dw}
''' + nibbles(ws_off + (2 if kind == 'q4_0' else 6), lev)
    if kind == 'q5_0':
        s += fifth_v(ws_off + 2, lev) if vnni else fifth_m(ws_off + 2, lev)
    return s

def mkernel2(name, kind, ws, splat, vnni):
    # four tokens, two blocks per iteration (see rowloop2); registers: Y0,
    # Y6, Y7, Y8 the accumulators, Y1/Y10 the two blocks' weight scales,
    # Y2/Y11 their levels, Y12 the pair sum T, Y3-Y5 temporaries, Y9 0x10,
    # Y13 0x0001 words, Y14 the level offset, Y15 0x0F
    pair = decode_w(0, 'Y2', 'Y1', kind, vnni) + decode_w(ws, 'Y11', 'Y10', kind, vnni)
    for k in range(4):
        pair += tok_part(k, 'Y2', 'Y1', 0, vnni, False) + tok_part(k, 'Y11', 'Y10', 1, vnni, False)
    tail = decode_w(0, 'Y2', 'Y1', kind, vnni)
    for k in range(4):
        tail += tok_part(k, 'Y2', 'Y1', 0, vnni, True)
    c = consts(splat)
    if kind == 'q5_0':
        c += '''	MOVL         $0x10101010, AX
	VMOVD        AX, X9
	VPBROADCASTD X9, Y9
'''
    return mprologue(name) + c + f'''
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
''' + pair + f'''	ADDQ         ${2*ws}, R11
	ADDQ         $68, R12
	DECQ         R13
	JNZ          pair

tail:
	MOVQ         nb+56(FP), AX
	TESTQ        $1, AX
	JZ           store
''' + tail + '''
store:
	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
''' + hsum_to('Y0', 'X0') + hsum_to('Y6', 'X6') + hsum_to('Y7', 'X7') + hsum_to('Y8', 'X8') + '''	VMOVSS       X0, (DI)
	VMOVSS       X6, (DI)(AX*1)
	VMOVSS       X7, (DI)(AX*2)
	VMOVSS       X8, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET
'''

def mkernel(name, body, ws, splat, q5):
    return mprologue(name) + consts(splat) + (q5consts if q5 else '') + mloop('', body, ws, 34)

def mkernel_q8_0(name, vnni):
    return mprologue(name) + consts(None) + '''	MOVL         $0x80808080, AX
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
''' + mloop('', m_q8_0_sign(vnni), 34, 34) + mloop('x', m_q8_0_exact(), 34, 34)

out = open(os.path.join(OUT, 'legacy_amd64.s')).read()
out += '''
// Four-token kernels: for each row r and token k < 4,
//
//	dst[k·dstStride + r] = the one-token kernel's result for token k
//
// (bit for bit), the activation rows actStride bytes apart. The weight block
// is decoded once per pass and multiplied by the four tokens' blocks.
// Registers as above, plus R8 actStride, DX 3·actStride, Y0/Y6/Y7/Y8 the
// tokens' accumulators.
'''
out += mkernel_q8_0('rows4Q8_0AVX2', False)
out += mkernel_q8_0('rows4Q8_0VNNI', True)
out += mkernel2('rows4Q4_0VNNI', 'q4_0', 18, '0x08080808', True)
out += mkernel2('rows4Q5_0VNNI', 'q5_0', 22, '0x10101010', True)
open(os.path.join(OUT, 'legacy_amd64.s'), 'w').write(out)
