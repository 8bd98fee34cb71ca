#!/usr/bin/env python3
# Writes one of runtime/vecdot's Go assembly files (see doc.go there):
#   python3 gen/kq.py   (from runtime/vecdot or anywhere; writes beside gen/)
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
hdr = '''//go:build !purego

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
'''
for i in range(8):
    a, b = 2*i, 2*i+1
    hdr += f'DATA kshuf<>+{16*i}(SB)/8, ${"0x" + ("%02x" % a) * 8}\n'
    hdr += f'DATA kshuf<>+{16*i+8}(SB)/8, ${"0x" + ("%02x" % b) * 8}\n'
hdr += 'GLOBL kshuf<>(SB), RODATA|NOPTR, $128\n'
hdr += '''
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
'''
for i in range(8):
    w = '0x' + ('%02x%02x' % (2*i+1, 2*i)) * 4
    for q in range(4):
        hdr += f'DATA kwbc<>+{32*i+8*q}(SB)/8, ${w}\n'
hdr += 'GLOBL kwbc<>(SB), RODATA|NOPTR, $256\n'

def splat(byte, reg):
    return f'''	MOVL         $0x{byte*4}, AX
	VMOVD        AX, X{reg}
	VPBROADCASTD X{reg}, Y{reg}
'''

def hsum(y, x):
    return f'''	VEXTRACTF128 $1, Y{y}, X1
	VADDPS       X1, X{x}, X{x}
	VPERMILPS    $0x4e, X{x}, X1
	VADDPS       X1, X{x}, X{x}
	VMOVSHDUP    X{x}, X1
	VADDSS       X1, X{x}, X{x}
'''

def shift_to(src, dst, frm, to):
    # dst = src shifted (16-bit lanes) so that bit frm of each byte lands on bit to
    s = to - frm
    if s > 0:
        return f'\tVPSLLW       ${s}, {src}, {dst}\n'
    if s < 0:
        return f'\tVPSRLW       ${-s}, {src}, {dst}\n'
    return f'\tVMOVDQA      {src}, {dst}\n'

# PF is how far ahead (bytes) the one-token kernels prefetch the weights: a
# decoding step streams them from memory, where the hardware prefetchers
# alone leave a core waiting (see BenchmarkRowsDRAM). 2048 rather than the
# 4096 first used: BenchmarkRowsDRAMK on one core, three alternating runs,
# Q4_K (avx2+vnni) 13.5–15.3 GB/s against 12.9–13.3, Q5_K (avx512)
# 13.3–14.3 against 10.5–13.1, Q6_K (avx512) 12.4–18.4 against 8.9–15.7; the
# 0.5B Q4_K_M's Q6_K down projection in a decoding step at 0.96–1.01 of the
# same step's gate/up rate against 0.87–0.98 (1024: the same as 2048).
PF = int(os.environ.get('KQ_PF', '2048'))

def prefetch(ws):
    # one PREFETCHT0 per 64-byte line of a super-block of ws bytes
    return ''.join(f'\tPREFETCHT0   {PF + 64*i}(R11)\n' for i in range((ws + 63) // 64))

def kernel(name, ws, consts, body, mins):
    return f'''
// func {name}(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·{name}(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
{consts}
row:
	VXORPS Y0, Y0, Y0
	VXORPS Y12, Y12, Y12
	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

blk:
{prefetch(ws)}{body}	ADDQ         ${ws}, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

{hsum(0, 0)}''' + (hsum(12, 12) + '\tVSUBSS       X12, X0, X0\n' if mins else '') + '''	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET
'''

# ---- Q4_K / Q5_K
def k4_scales():
    # the AVX2 kernel's: scales twice per dword in the frame
    return k4_unpack() + '''	VPUNPCKLWD   X7, X7, X8
	VPUNPCKHWD   X7, X7, X10
	VMOVDQU      X8, (SP)
	VMOVDQU      X10, 16(SP)
''' + k4_dmin()

def k4_unpack():
    # the 8 scales and 8 mins of the super-block at R11 as words: Y7, on AX,
    # BX, R10 and R15 only (the four-stream kernels hold their stride in R8
    # and 3·R8 in DX): the scales' qword goes to X7 before the mins' is
    # formed
    return '''	MOVL         4(R11), AX
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
'''


# mdup_avx2 puts the mins of Y7's words twice each (m0, m0, m1, m1, ...,
# m7, m7) in Y8: VPMADDWD with the activation's 16 sums then gives lane j
# the min term of sub-block j. X10 scratch.
mdup_avx2 = '''	VEXTRACTI128 $1, Y7, X10
	VPUNPCKLWD   X10, X10, X8
	VPUNPCKHWD   X10, X10, X10
	VINSERTI128  $1, X10, Y8, Y8
'''

# k4_d sets Y5 = d·y.d and Y6 = dmin·y.d (broadcast); X1, X2 scratch.
k4_d = '''	VMOVD        (R11), X1
	VCVTPH2PS    X1, X1
	VBROADCASTSS (R12), X2
	VMULPS       X2, X1, X1
	VBROADCASTSS X1, Y5
	VMOVSHDUP    X1, X6
	VBROADCASTSS X6, Y6
'''

# k4_dtab is k4_d with the fp16 conversions looked up in f16tab (R10):
# loads rather than shuffle-port instructions; AX, BX, Y2 scratch.
k4_dtab = '''	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y5
	VMULPS       Y2, Y5, Y5
	VBROADCASTSS (R10)(BX*4), Y6
	VMULPS       Y2, Y6, Y6
'''

def k4_dmin(mdup=mdup_avx2, d=k4_d):
    # k4_d, then Y8 the min sums (one lane per sub-block, float32), Y9
    # zeroed; X10 scratch
    return d + mdup + '''	VPMADDWD     260(R12), Y8, Y8
	VCVTDQ2PS    Y8, Y8
	VPXOR        Y9, Y9, Y9
'''

def k4_tail(g, extra):
    a = 4 + 64*g
    return extra + f'''	VPMADDUBSW   {a}(R12), Y2, Y2
	VPMADDUBSW   {a+32}(R12), Y3, Y3
	VPBROADCASTD {8*g}(SP), Y4
	VPMADDWD     Y4, Y2, Y2
	VPBROADCASTD {8*g+4}(SP), Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y2, Y9, Y9
	VPADDD       Y3, Y9, Y9
'''

def q4k_body():
    s = k4_scales()
    for g in range(4):
        s += k4_tail(g, f'''	VMOVDQU      {16+32*g}(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
''')
    return s + '''	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
'''

def q5k_body():
    s = k4_scales() + '\tVMOVDQU      16(R11), Y10\n'
    for g in range(4):
        s += k4_tail(g, f'''	VMOVDQU      {48+32*g}(R11), Y2
	VPSRLW       $4, Y2, Y3
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
''' + shift_to('Y10', 'Y4', 2*g, 4) + '''	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y2, Y2
''' + shift_to('Y10', 'Y4', 2*g+1, 4) + '''	VPAND        Y14, Y4, Y4
	VPOR         Y4, Y3, Y3
''')
    return s + '''	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
'''

# ---- Q6_K
# The sixteen sub-block scales are widened to words once per super-block
# (kevod, one VPMOVSXBW) and spread over each 32-value chunk by one in-lane
# VPSHUFB (kwbc), instead of a VPSHUFB and a VPMOVSXBW per chunk: a 256-bit
# VPMOVSXBW from a 128-bit register holds its pipe two cycles on an AMD EPYC
# (Zen 1). There, three alternating runs each: BenchmarkRows Q6_K/avx2
# 8.77–8.79 GB/s before, 8.99–9.05 after; BenchmarkRowsDRAMK Q6_K/avx2 one
# thread 8.15–8.38 before, 8.53–8.54 after, two threads 15.6–16.5 before,
# 16.4–16.7 after.
def q6k_body():
    s = '''	MOVWLZX      208(R11), AX
	VMOVD        AX, X1
	VCVTPH2PS    X1, X1
	VMULSS       (R12), X1, X1
	VBROADCASTSS X1, Y1
	VMOVDQU      192(R11), X7
	VPSHUFB      kevod<>(SB), X7, X7
	VPMOVSXBW    X7, Y7
	VPXOR        Y9, Y9, Y9
'''
    for h in range(2):
        s += f'''	VMOVDQU      {64*h}(R11), Y2
	VMOVDQU      {64*h+32}(R11), Y3
	VMOVDQU      {128+32*h}(R11), Y4
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
'''
        for reg, k in [('Y5', 0), ('Y8', 1), ('Y2', 2), ('Y3', 3)]:
            a = 4 + 128*h + 32*k
            s += f'''	VPMADDUBSW   {a}(R12), {reg}, {reg}
	VPSHUFB      kwbc<>+{32*(4*h+k)}(SB), Y7, Y11
	VPMADDWD     Y11, {reg}, {reg}
	VPADDD       {reg}, Y9, Y9
'''
    # the -32 offset: isum -= 32·Σ_j sc_j·bsums_j
    return s + '''	VPMOVSXBW    192(R11), Y11
	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
'''

# ---- Q2_K
def q2k_body():
    s = '''	VMOVD        80(R11), X1
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
'''
    for j in range(2):
        s += f'\tVMOVDQU      {16+32*j}(R11), Y2\n'
        for k in range(4):
            a = 4 + 128*j + 32*k
            if k == 0:
                s += '\tVPAND        Y14, Y2, Y3\n'
            else:
                s += f'\tVPSRLW       ${2*k}, Y2, Y3\n\tVPAND        Y14, Y3, Y3\n'
            s += f'''	VPMADDUBSW   {a}(R12), Y3, Y3
	VPSHUFB      kwbc<>+{32*(4*j+k)}(SB), Y7, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
'''
    return s + '''	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
	VFNMADD231PS Y8, Y6, Y0
'''

# ---- Q3_K
def q3k_body():
    s = '''	MOVWLZX      108(R11), AX
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
'''
    for j in range(2):
        s += f'\tVMOVDQU      {32+32*j}(R11), Y2\n'
        for k in range(4):
            i = 4*j + k
            a = 4 + 128*j + 32*k
            if k == 0:
                s += '\tVPAND        Y14, Y2, Y3\n'
            else:
                s += f'\tVPSRLW       ${2*k}, Y2, Y3\n\tVPAND        Y14, Y3, Y3\n'
            s += shift_to('Y10', 'Y4', i, 2) + f'''	VPAND        Y11, Y4, Y4
	VPOR         Y4, Y3, Y3
	VPMADDUBSW   {a}(R12), Y3, Y3
	VPSHUFB      kwbc<>+{32*i}(SB), Y5, Y4
	VPMADDWD     Y4, Y3, Y3
	VPADDD       Y3, Y9, Y9
'''
    # the -4 offset: isum -= 4·Σ_j sc_j·bsums_j
    return s + '''	VPMOVSXBW    X7, Y4
	VPMADDWD     260(R12), Y4, Y4
	VPSLLD       $2, Y4, Y4
	VPSUBD       Y4, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
'''

out = hdr
out += kernel('rowsQ4_KAVX2', 144, splat('0f', 15), q4k_body(), False)
out += kernel('rowsQ5_KAVX2', 176, splat('0f', 15) + splat('10', 14), q5k_body(), False)
out += kernel('rowsQ6_KAVX2', 210, splat('0f', 15) + splat('30', 14) + splat('20', 13), q6k_body(), False)
out += kernel('rowsQ2_KAVX2', 84, splat('0f', 15) + splat('03', 14), q2k_body(), False)
out += kernel('rowsQ3_KAVX2', 110, splat('03', 14) + splat('04', 11) + splat('20', 13), q3k_body(), False)
open(os.path.join(OUT, 'k_amd64.s'), 'w').write(out)


# ---------------------------------------------------------------------------
# Four-token kernels (Q4_K, Q5_K, Q6_K): each token's float32 operations are the
# one-token kernel's, in the same order; the weight decoding is shared.

def A(k, off):
    # token k's activations: R12 + k·actStride (R8), R14 = R12 + 4·actStride
    b = 'R12' if k < 4 else 'R14'
    return [f'{off}({b})', f'{off}({b})(R8*1)', f'{off}({b})(R8*2)', f'{off}({b})(DX*1)'][k % 4]

ACC = ['Y0', 'Y1', 'Y2', 'Y3']
ISUM = ['Y4', 'Y5', 'Y6', 'Y7']

def mprologue(name, frame):
    return f"""
// func {name}(dst *float32, dstStride int, rows int, w *byte, rowBytes int, act *byte, actStride int, nb int)
TEXT ·{name}(SB), NOSPLIT, ${frame}-64
	MOVQ dst+0(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ w+24(FP), SI
	MOVQ act+40(FP), R9
	MOVQ actStride+48(FP), R8
	LEAQ (R8)(R8*2), DX
"""

def hsum_to(y, x):
    return f"""	VEXTRACTF128 $1, {y}, X8
	VADDPS       X8, {x}, {x}
	VPERMILPS    $0x4e, {x}, X8
	VADDPS       X8, {x}, {x}
	VMOVSHDUP    {x}, X8
	VADDSS       X8, {x}, {x}
"""

def mloop(body, ws, unpair=''):
    # unpair: code that moves the tokens' accumulators into Y0-Y3 at a row's end
    s = """
row:
"""
    for r in ACC + ISUM:
        s += f"\tVPXOR        {r}, {r}, {r}\n"
    s += """	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+56(FP), R13

blk:
""" + body + f"""	ADDQ         ${ws}, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          blk

""" + unpair + """	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	LEAQ         (AX)(AX*2), BX
""" + ''.join(hsum_to(ACC[k], 'X'+ACC[k][1:]) for k in range(4)) + """	VMOVSS       X0, (DI)
	VMOVSS       X1, (DI)(AX*1)
	VMOVSS       X2, (DI)(AX*2)
	VMOVSS       X3, (DI)(BX*1)
	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET
"""
    return s

def m_q4k(q5=False):
    # scales and mins as the one-token kernel decodes them, with AX, BX, R10;
    # q5: Q5_K (low nibbles at 48, fifth bits from qh at 16, 0x10 in memory)
    s = """	MOVL         4(R11), AX
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
"""
    for g in range(4):
        s += f"""	VMOVDQU      {(48 if q5 else 16)+32*g}(R11), Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
"""
        if q5:
            s += "\tVMOVDQU      16(R11), Y12\n"
            s += shift_to('Y12', 'Y13', 2*g, 4) + """	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y8, Y8
""" + shift_to('Y12', 'Y13', 2*g+1, 4) + """	VPAND        k5bit<>(SB), Y13, Y13
	VPOR         Y13, Y9, Y9
"""
        s += f"""	VPBROADCASTD {8*g}(SP), Y10
	VPBROADCASTD {8*g+4}(SP), Y11
"""
        for k in range(4):
            s += f"""	VPMADDUBSW   {A(k, 4+64*g)}, Y8, Y12
	VPMADDWD     Y10, Y12, Y12
	VPADDD       Y12, {ISUM[k]}, {ISUM[k]}
	VPMADDUBSW   {A(k, 36+64*g)}, Y9, Y13
	VPMADDWD     Y11, Y13, Y13
	VPADDD       Y13, {ISUM[k]}, {ISUM[k]}
"""
    for k in range(4):
        i = ISUM[k]
        s += m_q4k_tail(k, i, 'X14', '32(SP)') + f'\tVPXOR        {i}, {i}, {i}\n'
    return s

def m_q4k_tail(k, i, d, mdup):
    # token k's float32 steps, as the one-token kernel's: its integer sum i
    # (ymm), d and dmin of the block (float32) in d, the mins twice each as
    # words in mdup (register, or memory: loaded into Y12); X12, Y13 scratch
    a = ACC[k]
    load = f'\tVMOVDQU      {mdup}, Y12\n' if '(' in mdup else ''
    src = 'Y12' if load else mdup
    return f"""	VBROADCASTSS {A(k, 0)}, X12
	VMULPS       X12, {d}, X12
	VBROADCASTSS X12, Y13
	VCVTDQ2PS    {i}, {i}
	VFMADD231PS  {i}, Y13, {a}
	VMOVSHDUP    X12, X12
	VBROADCASTSS X12, Y13
{load}	VPMADDWD     {A(k, 260)}, {src}, Y12
	VCVTDQ2PS    Y12, Y12
	VFNMADD231PS Y12, Y13, {a}
"""

def m_q6k():
    s = ""
    for h in range(2):
        s += f"""	VMOVDQU      {64*h}(R11), Y8
	VMOVDQU      {64*h+32}(R11), Y9
	VMOVDQU      {128+32*h}(R11), Y10
"""
        level = [
            """	VPAND        Y15, Y8, Y11
	VPSLLW       $4, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
""",
            """	VPAND        Y15, Y9, Y11
	VPSLLW       $2, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
""",
            """	VPSRLW       $4, Y8, Y11
	VPAND        Y15, Y11, Y11
	VPAND        Y14, Y10, Y13
	VPOR         Y13, Y11, Y11
""",
            """	VPSRLW       $4, Y9, Y11
	VPAND        Y15, Y11, Y11
	VPSRLW       $2, Y10, Y13
	VPAND        Y14, Y13, Y13
	VPOR         Y13, Y11, Y11
"""]
        for kk in range(4):
            s += level[kk] + f"""	VMOVDQU      192(R11), X12
	VPSHUFB      kshuf<>+{16*(4*h+kk)}(SB), X12, X12
	VPMOVSXBW    X12, Y12
"""
            for k in range(4):
                s += f"""	VPMADDUBSW   {A(k, 4+128*h+32*kk)}, Y11, Y13
	VPMADDWD     Y12, Y13, Y13
	VPADDD       Y13, {ISUM[k]}, {ISUM[k]}
"""
    s += """	VPMOVSXBW    192(R11), Y12
	MOVWLZX      208(R11), AX
	VMOVD        AX, X11
	VCVTPH2PS    X11, X11
"""
    for k in range(4):
        i = ISUM[k]
        s += m_q6k_tail(k, i, 'Y12', 'X11') + f'\tVPXOR        {i}, {i}, {i}\n'
    return s

def m_q6k_tail(k, i, sc, d):
    # token k's offset term and float32 steps, as the one-token kernel's: its
    # integer sum i (ymm), the scales as words in sc, d (float32) in d; Y13
    # scratch
    return f"""	VPMADDWD     {A(k, 260)}, {sc}, Y13
	VPSLLD       $5, Y13, Y13
	VPSUBD       Y13, {i}, {i}
	VMULSS       {A(k, 0)}, {d}, X13
	VBROADCASTSS X13, Y13
	VCVTDQ2PS    {i}, {i}
	VFMADD231PS  {i}, Y13, {ACC[k]}
"""

def m_q2k():
    # Q2_K as q2k_body decodes it, the levels of each 32-value chunk and its
    # scale words (Y11) made once for the four tokens: Y8 the sixteen scales
    # as words (kevod order), Y9 a 32-byte run of levels, Y10 a chunk's
    # levels, Y12 scratch; then, for the tails, Y8 the mins as words and X9
    # the block's d and dmin, made once for the four tokens too
    s = """	VMOVDQU      (R11), X8
	VPAND        X15, X8, X8
	VPSHUFB      kevod<>(SB), X8, X8
	VPMOVZXBW    X8, Y8
"""
    for j in range(2):
        s += f'\tVMOVDQU      {16+32*j}(R11), Y9\n'
        for kk in range(4):
            if kk == 0:
                s += '\tVPAND        Y14, Y9, Y10\n'
            else:
                s += f'\tVPSRLW       ${2*kk}, Y9, Y10\n\tVPAND        Y14, Y10, Y10\n'
            s += f'\tVPSHUFB      kwbc<>+{32*(4*j+kk)}(SB), Y8, Y11\n'
            for k in range(4):
                s += f"""	VPMADDUBSW   {A(k, 4+128*j+32*kk)}, Y10, Y12
	VPMADDWD     Y11, Y12, Y12
	VPADDD       Y12, {ISUM[k]}, {ISUM[k]}
"""
    s += """	VMOVDQU      (R11), X8
	VPSRLW       $4, X8, X8
	VPAND        X15, X8, X8
	VPMOVZXBW    X8, Y8
	VMOVD        80(R11), X9
	VCVTPH2PS    X9, X9
"""
    for k in range(4):
        i = ISUM[k]
        s += m_q2k_tail(k, i) + f'\tVPXOR        {i}, {i}, {i}\n'
    return s

def m_q2k_tail(k, i):
    # token k's float32 steps, as q2k_body's: d·d_a and dmin·d_a (X9 holds d
    # and dmin), the integer sum i times the first, then less the mins' sum
    # (Y8's words times the token's bsums) times the second; X10–X12 scratch
    return f"""	VBROADCASTSS {A(k, 0)}, X11
	VMULPS       X11, X9, X10
	VMOVSHDUP    X10, X11
	VBROADCASTSS X11, Y11
	VBROADCASTSS X10, Y10
	VPMADDWD     {A(k, 260)}, Y8, Y12
	VCVTDQ2PS    Y12, Y12
	VCVTDQ2PS    {i}, {i}
	VFMADD231PS  {i}, Y10, {ACC[k]}
	VFNMADD231PS Y12, Y11, {ACC[k]}
"""

out = open(os.path.join(OUT, 'k_amd64.s')).read()
out += """
// Four-token kernels: for each row r and token k < 4, dst[k·dstStride + r]
// is the one-token kernel's result for token k, bit for bit; the weights
// are decoded once per pass. Y0-Y3 accumulate the tokens' sums, Y4-Y7 their
// integer super-block sums; R8 is actStride, DX 3·actStride.
"""
out += mprologue('rows4Q4_KAVX2', 64) + splat('0f', 15) + mloop(m_q4k(), 144)
out += """
DATA k5bit<>+0(SB)/8, $0x1010101010101010
DATA k5bit<>+8(SB)/8, $0x1010101010101010
DATA k5bit<>+16(SB)/8, $0x1010101010101010
DATA k5bit<>+24(SB)/8, $0x1010101010101010
GLOBL k5bit<>(SB), RODATA|NOPTR, $32
"""
out += mprologue('rows4Q5_KAVX2', 64) + splat('0f', 15) + mloop(m_q4k(q5=True), 176)
out += mprologue('rows4Q6_KAVX2', 0) + splat('0f', 15) + splat('30', 14) + mloop(m_q6k(), 210)
out += mprologue('rows4Q2_KAVX2', 0) + splat('0f', 15) + splat('03', 14) + mloop(m_q2k(), 84)
open(os.path.join(OUT, 'k_amd64.s'), 'w').write(out)


# ---------------------------------------------------------------------------
# AVX-512 (F, BW, VNNI) kernels for Q4_K and Q6_K, one and four tokens. A
# 512-bit register holds 64 weight levels, two of the AVX2 kernels' 32-value
# chunks; VPDPWSSD (AVX512-VNNI) fuses the scale's VPMADDWD with the
# addition. The integer sums of the two halves are added (exactly) before
# the conversion to float32, so that each of the 8 lanes ends up with the
# very integer the AVX2 kernel's lane holds, and every float32 operation is
# the AVX2 kernel's: the results equal rowsQ4_KAVX2's and rowsQ6_KAVX2's bit
# for bit (and so rows4*AVX2's).

def wtable(name, rows):
    # rows: lists of 32 word values, one 64-byte vector each
    s = ''
    for i, vals in enumerate(rows):
        for q in range(8):
            v = vals[4*q:4*q+4]
            s += f'DATA {name}<>+{64*i+8*q}(SB)/8, $0x' + ''.join('%04x' % x for x in reversed(v)) + '\n'
    return s + f'GLOBL {name}<>(SB), RODATA|NOPTR, ${64*len(rows)}\n'

vhdr = '''
// AVX-512 kernels (zmm, VPDPWSSD): see the AVX2 kernels above for the loops
// they compute; each lane's integer sum is the AVX2 kernel's, so are the
// float32 operations, and the results are equal bit for bit.

// kperm4<>+64g: VPERMW indices that spread Q4_K scale 2g (words 0-15) and
// 2g+1 (words 16-31) from a vector of the 8 scales as words.
'''
vhdr += wtable('kperm4', [[2*g]*16 + [2*g+1]*16 for g in range(4)])
vhdr += '''
// kperm6<>+64m: VPERMW indices that put Q6_K scale 4m+L in the words of
// 128-bit lane L, from a vector of the 16 scales as words.
'''
vhdr += wtable('kperm6', [sum(([4*m+L]*8 for L in range(4)), []) for m in range(4)])
vhdr += '''
// kshift6<>: per-word shift counts that move a Q6_K high-bit pair to bits
// 4-5: (4, 2) for the low and high halves of the first level pair (left
// shifts), (0, 2) for the second (right shifts).
'''
vhdr += wtable('kshift6', [[4]*16 + [2]*16, [0]*16 + [2]*16])

def zsplat(byte, reg):
    return f'''	MOVL         $0x{byte*4}, AX
	VPBROADCASTD AX, {reg}
'''

def fold(z, y, t):
    # the 16 int32 lanes of z added pairwise (lane j + lane j+8) into y's 8
    return f'''	VEXTRACTI64X4 $1, {z}, {t}
	VPADDD       {t}, {y}, {y}
'''

# Q4_K: Z16-Z19 kperm4, Z15 0x0f, K1 the high 16 words.
q4k_vconsts = zsplat('0f', 'Z15') + '''	MOVL         $0xffff0000, AX
	KMOVD        AX, K1
''' + ''.join(f'\tVMOVDQU64    kperm4<>+{64*g}(SB), Z{16+g}\n' for g in range(4))

def q4k_levels(g, z, q5=None):
    # z = the 64 levels of pair g: low nibbles (sub-block 2g), high nibbles
    # (2g+1). Q5_K: q5 = (qh, t, c10) with qh the 32 high-bit bytes in both
    # halves, t scratch, c10 0x10 in every byte; the levels are left in t.
    # Returns the code and the register with the levels.
    if q5 is None:
        return f'''	VBROADCASTI64X4 {16+32*g}(R11), {z}
	VPSRLW       $4, {z}, K1, {z}
	VPANDD       Z15, {z}, {z}
''', z
    qh, t, c10 = q5
    sh = 'VPSLLVW' if g < 2 else 'VPSRLVW'
    # bit 2g (low half) and 2g+1 (high half) of each qh byte to bit 4, then
    # VPTERNLOGD $0xf8: t | (z & 0x0f)
    return f'''	VBROADCASTI64X4 {48+32*g}(R11), {z}
	VPSRLW       $4, {z}, K1, {z}
	{sh}      kshift5<>+{64*g}(SB), {qh}, {t}
	VPANDD       {c10}, {t}, {t}
	VPTERNLOGD   $0xf8, Z15, {z}, {t}
''', t

vhdr += '''
// kshift5<>+64g: per-word shift counts that move bit 2g (low half) and 2g+1
// (high half) of the Q5_K high-bit bytes to bit 4: left for g < 2, right
// otherwise.
''' + wtable('kshift5', [[abs(4-2*g)]*16 + [abs(3-2*g)]*16 for g in range(4)])

vhdr += '''
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
'''

vhdr += '''
// kmdup<>: VPERMW indices that repeat the mins (words 8-15 of the scale and
// min words) twice each, in both 256-bit halves.
''' + wtable('kmdup', [[8 + j//2 for j in range(16)] * 2])

# X28-X31 kunpack4, Z14 0x30
k4_vconsts = zsplat('30', 'Z14') + ''.join(f'\tVMOVDQU64    kunpack4<>+{16*i}(SB), X{28+i}\n' for i in range(4))

def kmdup(z):
    return f'\tVMOVDQU64    kmdup<>(SB), {z}\n'

def k4_vunpack(y, t, tabs=('X28', 'X29', 'X30', 'X31')):
    # Y{y} = k4_unpack's words, with vector instructions; X{t} scratch; tabs
    # kunpack4 (registers or memory)
    return f'''	VMOVDQU      4(R11), X{t}
	VPSHUFB      {tabs[0]}, X{t}, X{y}
	VPSHUFB      {tabs[1]}, X{t}, X{t}
	VPSRLVD      {tabs[2]}, X{y}, X{y}
	VPANDD       {tabs[3]}, X{y}, X{y}
	VPSRLD       $2, X{t}, X{t}
	VPTERNLOGD   $0xf8, X14, X{t}, X{y}
	VPMOVZXBW    X{y}, Y{y}
'''

def q4k_vbody(q5=False):
    # Q5_K: Z24 the high bits, Z25 scratch, Z26 0x10
    s = k4_vunpack(7, 10) + ''.join(f'\tVPERMW       Z7, Z{16+g}, Z{20+g}\n' for g in range(4)) + k4_dmin('\tVPERMW       Z7, Z11, Z8\n', k4_dtab)
    if q5:
        s += '\tVBROADCASTI64X4 16(R11), Z24\n'
    for g in range(4):
        acc = 'Z9' if g % 2 == 0 else 'Z10'
        code, z = q4k_levels(g, 'Z2', ('Z24', 'Z25', 'Z26') if q5 else None)
        s += code + f'\tVPMADDUBSW   {4+64*g}(R12), {z}, Z2\n'
        s += (f'\tVPMADDWD     Z{20+g}, Z2, {acc}\n' if g < 2 else f'\tVPDPWSSD     Z{20+g}, Z2, {acc}\n')
    return s + '\tVPADDD       Z10, Z9, Z9\n' + fold('Z9', 'Y9', 'Y10') + '''	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y5, Y0
	VFNMADD231PS Y8, Y6, Y0
'''

# Q6_K: Z15 0x0f, Z14 0x30, Z16-Z19 kperm6, Z21/Z22 kshift6.
q6k_vconsts = zsplat('0f', 'Z15') + zsplat('30', 'Z14') + ''.join(
    f'\tVMOVDQU64    kperm6<>+{64*m}(SB), Z{16+m}\n' for m in range(4)) + '''	VMOVDQU64    kshift6<>+0(SB), Z21
	VMOVDQU64    kshift6<>+64(SB), Z22
'''

def q6k_levels(h, za, zb, t1='Z2', t2='Z3'):
    # za = levels 0, 1 of half h (values 128h..128h+63), zb = levels 2, 3
    # (128h+64..128h+127); t1, t2 scratch. VPTERNLOGD $0xf8: dst | (src & 0x0f)
    return f'''	VMOVDQU64    {64*h}(R11), {t1}
	VBROADCASTI64X4 {128+32*h}(R11), {t2}
	VPSLLVW      Z21, {t2}, {za}
	VPANDD       Z14, {za}, {za}
	VPTERNLOGD   $0xf8, Z15, {t1}, {za}
	VPSRLVW      Z22, {t2}, {zb}
	VPANDD       Z14, {zb}, {zb}
	VPSRLW       $4, {t1}, {t1}
	VPTERNLOGD   $0xf8, Z15, {t1}, {zb}
'''

def q6k_scales(w='11'):
    # Z24-Z27: the scale words of level pairs m = 0..3, from Y{w}: the 16
    # scales as words
    return f'''	VPMOVSXBW    192(R11), Y{w}
''' + ''.join(f'\tVPERMW       Z{w}, Z{16+m}, Z{24+m}\n' for m in range(4))

def q6k_vbody():
    # Y1 = d·y.d as the AVX2 kernel's, d from f16tab (R10)
    s = '''	MOVWLZX      208(R11), AX
	VBROADCASTSS (R12), Y2
	VBROADCASTSS (R10)(AX*4), Y1
	VMULPS       Y2, Y1, Y1
''' + q6k_scales()
    for h in range(2):
        s += q6k_levels(h, 'Z4', 'Z5') + f'''	VPMADDUBSW   {4+128*h}(R12), Z4, Z4
	VPMADDUBSW   {4+128*h+64}(R12), Z5, Z5
'''
        if h == 0:
            s += '\tVPMADDWD     Z24, Z4, Z9\n\tVPMADDWD     Z25, Z5, Z10\n'
        else:
            s += '\tVPDPWSSD     Z26, Z4, Z9\n\tVPDPWSSD     Z27, Z5, Z10\n'
    # the -32 offset as in the AVX2 kernel
    return s + '\tVPADDD       Z10, Z9, Z9\n' + fold('Z9', 'Y9', 'Y10') + '''	VPMADDWD     260(R12), Y11, Y11
	VPSLLD       $5, Y11, Y11
	VPSUBD       Y11, Y9, Y9
	VCVTDQ2PS    Y9, Y9
	VFMADD231PS  Y9, Y1, Y0
'''

out = open(os.path.join(OUT, 'k_amd64.s')).read() + vhdr
f16tab = '\tMOVQ         ·f16tab(SB), R10\n'
out += kernel('rowsQ4_KVNNI', 144, q4k_vconsts + k4_vconsts + kmdup('Z11') + f16tab, q4k_vbody(), False)
out += kernel('rowsQ5_KVNNI', 176, q4k_vconsts + k4_vconsts + kmdup('Z11') + f16tab + zsplat('10', 'Z26'), q4k_vbody(q5=True), False)
out += kernel('rowsQ6_KVNNI', 210, q6k_vconsts + f16tab, q6k_vbody(), False)
open(os.path.join(OUT, 'k_amd64.s'), 'w').write(out)


# Four-token AVX-512 kernels: the weights decoded once per super-block as in
# the one-token AVX-512 kernels, each token's lanes and float32 operations
# those of the one-token kernels (so of the AVX2 ones). Registers: Y0-Y3 the
# tokens' accumulators, Z4-Z11 their integer sums (two per token: even and
# odd level pairs), Z12, Z13 scratch; R8 actStride, DX 3·actStride.

def isum2(k):
    return f'Z{4+2*k}', f'Z{5+2*k}'

def m_vmul(z, scale, first, t='Z12', nt=4):
    # the level vector z times each token's activations (at offset first[1]),
    # scaled into its sums: the even (first[0]) or odd one of isum2 for four
    # tokens, Z4+k for eight; first[2]: the first product into that sum
    s = ''
    for k in range(nt):
        acc = isum2(k)[0 if first[0] else 1] if nt == 4 else f'Z{4+k}'
        s += f'\tVPMADDUBSW   {A(k, first[1])}, {z}, {t}\n'
        s += (f'\tVPMADDWD     {scale}, {t}, {acc}\n' if first[2] else f'\tVPDPWSSD     {scale}, {t}, {acc}\n')
    return s

# The float32 steps run on two tokens at once: Z0 holds tokens 0 and 1's
# accumulators (lanes 0-7 and 8-15), Z1 tokens 2 and 3's; lane for lane they
# are the one-token kernel's operations. K2 selects lanes 0-7.
pair_consts = """	MOVL         $0xff, AX
	KMOVW        AX, K2
""" + f16tab

# unpair4 moves tokens 1 and 2 to Y1 and Y2 (Y0 and Y3 as mloop expects them)
unpair4 = """	VEXTRACTF64X4 $1, Z1, Y3
	VMOVAPS      Y1, Y2
	VEXTRACTF64X4 $1, Z0, Y1
"""

def m_vpair(p, nt=4):
    # Z12 = the integer sums of tokens 2p, 2p+1 (8 lanes each, as the
    # one-token kernel's), Z13 scratch
    if nt == 8:
        a, c = f'Z{4+2*p}', f'Z{5+2*p}'
        pre = ''
    else:
        a, b = isum2(2*p)
        c, d = isum2(2*p+1)
        pre = f"""	VPADDD       {b}, {a}, {a}
	VPADDD       {d}, {c}, {c}
"""
    return pre + f"""	VSHUFI64X2   $0x44, {c}, {a}, Z12
	VSHUFI64X2   $0xee, {c}, {a}, Z13
	VPADDD       Z13, Z12, Z12
"""

def m_vyd(p, z):
    # z = y.d of token 2p in lanes 0-7, of token 2p+1 in lanes 8-15
    return f"""	VBROADCASTSS {A(2*p+1, 0)}, {z}
	VBROADCASTSS {A(2*p, 0)}, K2, {z}
"""

def m_vsums(p, z, words):
    # z = the activation sums of tokens 2p, 2p+1 times words (VPMADDWD)
    return f"""	VMOVDQU      {A(2*p, 260)}, Y{z[1:]}
	VINSERTI64X4 $1, {A(2*p+1, 260)}, {z}, {z}
	VPMADDWD     {words}, {z}, {z}
"""

def m_q4k_v(q5=False, nt=4):
    # Y24: scale and min words, Z26 the mins twice each (Z25 kmdup); Z2, Z3
    # d and dmin (broadcast, from f16tab); Z20-Z23 scale vectors; Z24
    # levels; Z27 scratch
    # Q5_K: the kunpack4 tables from memory; Z28 the high bits, Z29
    # scratch, Z30 0x10. Eight tokens: Z0-Z3 accumulators, d and dmin in
    # Z28, Z29, the kunpack4 tables from memory; Q5_K: Z30 the high bits,
    # Z31 scratch, 0x10 from memory
    mem = q5 or nt == 8
    tabs = tuple(f'kunpack4<>+{16*i}(SB)' for i in range(4)) if mem else ('X28', 'X29', 'X30', 'X31')
    zd, zm = ('Z2', 'Z3') if nt == 4 else ('Z28', 'Z29')
    q5regs = (('Z28', 'Z29', 'Z30') if nt == 4 else ('Z30', 'Z31', 'k10<>(SB)')) if q5 else None
    s = k4_vunpack(24, 12, tabs) + ''.join(f'\tVPERMW       Z24, Z{16+g}, Z{20+g}\n' for g in range(4)) + '''	VPERMW       Z24, Z25, Z26
	MOVWLZX      (R11), AX
	MOVWLZX      2(R11), BX
	VBROADCASTSS (R10)(AX*4), {zd}
	VBROADCASTSS (R10)(BX*4), {zm}
'''.format(zd=zd, zm=zm)
    if q5:
        s += f'\tVBROADCASTI64X4 16(R11), {q5regs[0]}\n'
    for g in range(4):
        code, z = q4k_levels(g, 'Z24', q5regs)
        s += code + m_vmul(z, f'Z{20+g}', (g % 2 == 0, 4+64*g, g < 2 if nt == 4 else g == 0), nt=nt)
    for p in range(nt // 2):
        s += m_vpair(p, nt) + m_vyd(p, 'Z13') + f"""	VCVTDQ2PS    Z12, Z12
	VMULPS       {zd}, Z13, Z27
	VFMADD231PS  Z12, Z27, Z{p}
	VMULPS       {zm}, Z13, Z27
""" + m_vsums(p, 'Z12', 'Z26') + f"""	VCVTDQ2PS    Z12, Z12
	VFNMADD231PS Z12, Z27, Z{p}
"""
    return s

def m_q6k_v(nt=4):
    # Z20: the 16 scales as words, in both halves; Z24-Z27 scale vectors;
    # Z28, Z29 levels; Z30, Z31 scratch; d (broadcast, from f16tab) in Z2,
    # or Z23 for eight tokens (Z0-Z3 accumulators)
    zd = 'Z2' if nt == 4 else 'Z23'
    s = q6k_scales('20') + f'''	VINSERTI64X4 $1, Y20, Z20, Z20
	MOVWLZX      208(R11), AX
	VBROADCASTSS (R10)(AX*4), {zd}
'''
    for h in range(2):
        s += q6k_levels(h, 'Z28', 'Z29', 'Z30', 'Z31')
        s += m_vmul('Z28', f'Z{24+2*h}', (True, 4+128*h, h == 0), nt=nt)
        s += m_vmul('Z29', f'Z{25+2*h}', (False, 4+128*h+64, h == 0 and nt == 4), nt=nt)
    for p in range(nt // 2):
        # the -32 offset, then the float32 steps
        s += m_vpair(p, nt) + m_vsums(p, 'Z13', 'Z20') + f"""	VPSLLD       $5, Z13, Z13
	VPSUBD       Z13, Z12, Z12
	VCVTDQ2PS    Z12, Z12
""" + m_vyd(p, 'Z13') + f"""	VMULPS       {zd}, Z13, Z13
	VFMADD231PS  Z12, Z13, Z{p}
"""
    return s

out = open(os.path.join(OUT, 'k_amd64.s')).read()
out += mprologue('rows4Q4_KVNNI', 0) + q4k_vconsts + k4_vconsts + kmdup('Z25') + pair_consts + mloop(m_q4k_v(), 144, unpair4)
out += mprologue('rows4Q5_KVNNI', 0) + q4k_vconsts + zsplat('30', 'Z14') + kmdup('Z25') + pair_consts + zsplat('10', 'Z30') + mloop(m_q4k_v(q5=True), 176, unpair4)
out += mprologue('rows4Q6_KVNNI', 0) + q6k_vconsts + pair_consts + mloop(m_q6k_v(), 210, unpair4)
open(os.path.join(OUT, 'k_amd64.s'), 'w').write(out)


# Eight-token AVX-512 kernels: the four-token ones' steps for tokens 0-7 (one
# integer sum per token, Z4-Z11; accumulators of token pairs in Z0-Z3), so
# that the weights are decoded once per eight tokens. R14 = R12 + 4·actStride.

def mloop8(body, ws):
    s = """
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
""" + body + f"""	ADDQ         ${ws}, R11
	ADDQ         $292, R12
	ADDQ         $292, R14
	DECQ         R13
	JNZ          blk

	MOVQ         dstStride+8(FP), AX
	SHLQ         $2, AX
	MOVQ         DI, BX
"""
    # token 2p in Y{p}'s lanes, 2p+1 in the high half of Z{p}: moved to
    # Y{4+p} first (the 128-bit sums below clear the high halves)
    s += ''.join(f'\tVEXTRACTF64X4 $1, Z{p}, Y{4+p}\n' for p in range(4))
    for k in range(8):
        y = f'Y{k//2}' if k % 2 == 0 else f'Y{4+k//2}'
        x = 'X' + y[1:]
        s += hsum_to(y, x) + f'\tVMOVSS       {x}, (BX)\n\tADDQ         AX, BX\n'
    return s + """	ADDQ         $4, DI
	ADDQ         rowBytes+32(FP), SI
	DECQ         CX
	JNZ          row
	VZEROUPPER
	RET
"""

out = open(os.path.join(OUT, 'k_amd64.s')).read()
out += """
DATA k10<>+0(SB)/8, $0x1010101010101010
DATA k10<>+8(SB)/8, $0x1010101010101010
DATA k10<>+16(SB)/8, $0x1010101010101010
DATA k10<>+24(SB)/8, $0x1010101010101010
DATA k10<>+32(SB)/8, $0x1010101010101010
DATA k10<>+40(SB)/8, $0x1010101010101010
DATA k10<>+48(SB)/8, $0x1010101010101010
DATA k10<>+56(SB)/8, $0x1010101010101010
GLOBL k10<>(SB), RODATA|NOPTR, $64
"""
out += mprologue('rows8Q4_KVNNI', 0) + q4k_vconsts + zsplat('30', 'Z14') + kmdup('Z25') + pair_consts + mloop8(m_q4k_v(nt=8), 144)
out += mprologue('rows8Q5_KVNNI', 0) + q4k_vconsts + zsplat('30', 'Z14') + kmdup('Z25') + pair_consts + mloop8(m_q4k_v(q5=True, nt=8), 176)
out += mprologue('rows8Q6_KVNNI', 0) + q6k_vconsts + pair_consts + mloop8(m_q6k_v(nt=8), 210)
open(os.path.join(OUT, 'k_amd64.s'), 'w').write(out)


# Four-stream one-token kernels: the rows are four streams of s consecutive
# rows (stream j is rows j·s … j·s+s−1) and each pass multiplies the next row
# of every stream, super-block by super-block side by side, so that each
# stream is read front to back (see asmStreams in asm_amd64.go). Each
# stream runs the row kernel's body with its own weight pointer and
# accumulator (accs, registers the body does not touch), so each row's
# results are the row kernel's, bit for bit.
KS_BASES = ['(R11)', '(R11)(R8*1)', '(R11)(R8*2)', '(R11)(DX*1)']


def kernel_streams(name, ws, consts, body, accs):
    import re
    for a in accs[1:]:
        assert not re.search(rf'\b[XYZ]{a}\b', body), (name, a)
    o = f"""
// func {name}(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·{name}(SB), NOSPLIT, $32-48
	MOVQ dst+0(FP), DI
	MOVQ s+8(FP), CX
	MOVQ w+16(FP), SI
	MOVQ act+32(FP), R9
	MOVQ rowBytes+24(FP), R8
	IMULQ CX, R8
	LEAQ (R8)(R8*2), DX
	MOVQ CX, R14
	SHLQ $2, R14
{consts}
srow:
"""
    for a in accs:
        o += f'\tVXORPS Y{a}, Y{a}, Y{a}\n'
    o += f"""	MOVQ   SI, R11
	MOVQ   R9, R12
	MOVQ   nb+40(FP), R13

sblk:
"""
    for j, a in enumerate(accs):
        b = (prefetch(ws) + body).replace('(R11)', KS_BASES[j])
        if a != 0:
            b = re.sub(r'\b([XYZ])0\b', lambda m: f'{m.group(1)}{a}', b)
        o += b
    o += f"""	ADDQ         ${ws}, R11
	ADDQ         $292, R12
	DECQ         R13
	JNZ          sblk

"""
    dsts = ['(DI)', '(DI)(R14*1)', '(DI)(R14*2)', '(AX)']
    for j, a in enumerate(accs):
        o += hsum(a, a)
        if j == 3:
            o += '\tLEAQ         (DI)(R14*2), AX\n\tADDQ         R14, AX\n'
        o += f'\tVMOVSS       X{a}, {dsts[j]}\n'
    o += """	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         CX
	JNZ          srow
	VZEROUPPER
	RET
"""
    return o


out = open(os.path.join(OUT, 'k_amd64.s')).read()
out += """
// Four-stream variants of the AVX512-VNNI one-token kernels (see
// kernel_streams in gen/kq.py): the same results.
"""
out += kernel_streams('rowsQ4_KVNNIS', 144, q4k_vconsts + k4_vconsts + kmdup('Z11') + f16tab, q4k_vbody(), (0, 3, 4, 13))
out += kernel_streams('rowsQ5_KVNNIS', 176, q4k_vconsts + k4_vconsts + kmdup('Z11') + f16tab + zsplat('10', 'Z26'), q4k_vbody(q5=True), (0, 3, 4, 13))
out += kernel_streams('rowsQ6_KVNNIS', 210, q6k_vconsts + f16tab, q6k_vbody(), (0, 6, 7, 8))
out += """
// Four-stream variants of the AVX2 one-token kernels (kernel_streams; the
// Q4_K and Q5_K scales unpacked on registers the streams leave free): the
// same results.
"""
out += kernel_streams('rowsQ4_KAVX2S', 144, splat('0f', 15), q4k_body(), (0, 11, 12, 13))
out += kernel_streams('rowsQ5_KAVX2S', 176, splat('0f', 15) + splat('10', 14), q5k_body(), (0, 11, 12, 13))
out += kernel_streams('rowsQ6_KAVX2S', 210, splat('0f', 15) + splat('30', 14), q6k_body(), (0, 10, 12, 13))
open(os.path.join(OUT, 'k_amd64.s'), 'w').write(out)
