#!/usr/bin/env python3
# Writes one of runtime/vecdot's Go assembly files (see doc.go there):
#   python3 gen/legacy512.py   (from runtime/vecdot or anywhere; writes beside gen/)
#
# Q8_0, Q4_0 and Q5_0 weights × Q8_0 activations on 512-bit registers
# (AVX-512 F, BW, VL and VNNI), for the one-token product (Rows) of a decode step.
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

# Prefetch: while a group of eight rows is multiplied, the next group's
# weights into the level-1 cache (PF_INSN, PF_GROUPS ahead) and the one after
# into the level-2 cache (PF_FAR, one group further; '' for none). Tuned on
# BenchmarkRowsDRAM: T0 + T2 gave 12.9/14.6 cpu-GB/s (Q4_0/Q8_0), T0 alone
# 11.1/13.5, T1 alone 10.0/12.5, T0 two groups ahead 11.5/13.2.
PF_GROUPS = 1
PF_INSN = 'PREFETCHT0'
PF_FAR = 'PREFETCHT2'

hdr = '''//go:build !purego

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
'''

# row k of a group of eight at byte off of the current block
def R(k, off):
    base = 'R11' if k < 4 else 'R13'
    idx = ['', '(R8*1)', '(R8*2)', '(DX*1)'][k % 4]
    return f'{off}({base}){idx}'


def act_block(kind):
    # Z4 = the activation block's 32 values in both halves, Z5 = d_a,
    # Z6 = c·Σy·d_a per lane (c the bytes of Z24)
    return '''	VBROADCASTI64X4 2(R12), Z4
	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z5
''' + ('\tVMULPS       Z26, Z5, Z5\n' if kind == 'q4_0' else '') + '''	VPXORD       Z6, Z6, Z6
	VPDPBUSD     Z4, Z24, Z6
	VCVTDQ2PS    Z6, Z6
	VMULPS       Z5, Z6, Z6
'''


def weights(kind, a, b, zw, zt):
    # zw = the unsigned levels of rows a and b's current block
    if kind == 'q8_0':
        return f'''	VBROADCASTI64X4 {R(a, 2)}, Z{zw}
	VBROADCASTI64X4 {R(b, 2)}, K7, Z{zw}
	VPXORD       Z24, Z{zw}, Z{zw}
'''
    if kind == 'q5_0':
        # levels: the nibbles (high ones shifted down in lanes 1 and 3),
        # plus 16 where the block's bit (qh, bytes 2–5) is set: rows a and
        # b's bits as one 64-bit byte mask
        k = zw - 5
        return f'''	MOVL         {R(a, 2)}, AX
	MOVL         {R(b, 2)}, BX
	SHLQ         $32, BX
	ORQ          BX, AX
	KMOVQ        AX, K{k}
	VBROADCASTI32X4 {R(a, 6)}, Z{zw}
	VBROADCASTI32X4 {R(b, 6)}, K2, Z{zw}
	VPSRLVQ      Z26, Z{zw}, Z{zw}
	VPANDD       Z25, Z{zw}, Z{zw}
	VPADDB       Z24, Z{zw}, K{k}, Z{zw}
'''
    return f'''	VBROADCASTI32X4 {R(a, 2)}, Z{zw}
	VBROADCASTI32X4 {R(b, 2)}, K2, Z{zw}
''' + f'\tVPANDD       Z25, Z{zw}, Z{zw}\n'


def pair(kind, p, a, b):
    # accumulator Z{p} += (float32(Σu·y)·d_a − c·Σy·d_a)·d_w, rows a and b
    zw, zt, zd, zs = 8 + p, 12 + p, 16 + p, 20 + p
    return weights(kind, a, b, zw, zt) + f'''	VPXORD       Z{zd}, Z{zd}, Z{zd}
	VPDPBUSD     Z4, Z{zw}, Z{zd}
	VCVTDQ2PS    Z{zd}, Z{zd}
	VFMSUB213PS  Z6, Z5, Z{zd}
	MOVWLZX      {R(a, 0)}, AX
	MOVWLZX      {R(b, 0)}, BX
	VBROADCASTSS (R10)(AX*4), Z{zs}
	VBROADCASTSS (R10)(BX*4), K2, Z{zs}
	VFMADD231PS  Z{zd}, Z{zs}, Z{p}
'''


def consts(kind, c):
    if kind == 'q4_0':
        return '''	VMOVDQU64    nibc<>(SB), Z24
	VMOVDQU64    nibmask<>(SB), Z25
	VMOVDQU64    nibscale<>(SB), Z26
'''
    s = f'''	MOVL         ${c}, AX
	VPBROADCASTD AX, Z24
'''
    if kind == 'q5_0':
        s += '''	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z25
	VMOVDQU64    nibshift<>(SB), Z26
'''
    return s


# REDUCE8 sums the row pairs' accumulators Z0–Z3 into the eight rows' sums,
# Y12 lanes 0–7 in row order (rowidx<>).
REDUCE8 = '''	VSHUFF32X4   $0x88, Z1, Z0, Z8
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
'''


def pairloop(p, kind, ts):
    # rows SI and SI+R8 (the same row when R8 is 0): their sums in X0's
    # lanes 0 and 1
    return f'''	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0

{p}blk:
''' + act_block(kind) + pair(kind, 0, 0, 1) + f'''	ADDQ         ${ts}, R11
	ADDQ         $34, R12
	DECQ         CX
	JNZ          {p}blk
	VSHUFF32X4   $0x88, Z0, Z0, Z8
	VSHUFF32X4   $0xdd, Z0, Z0, Z9
	VADDPS       Z9, Z8, Z8
	VEXTRACTF128 $1, Y8, X9
	VHADDPS      X9, X8, X0
	VHADDPS      X0, X0, X0
'''


def kernel(name, kind, ts, c):
    npf = (8 * ts + 63) // 64
    s = f'''
// func {name}(dst *float32, rows int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·{name}(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         rows+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
''' + consts(kind, c) + f'''	MOVL         $0xff00, AX
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
	SHLQ         ${3 + (PF_GROUPS - 1).bit_length()}, R14
	ADDQ         SI, R14
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
	VPXORD       Z0, Z0, Z0
	VPXORD       Z1, Z1, Z1
	VPXORD       Z2, Z2, Z2
	VPXORD       Z3, Z3, Z3

gblk:
''' + act_block(kind)
    for i in range(npf):
        s += f'\t{PF_INSN}   {64 * i}(R14)\n'
        if PF_FAR:
            s += f'\t{PF_FAR}   {64 * i}(R14)(R8*8)\n'
    for p in range(4):
        s += pair(kind, p, 2 * p, 2 * p + 1)
    s += f'''	ADDQ         ${64 * npf}, R14
	ADDQ         ${ts}, R11
	ADDQ         ${ts}, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          gblk

''' + REDUCE8 + f'''	VMOVUPS      Y12, (DI)
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
''' + pairloop('p', kind, ts) + f'''	VMOVSD       X0, (DI)
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
''' + pairloop('o', kind, ts) + '''	VMOVSS       X0, (DI)

done:
	VZEROUPPER
	RET
'''
    return s



# Stream prefetch for the streams kernels: every PF_S_EVERY[kind] block
# steps (as many as fit in a 64-byte line, so that every line of a stream
# is prefetched about once), each of the eight streams PF_S_DIST bytes ahead
# with PF_S_INSN ('' for none). Tuned on BenchmarkFileDecode (Q8_0
# Qwen2.5-0.5B, two threads, medians of four interleaved runs): T0 at 512
# bytes 30.3 ms per token; none 40; T0 at 256/384/768/1024 and T0 plus a
# T1/T2 further ahead were no better; the eight-rows-per-pass kernel with
# its own prefetch 35.1. Prefetching Q4_0's 18-byte blocks at every step
# (three or four times per line) cost a third of its in-cache rate
# (BenchmarkRows, one core: 13 cpu-GB/s with, 20 without).
PF_S_DIST = 512
PF_S_INSN = 'PREFETCHT0'
PF_S_EVERY = {'q8_0': 1, 'q4_0': 3, 'q5_0': 2}


def streams_kernel(name, kind, ts, c):
    # Eight streams of S consecutive rows each: stream j is rows j·S … j·S+S−1,
    # row p of every stream is multiplied in the p-th pass, so each stream is
    # read from its first byte to its last, one sequential run per stream.
    s = f"""
// func {name}(dst *float32, s int, w *byte, rowBytes int, act *byte, nb int)
TEXT ·{name}(SB), NOSPLIT, $8-48
	MOVQ         dst+0(FP), DI
	MOVQ         s+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         w+16(FP), SI
	MOVQ         rowBytes+24(FP), R8
	IMULQ        AX, R8
	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
""" + consts(kind, c) + f"""	MOVL         $0xff00, AX
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
""" + act_block(kind)
    every = PF_S_EVERY[kind]
    if PF_S_INSN:
        if every > 1:
            # R14 counts the steps down to the next prefetch.
            s += f'\tDECQ         R14\n\tJNZ          {name}nopf\n\tMOVQ         ${every}, R14\n'
        for base, idx in (('R11', ''), ('R11', '(R8*1)'), ('R11', '(R8*2)'), ('R11', '(DX*1)'),
                          ('R13', ''), ('R13', '(R8*1)'), ('R13', '(R8*2)'), ('R13', '(DX*1)')):
            s += f'\t{PF_S_INSN}   {PF_S_DIST}({base}){idx}\n'
        if every > 1:
            s += f'\n{name}nopf:\n'
    for p in range(4):
        s += pair(kind, p, 2 * p, 2 * p + 1)
    s += f"""	ADDQ         ${ts}, R11
	ADDQ         ${ts}, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          sblk

""" + REDUCE8 + f"""	KXNORB       K1, K1, K1
	VSCATTERDPS  Y12, K1, (DI)(Y15*4)
	ADDQ         $4, DI
	ADDQ         rowBytes+24(FP), SI
	DECQ         left-8(SP)
	JNZ          sgroup
	VZEROUPPER
	RET
"""
    return s


out = hdr
out += kernel('rowsQ8_0AVX512', 'q8_0', 34, '0x80808080')
out += kernel('rowsQ4_0AVX512', 'q4_0', 18, '0x08080808')
out += kernel('rowsQ5_0AVX512', 'q5_0', 22, '0x10101010')
out += '''
// streamidx<> holds 0…7: lane j of Y15 (times s) is stream j's first row.
DATA streamidx<>+0(SB)/8, $0x0000000100000000
DATA streamidx<>+8(SB)/8, $0x0000000300000002
DATA streamidx<>+16(SB)/8, $0x0000000500000004
DATA streamidx<>+24(SB)/8, $0x0000000700000006
GLOBL streamidx<>(SB), RODATA|NOPTR, $32
'''
out += streams_kernel('rowsQ8_0AVX512S', 'q8_0', 34, '0x80808080')
out += streams_kernel('rowsQ4_0AVX512S', 'q4_0', 18, '0x08080808')
out += streams_kernel('rowsQ5_0AVX512S', 'q5_0', 22, '0x10101010')
open(os.path.join(OUT, 'legacy512_amd64.s'), 'w').write(out)
