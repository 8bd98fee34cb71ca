#!/usr/bin/env python3
# Writes one of runtime/vecdot's Go assembly files (see doc.go there):
#   python3 gen/interleave.py   (from runtime/vecdot or anywhere; writes beside gen/)
#
# Q8_0, Q4_0 and Q5_0 weights in the sixteen-row interleaved layout (interleave.go)
# × Q8_0 activations, and Q4_K weights × Q8_K activations, on 512-bit
# registers (AVX-512 F, BW and VNNI), for the one-token product of a decode
# step; Q4_0 on AVX2 too; and the AVX2 kernels that copy groups back to rows.
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

# Prefetch: every block step, each stream's bytes PF_DIST[kind] ahead (AVX2:
# PF_DIST_AVX2), one PF_INSN per 64-byte line of the step. Q4_0 at 512: 0.5B
# Q4_0 decode's share of a probe pass right before each token (three
# alternating runs of 115 tokens, medians) 0.855–0.899 against 0.848–0.875 at
# 1,024 and 0.822–0.872 at 2,048; Q8_0 0.908–0.914 at 512, 0.883–0.918 at
# 1,024, 0.897–0.917 at 2,048; Q5_0 (the Q4_K_M file) 0.837–0.861 at 512
# against 0.838–0.885 at 1,024.
PF_DIST = {'q8_0': 1024, 'q4_0': 512, 'q5_0': 1024}
PF_DIST_AVX2 = 1024
PF_INSN = 'PREFETCHT0'

hdr = '''//go:build !purego

#include "textflag.h"

// Q8_0, Q4_0 and Q5_0 weights in the sixteen-row interleaved layout (see
// interleave.go) × Q8_0 activations on 512-bit registers (AVX-512 F, BW and
// VNNI); Q4_K's kernels further down. Lane r of every register is row r of
// a group of sixteen: a block's sixteen fp16 scales are one 32-byte load
// (VCVTPH2PS), and each 64-byte
// chunk of levels holds four consecutive values of every row, so one VPDPBUSD
// with the four matching activation bytes broadcast (.BCST) adds four
// products to every row's lane. The levels are stored unsigned (u = x + c:
// c = 128 for Q8_0, 8 for Q4_0's nibbles; Q5_0's levels u = x + 16 are
// formed from the nibble and the fifth bit's mask), and for block b of every row
//
//	t = float32(Σ u·y)·d_a − float32(c·Σy)·d_a      (one fused multiply-subtract)
//	acc += t·d_w                                     (one fused multiply-add)
//
// as dotInterleaved in interleave.go states it. Σy is formed once per
// activation block for all the rows; every integer sum is exact. Q4_0's
// high nibbles are masked in place (16·u) and summed apart, then shifted
// down by 4 (exact: every term is a multiple of 16), which saves a shift
// per chunk.
//
// The groups are S streams of s consecutive groups (stream j is groups
// j·s … j·s+s−1), and each pass multiplies the next group of every stream,
// block by block in step, so each stream is read front to back.
//
// Registers: DI dst, SI the pass's first group, R8 the stream stride
// (s·groupBytes), DX 3·R8, R9 act, R10 f16tab, R11 the current block of
// streams 0–3, R13 of streams 4–7, R12 the activation block, CX blocks left,
// BX the dst stride (s·64); Z31 the 0x0F bytes, Z30 d_a, Z29 c·Σy·d_a,
// Z28 the 0x01 bytes (Σy), Z0–Z7 the streams' float accumulators,
// Z8–Z15 their integer sums, Z16–Z26 temporaries (Q4_0: Z16–Z27, the
// high nibbles' sums among them), Z27 Q5_0's 0x10 bytes.
'''


def stream_addr(j, off):
    base = 'R11' if j < 4 else 'R13'
    idx = ['', '(R8*1)', '(R8*2)', '(DX*1)'][j % 4]
    return f'{off}({base}){idx}'


def act_block(c_shift):
    # Z30 = d_a, Z29 = (c·Σy)·d_a, c = 1 << c_shift
    return f'''	MOVWLZX      (R12), AX
	VBROADCASTSS (R10)(AX*4), Z30
	VMOVDQU64    2(R12), Y16
	VPXORD       Y17, Y17, Y17
	VPDPBUSD     Y16, Y28, Y17
	VEXTRACTI32X4 $1, Y17, X18
	VPADDD       X18, X17, X17
	VPSHUFD      $0x4e, X17, X18
	VPADDD       X18, X17, X17
	VPSHUFD      $0xb1, X17, X18
	VPADDD       X18, X17, X17
	VPSLLD       ${c_shift}, X17, X17
	VCVTDQ2PS    X17, X17
	VBROADCASTSS X17, Z29
	VMULPS       Z30, Z29, Z29
'''


def stream_block(kind, j, nstreams):
    # Z{8+j} = Σ u·y for the sixteen rows of stream j's current block, then
    # Z{j} += (float32(Z{8+j})·d_a − c·Σy·d_a)·d_w. With four streams or
    # fewer, the products alternate between two integer sums (Z{8+j} and
    # Z{12+j}) so that fewer VPDPBUSDs wait on each other.
    acc = 8 + j
    acc2 = 12 + j if nstreams <= 4 else acc
    t = 16 + (j % 3) * 4  # rotating temporaries
    s = f'\tVPXORD       Z{acc}, Z{acc}, Z{acc}\n'
    if acc2 != acc:
        s += f'\tVPXORD       Z{acc2}, Z{acc2}, Z{acc2}\n'
    if kind == 'q5_0':
        # chunk 0: the fifth bits as planes (q5planes.go: byte 4r+i, bit c
        # = the fifth bit of value 4c+i of row r), so chunk k's low nibbles
        # (values 4k+i) take plane k, shifted left by 4−k to bit 4, and its
        # high ones (16+4k+i) plane k+4, shifted right by k; chunks 1–4:
        # the nibbles. VPTERNLOGD 0xF8 merges the shifted plane's 0x10 bits
        # (Z27) into the levels (a | b&c), adding 16 to each level whose
        # fifth bit is set.
        planes = stream_addr(j, 32)
        for k in range(4):
            s += f'''	VMOVDQU64    {stream_addr(j, 96 + 64 * k)}, Z{t}
	VPSRLW       $4, Z{t}, Z{t + 1}
	VPANDD       Z31, Z{t}, Z{t}
	VPANDD       Z31, Z{t + 1}, Z{t + 1}
	VPSLLW       ${4 - k}, {planes}, Z{t + 2}
	VPTERNLOGD   $0xf8, Z27, Z{t + 2}, Z{t}
'''
            if k == 0:
                s += f'\tVPTERNLOGD   $0xf8, {planes}, Z27, Z{t + 1}\n'
            else:
                s += f'''	VPSRLW       ${k}, {planes}, Z{t + 2}
	VPTERNLOGD   $0xf8, Z27, Z{t + 2}, Z{t + 1}
'''
            s += f'''	VPDPBUSD.BCST {2 + 4 * k}(R12), Z{t}, Z{acc}
	VPDPBUSD.BCST {18 + 4 * k}(R12), Z{t + 1}, Z{acc2}
'''
    elif kind == 'q4_0':
        # the high nibbles are masked in place (16·u, at most 240) into
        # their own sum, which is shifted down by 4 (exactly: every term is
        # a multiple of 16) before it joins the low nibbles' sum
        hs = f'Z{t + 3}'
        s += f'\tVPXORD       {hs}, {hs}, {hs}\n'
        for k in range(4):
            s += f'''	VMOVDQU64    {stream_addr(j, 32 + 64 * k)}, Z{t}
	VPANDND      Z{t}, Z31, Z{t + 1}
	VPANDD       Z31, Z{t}, Z{t}
	VPDPBUSD.BCST {2 + 4 * k}(R12), Z{t}, Z{acc if k % 2 == 0 else acc2}
	VPDPBUSD.BCST {18 + 4 * k}(R12), Z{t + 1}, {hs}
'''
        s += f'\tVPSRAD       $4, {hs}, {hs}\n\tVPADDD       {hs}, Z{acc}, Z{acc}\n'
    else:
        for k in range(8):
            tk = t + (k % 2)
            s += f'''	VMOVDQU64    {stream_addr(j, 32 + 64 * k)}, Z{tk}
	VPDPBUSD.BCST {2 + 4 * k}(R12), Z{tk}, Z{acc if k % 2 == 0 else acc2}
'''
    if acc2 != acc:
        s += f'\tVPADDD       Z{acc2}, Z{acc}, Z{acc}\n'
    s += f'''	VCVTDQ2PS    Z{acc}, Z{acc}
	VFMSUB213PS  Z29, Z30, Z{acc}
	VCVTPH2PS    {stream_addr(j, 0)}, Z{t + 2}
	VFMADD231PS  Z{acc}, Z{t + 2}, Z{j}
'''
    return s


# EPILOGUE ends a pass (the next group of every stream) and the kernel.
EPILOGUE = '''	ADDQ         $64, DI
	ADDQ         groupBytes+24(FP), SI
	DECQ         left-8(SP)
	JNZ          pass
	VZEROUPPER
	RET
'''


def prologue(name, frame=8, flags='NOSPLIT'):
    # the arguments: DI dst, the stream count s kept at left-8(SP), BX the
    # dst stride s·64, SI w, R8 the stream stride s·groupBytes; frame bytes
    # of locals from left-8(SP) down
    return f'''
// func {name}(dst *float32, s int, w *byte, groupBytes int, act *byte, nb int)
TEXT ·{name}(SB), {flags}, ${frame}-48
	MOVQ         dst+0(FP), DI
	MOVQ         s+8(FP), AX
	MOVQ         AX, left-8(SP)
	MOVQ         AX, BX
	SHLQ         $6, BX
	MOVQ         w+16(FP), SI
	MOVQ         groupBytes+24(FP), R8
	IMULQ        AX, R8
'''


def pass_head(nstreams):
    # a pass's stream pointers (R11, R13), activation (R12), block count
    # (CX) and zeroed accumulators (Z0 …)
    s = '''
pass:
	MOVQ         SI, R11
	LEAQ         (SI)(R8*4), R13
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
'''
    for j in range(nstreams):
        s += f'\tVPXORD       Z{j}, Z{j}, Z{j}\n'
    return s


def kernel(name, kind, nstreams, bb, c_shift):
    lines = bb // 64 + (1 if bb % 64 else 0)
    q5const = '\tMOVL         $0x10101010, AX\n\tVPBROADCASTD AX, Z27\n' if kind == 'q5_0' else ''
    s = prologue(name) + f'''	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z31
	MOVL         $0x01010101, AX
	VPBROADCASTD AX, Z28
{q5const}''' + pass_head(nstreams)
    s += '\nblk:\n' + act_block(c_shift)
    if PF_INSN:
        for j in range(nstreams):
            for i in range(lines):
                s += f'\t{PF_INSN}   {stream_addr(j, PF_DIST[kind] + 64 * i)}\n'
    for j in range(nstreams):
        s += stream_block(kind, j, nstreams)
    s += f'''	ADDQ         ${bb}, R11
	ADDQ         ${bb}, R13
	ADDQ         $34, R12
	DECQ         CX
	JNZ          blk
'''
    return s + store_streams(nstreams) + EPILOGUE


def store_streams(nstreams):
    # the streams' sixteen sums (Z0–Z7) to dst, BX apart
    s = ''
    for j in range(nstreams):
        dst = ['(DI)', '(DI)(BX*1)', '(DI)(BX*2)', '(AX)'][j % 4] if j < 4 else None
        if j == 3:
            s += '\tLEAQ         (BX)(BX*2), AX\n\tADDQ         DI, AX\n'
        if j == 4:
            s += '\tLEAQ         (DI)(BX*4), AX\n'
        if j >= 4:
            dst = ['(AX)', '(AX)(BX*1)', '(AX)(BX*2)', None][j % 4]
            if j == 7:
                s += '\tLEAQ         (BX)(BX*2), R14\n\tADDQ         AX, R14\n'
                dst = '(R14)'
        s += f'\tVMOVUPS      Z{j}, {dst}\n'
    return s


out = hdr
for kind, bb, c_shift in (('q8_0', 16 * 34, 7), ('q4_0', 16 * 18, 3), ('q5_0', 16 * 22, 4)):
    up = kind.upper()
    for n in (8, 4, 2, 1):
        out += kernel(f'rows{up}x16AVX512S{n}', kind, n, bb, c_shift)


# AVX2 (no VNNI): Q4_0, and Q5_0 below. A 64-byte chunk is two 256-bit
# registers, rows 0–7 and 8–15 of the group (the two halves). VPMADDUBSW multiplies the
# unsigned nibbles by the signed activation bytes and adds pairs into int16
# (at most 2·15·128 = 3840 a pair); the low and high nibbles' pairs of the
# four chunks are added in int16 (at most 8·3840 = 30720, exact), and one
# VPMADDWD by ones makes each row's Σ u·y in int32: the AVX-512 kernels'
# integer sums, and the same float operations after them, so the results
# are theirs to the bit.
#
# Registers: DI dst, SI the pass's first group, R8 the stream stride, DX
# 3·R8, R9 act, R10 f16tab, R11 the current block of stream 0 (stream j at
# R11 + j·R8), R12 the activation block, CX blocks left, BX the dst stride,
# R14 the block's table entry (Q8_0, Q4_0, Q5_0: avx2_table); Y8 the 0x0F
# bytes, Y9 the int16 ones, Y10 d_a, Y11 8·Σy·d_a (16·Σy·d_a for Q5_0,
# 128·Σy·d_a for Q8_0); the rest as each kernel says.
#
# Their cost on an AMD EPYC (Zen 1, 2.48 GHz): the vector pipe that
# multiplies, which a 256-bit VPMADDUBSW or VPMADDWD holds two cycles, needs
# 36 cycles a Q4_0 group block; the kernel takes about 61, and without
# hardware counters (none on that VM) the rest is not fully attributed.
# Loops outside the repository: a group
# block's sixteen VPMADDUBSW with its VPAND, VPADDW and VPSRLW as
# independent register operations take 32 cycles (the others fit beside the
# multiplies); chained as here (load, shift, masks, multiplies, int16 sums,
# VPMADDWD, conversion, fused multiply-add) 42–47; the kernel, with its
# scales, table and activation slots, about 61 (11.5 GB/s in cache). The
# one reordering tried, the int16 sums as a tree instead of a chain, saved
# 1–2% in the loop. Parts of the kernel left out to see what they cost
# (wrong results, timing only; two rounds of three runs, 10.6–12.9 GB/s for
# the whole on this noisy machine): the float tail of a half (conversion,
# VFMSUB213PS, VCVTPH2PS, the accumulating FMA) 12.3–14.1, any one of its
# four ops alone nothing measurable, the accumulator's chain (an FMA into a
# fresh register) nothing, the prefetches 11.6–12.6, the activation
# broadcasts 11.4–12.2; one stream a pass instead of four 10.3–10.9 in cache
# and 18.6–19.7 from memory on two threads against 20.6–21.0. Measured and
# dropped (BenchmarkRows .../avx2/interleaved, three runs each): the
# VPMADDWD by ones replaced by VPSLLD/VPSRAD/VPADDD, 10.6–10.8 GB/s against
# 11.4–11.6 (a 256-bit shift holds its pipe two cycles too); each chunk
# half's load folded into a VPAND and a VPANDN (one instruction fewer),
# 11.6–11.7, no change; Q5_0's planes moved to bit 4 by VPADDB doublings
# instead of shifts, 9.35–9.42 against 9.43–9.49. The S4 kernel's block
# body run from the level-1 cache in a C loop (the generated code in GNU
# syntax): 56.7 cycles a stream block; without prefetches 55.1, without the
# broadcasts 54.1, without the float tail 46.3, without all three 42.
# Reordered, with no gain: each stream's float tail spread over the next
# stream's chunks (int16 sums alternating between Y14/Y15 and Y8/Y9, the
# masks and ones as memory operands) 57.5 against 56.5–57.9; a stream's
# chunks loaded and unpacked one to three chunks ahead of their multiplies
# 54.6–60.6 against 56.6–57.1. The pipes' throughput, not latency, bounds it.
# Per instruction (loops of eight independent VPMADDUBSW with other
# independent register operations beside them, 2.63 GHz): VPAND, VPANDN,
# VPXOR, VPADDW, VPADDD, VPSHUFB, VADDPS and broadcasts from memory run
# beside the multiplies at no cost; a 256-bit VPSRLW, VPSRAD, VCVTDQ2PS or
# VCVTPH2PS holds one pipe two cycles, and VFMADD231PS, VPSIGNB and VPABSB
# share the multiplies' pipes. Thirty-two independent 256-bit VPANDs take
# 19.5 cycles (3.3 128-bit operations a cycle). The S4 block body (22.9 ns a
# stream block from the level-1 cache) takes 15.3 ns without its sixteen
# VPMADDUBSW, 18.5 without its VPADDW chains, 21.0 without its VPANDs and
# the same without its VPSRLW: no one resource bounds it; the whole issues
# about 2.3 128-bit operations a cycle.

def avx2_addr(j, off):
    # stream j's byte off of its current block: R11 + j·R8 (DX = 3·R8), or
    # R13 + (j−4)·R8 for streams 4–7 (R13 = R11 + 4·R8)
    return f'{off}(R{11 if j < 4 else 13})' + ['', '(R8*1)', '(R8*2)', '(DX*1)'][j % 4]


def avx2_acc(j, h, regs=4):
    # the float accumulator of stream j ≥ regs (the streams with register
    # accumulators), half h, in the frame (below left-8(SP))
    return f'acc-{40 + 32 * (2 * (j - regs) + h)}(SP)'


def avx2_frame(nstreams, regs=4):
    # left-8(SP) and the frame's accumulators
    return 8 + 64 * max(0, nstreams - regs)


def avx2_prologue(name, frame=8, table=False):
    # prologue's arguments, then R9 act, R10 f16tab, Y8 the 0x0F bytes and
    # Y9 the int16 ones; with table, AVX2_TABLE bytes more of frame below
    # frame's (no NOSPLIT: the stack grows for it)
    if table:
        return prologue(name, frame + AVX2_TABLE, '0') + avx2_regs()
    return prologue(name, frame) + avx2_regs()


def avx2_regs():
    return '''	MOVQ         act+32(FP), R9
	MOVQ         ·f16tab(SB), R10
	MOVL         $0x0f0f0f0f, AX
	MOVQ         AX, X8
	VPBROADCASTD X8, Y8
	MOVL         $0x00010001, AX
	MOVQ         AX, X9
	VPBROADCASTD X9, Y9
'''


def pass_avx2(nstreams, regs=4, table=None):
    # a pass's stream pointer (R11), activation (R12), block count (CX),
    # table entry (R14, with table: the frame size below which it starts)
    # and zeroed float accumulators (Y0 …)
    s = '''
pass:
	MOVQ         SI, R11
	MOVQ         R9, R12
	MOVQ         nb+40(FP), CX
'''
    if table is not None:
        s += f'\tLEAQ         tab-{table + AVX2_TABLE}(SP), R14\n'
    for a in range(2 * min(nstreams, regs)):
        s += f'\tVXORPS       Y{a}, Y{a}, Y{a}\n'
    if nstreams > 4:
        s += '\tLEAQ         (R11)(R8*4), R13\n'
    if nstreams > regs:
        s += '\tVXORPS       Y12, Y12, Y12\n'
        for j in range(regs, nstreams):
            for h in range(2):
                s += f'\tVMOVUPS      Y12, {avx2_acc(j, h, regs)}\n'
    return s


# AVX2_TABLE_BLOCKS is the most activation blocks the AVX2 kernels with a
# table take (callers check: interleavedTable in asm_amd64.go); the table,
# 16 bytes a block at the frame's bottom, holds each activation block's d_a,
# c·Σy·d_a (float32) and c·Σy (int32), computed once per call (avx2_table)
# instead of once per pass and block. On an AMD EPYC (Zen 1), two
# alternating runs of two each: BenchmarkRows Q8_0/avx2/interleaved (one
# stream, so a pass per group, and one activation broadcast per chunk for
# both halves) 13.9–14.7 GB/s against 11.8–12.3; Q4_0 and Q5_0, whose
# passes cover four and two groups, within noise (11.2–12.0 against
# 10.1–11.7; 9.2–9.4 against 8.9–9.3); from memory on two threads
# (BenchmarkRowsDRAM Q8_0 .../threads=2) no faster (20.3–20.7 against 21.2):
# there the reads bound it.
AVX2_TABLE_BLOCKS = 1024
AVX2_TABLE = 16 * AVX2_TABLE_BLOCKS


def avx2_table(frame, shift):
    # fill the table (below frame bytes of other locals) for nb blocks of act
    # (R9), c = 1 << shift: the sums as the kernels formed them per block
    # before (VPMADDUBSW by ones, VPMADDWD, a horizontal sum), the same bits
    return f'''	MOVQ         R9, R12
	LEAQ         tab-{frame + AVX2_TABLE}(SP), R14
	MOVQ         nb+40(FP), CX
	VPCMPEQB     Y1, Y1, Y1
	VPABSB       Y1, Y1

table:
	MOVWLZX      (R12), AX
	VMOVSS       (R10)(AX*4), X10
	VPMADDUBSW   2(R12), Y1, Y13
	VPMADDWD     Y9, Y13, Y13
	VEXTRACTI128 $1, Y13, X14
	VPADDD       X14, X13, X13
	VPSHUFD      $0x4e, X13, X14
	VPADDD       X14, X13, X13
	VPSHUFD      $0xb1, X13, X14
	VPADDD       X14, X13, X13
	VPSLLD       ${shift}, X13, X13
	VMOVD        X13, 8(R14)
	VCVTDQ2PS    X13, X13
	VMULSS       X10, X13, X13
	VMOVSS       X10, (R14)
	VMOVSS       X13, 4(R14)
	ADDQ         $34, R12
	ADDQ         $16, R14
	DECQ         CX
	JNZ          table
'''


def avx2_offset(keep=None):
    # a block's d_a (Y10) and c·Σy·d_a (Y11) from the table; with keep, c·Σy
    # as eight int32 in that register too
    keep = f'\tVPBROADCASTD 8(R14), {keep}\n' if keep else ''
    return f'''
blk:
	VBROADCASTSS (R14), Y10
	VBROADCASTSS 4(R14), Y11
{keep}'''


# The Q4_0 kernels on one, two, four or eight streams side by side: one
# int16 sum (Y15) for the (stream, half) being multiplied, the first four
# streams' float accumulators in Y0–Y7 (stream j, half h: Y(2j+h)), the
# other four's in the frame (avx2_acc: loaded, added to and stored back by
# the same fused multiply-add), Y12–Y14 the levels and the broadcast
# activation bytes. More streams keep more of memory's reads in flight:
# BenchmarkRowsDRAM Q4_0/avx2/interleaved on one thread, three alternating
# runs, four streams 12.1–16.8 GB/s against two's 9.4–13.5; 0.5B Q4_0 AVX2
# decode, eight streams at 82–90% of the paired probe's rate against four's
# 77–83%.
def avx2_kernel(name, nstreams):
    lines = 5
    frame = avx2_frame(nstreams) + 256
    s = avx2_prologue(name, frame, True) + avx2_table(frame, 3) + '''	LEAQ         (R8)(R8*2), DX
''' + pass_avx2(nstreams, 4, frame) + avx2_offset() + avx2_expand(frame)
    s += avx2_prefetch(nstreams, lines)
    for j in range(nstreams):
        # the two halves' chunks alternate, their int16 sums in Y14 and Y15:
        # two independent chains for the out-of-order window
        for k in range(4):
            for h in range(2):
                acc = f'Y{14 + h}'
                s += avx2_nibbles(avx2_addr(j, 32 + 64 * k + 32 * h)) + f'''	VPMADDUBSW   {avx2_ex(frame, k)}, Y12, Y12
	VPMADDUBSW   {avx2_ex(frame, 4 + k)}, Y13, Y13
'''
                if k == 0:
                    s += f'\tVPADDW       Y13, Y12, {acc}\n'
                else:
                    s += f'\tVPADDW       Y13, Y12, Y12\n\tVPADDW       Y12, {acc}, {acc}\n'
        s += '\tVPMADDWD     Y9, Y14, Y14\n\tVPMADDWD     Y9, Y15, Y15\n' + avx2_scale_add(j, 0, 'Y14') + avx2_scale_add(j, 1)
    return s + avx2_next_block(nstreams, 288, True)


def avx2_ex(frame, i):
    # the frame slot of the block's activation bytes 4i … 4i+3, broadcast
    return f'ex-{frame - 32 * i}(SP)'


def avx2_expand(frame):
    # the block's eight groups of four activation bytes, each broadcast to a
    # frame slot (avx2_ex, the frame's last 256 bytes) that every stream's
    # VPMADDUBSW reads as its memory operand: one broadcast per block instead
    # of one per stream and half (BenchmarkRows Q4_0/avx2/interleaved, three
    # alternating runs, 10.8–11.1 GB/s against 9.3–10.3 on an AMD EPYC)
    s = ''
    for i in range(8):
        s += f'''	VPBROADCASTD {2 + 4 * i}(R12), Y14
	VMOVDQU      Y14, {avx2_ex(frame, i)}
'''
    return s


def avx2_scale_add(j, h, r='Y15'):
    # stream j's half h: its block's int32 sums r (Σ u·y) as float32,
    # t = Σ u·y·d_a − c·Σy·d_a, then acc += t·d_w (the accumulator Y(2j+h),
    # or the frame's for streams 4–7)
    s = f'''	VCVTDQ2PS    {r}, {r}
	VFMSUB213PS  Y11, Y10, {r}
	VCVTPH2PS    {avx2_addr(j, 16 * h)}, Y12
'''
    if j < 4:
        return s + f'\tVFMADD231PS  {r}, Y12, Y{2 * j + h}\n'
    return s + f'''	VMOVUPS      {avx2_acc(j, h)}, Y13
	VFMADD231PS  {r}, Y12, Y13
	VMOVUPS      Y13, {avx2_acc(j, h)}
'''


def avx2_next_block(nstreams, bb, table=False):
    # the next block of every stream (bb bytes a group's block), of the
    # activations and of the table, the loop's end, the sums' stores and the
    # pass's end
    return '''	ADDQ         $%d, R11
''' % bb + ('''	ADDQ         $%d, R13
''' % bb if nstreams > 4 else '') + ('''	ADDQ         $16, R14
''' if table else '') + '''	ADDQ         $34, R12
	DECQ         CX
	JNZ          blk
''' + avx2_store(nstreams) + EPILOGUE


def avx2_prefetch(nstreams, lines, dist=PF_DIST_AVX2, insn=PF_INSN):
    # the block dist bytes ahead of every stream, one insn (PF_INSN unless
    # given) per line
    s = ''
    if insn:
        for j in range(nstreams):
            for i in range(lines):
                s += f'\t{insn:<12} {avx2_addr(j, dist + 64 * i)}\n'
    return s


def avx2_nibbles(a):
    # the chunk half at a: its low nibbles in Y12, its high ones in Y13
    return f'''	VMOVDQU      {a}, Y12
	VPSRLW       $4, Y12, Y13
	VPAND        Y8, Y12, Y12
	VPAND        Y8, Y13, Y13
'''


def avx2_store(nstreams, regs=4):
    # the streams' sixteen sums (Y(2j), Y(2j+1) for j < regs, the frame's
    # for the others) to dst, BX apart
    s = ''
    for j in range(nstreams):
        if j == 3:
            s += '\tLEAQ         (BX)(BX*2), AX\n\tADDQ         DI, AX\n'
        if j == 4:
            s += '\tLEAQ         (DI)(BX*4), AX\n'
        if j == 7:
            s += '\tLEAQ         (AX)(BX*2), AX\n\tADDQ         BX, AX\n'
        d = ['(DI)', '(DI)(BX*1)', '(DI)(BX*2)', '(AX)', '(AX)', '(AX)(BX*1)', '(AX)(BX*2)', '(AX)'][j]
        for h in range(2):
            if j < regs:
                s += f'\tVMOVUPS      Y{2 * j + h}, {32 * h}{d}\n'
            else:
                s += f'\tVMOVUPS      {avx2_acc(j, h, regs)}, Y12\n\tVMOVUPS      Y12, {32 * h}{d}\n'
    return s


for n in (8, 4, 2, 1):
    out += avx2_kernel(f'rowsQ4_0x16AVX2S{n}', n)


def ymm_const(name, qword):
    # a 32-byte read-only constant: qword four times
    return f'''
DATA {name}<>+0(SB)/8, ${qword}
DATA {name}<>+8(SB)/8, ${qword}
DATA {name}<>+16(SB)/8, ${qword}
DATA {name}<>+24(SB)/8, ${qword}
GLOBL {name}<>(SB), RODATA|NOPTR, $32
'''


# Tried on the AMD EPYC (Zen 1) and not kept (2026-11-29): the fifth bits
# by VPSHUFB from four tables (one per plane, nibble → 16 or 0) on the
# planes' two nibbles, which takes 10 of a stream block's 22 shifts off the
# one pipe that shifts: BenchmarkRows Q5_0/avx2/interleaved 8.9–9.7 GB/s
# against 8.5–9.6, no change; nor did the Q4_0 kernel's two streams with
# their chunks interleaved (four int16 chains) against one after the other
# (11.4–12.1 GB/s against 10.0–11.9), or the Q4_K kernel's 64 activation
# broadcasts made once per super-block into the frame (9.8–10.4 against
# 8.8–10.8). Per instruction (loops of independent 256-bit operations,
# 2.63 GHz): VPMADDUBSW, VPMADDWD, VPSADBW and VPMULLW 2.1 cycles each on
# one pipe; VPABSB, VPSIGNB, VFMADD231PS and VPSHUFB 1.05 (two pipes);
# VPSRLW 2.1 (one pipe, not the multiplies'); VPAND alone 3.8 128-bit
# operations a cycle, beside four VPMADDUBSW up to twelve VPANDs free.
#
# AVX2 Q5_0 (one, two or four streams): the Q4_0 kernels with the fifth bits.
# Chunk 0 holds them as bit planes (q5planes.go): the half h of a stream's
# block (rows 8h … 8h+7) has its planes in chunk 0's bytes 32h … 32h+31,
# loaded once (Y6); chunk k+1's low nibbles take plane k, shifted left by
# 4−k to bit 4, its high ones plane k+4, shifted right by k, and VPAND 0x10
# and VPOR add 16 to each level whose fifth bit is set (u = x + 16, 0–31):
# three operations per 32 levels where expanding a 32-bit mask to bytes took
# five and a load. A pair of VPMADDUBSW products is then at most 2·31·128 =
# 7936 in size, so the int16 sums are carried into int32 every two chunks
# (4·7936 = 31744 fits), one VPMADDWD by ones each: the AVX-512 kernels'
# integer sums, and after them the same float operations, with c = 16, so
# the results are theirs to the bit.
#
# Registers: Y0–Y3 the first two streams' float accumulators (stream j,
# half h: Y(2j+h); streams 2 and 3's in the frame, avx2_acc), Y4 the int16
# sum of two chunks and Y5 the int32 sum of the (stream, half) being
# multiplied, Y6 its planes, Y7 the 0x10 bytes, Y12–Y15 the levels, shifted
# planes and activation bytes.
Q5_AVX2_DATA = ymm_const('q5ten', '0x1010101010101010')


def avx2_fifth(c, dst):
    # add 16 to the levels in Y{dst} whose fifth bit is set in plane c of
    # the planes in Y6
    if c < 4:
        shift = f'\tVPSLLW       ${4 - c}, Y6, Y14\n\tVPAND        Y7, Y14, Y14\n'
    elif c == 4:
        shift = '\tVPAND        Y7, Y6, Y14\n'
    else:
        shift = f'\tVPSRLW       ${c - 4}, Y6, Y14\n\tVPAND        Y7, Y14, Y14\n'
    return shift + f'\tVPOR         Y14, Y{dst}, Y{dst}\n'


def avx2_q5_kernel(name, nstreams):
    lines = 6  # a block is 352 bytes: five and a half lines
    frame = avx2_frame(nstreams, 2) + 256
    s = avx2_prologue(name, frame, True) + avx2_table(frame, 4) + '''	LEAQ         (R8)(R8*2), DX
	VMOVDQU      q5ten<>(SB), Y7
''' + pass_avx2(nstreams, 2, frame) + avx2_offset() + avx2_expand(frame)
    s += avx2_prefetch(nstreams, lines)
    for j in range(nstreams):
        for h in range(2):
            s += f'\tVMOVDQU      {avx2_addr(j, 32 + 32 * h)}, Y6\n'
            for k in range(4):
                s += avx2_nibbles(avx2_addr(j, 96 + 64 * k + 32 * h)) + avx2_fifth(k, 12) + avx2_fifth(k + 4, 13) + f'''	VPMADDUBSW   {avx2_ex(frame, k)}, Y12, Y12
	VPMADDUBSW   {avx2_ex(frame, 4 + k)}, Y13, Y13
'''
                if k % 2 == 0:
                    s += '\tVPADDW       Y13, Y12, Y4\n'
                    continue
                s += '\tVPADDW       Y13, Y12, Y12\n\tVPADDW       Y12, Y4, Y4\n\tVPMADDWD     Y9, Y4, Y4\n'
                s += '\tVMOVDQA      Y4, Y5\n' if k == 1 else '\tVPADDD       Y4, Y5, Y5\n'
            s += f'''	VCVTDQ2PS    Y5, Y5
	VFMSUB213PS  Y11, Y10, Y5
	VCVTPH2PS    {avx2_addr(j, 16 * h)}, Y12
'''
            if j < 2:
                s += f'\tVFMADD231PS  Y5, Y12, Y{2 * j + h}\n'
            else:
                s += f'''	VMOVUPS      {avx2_acc(j, h, 2)}, Y13
	VFMADD231PS  Y5, Y12, Y13
	VMOVUPS      Y13, {avx2_acc(j, h, 2)}
'''
    s += '''	ADDQ         $352, R11
''' + ('''	ADDQ         $352, R13
''' if nstreams > 4 else '') + '''	ADDQ         $16, R14
	ADDQ         $34, R12
	DECQ         CX
	JNZ          blk
''' + avx2_store(nstreams, 2)
    return s + EPILOGUE


out += Q5_AVX2_DATA
for n in (4, 2, 1):
    out += avx2_q5_kernel(f'rowsQ5_0x16AVX2S{n}', n)

# Tried on the AMD EPYC (Zen 1) and not kept (2026-11-29): the activation
# bytes' magnitudes taken once per chunk for both halves and the signs put
# on the levels (VPSIGNB of the levels by the activations) saves one VPABSB
# per chunk half: BenchmarkRows Q8_0/avx2/interleaved 14.5–15.2 GB/s against
# 12.7–14.0 in cache, but from memory on two threads only 21.2–21.8 against
# 20.7–21.6, and a level of −128 (u = 0, which ggml's quantizer never
# writes but a file may hold) would then need +128 from VPSIGNB; two
# streams a pass under one broadcast read 17.9 GB/s from memory against
# 18.3–24.2 for one (three alternating runs).
#
# AVX2 Q8_0 (one stream: see avx2Streams). The levels are stored
# unsigned (u = x + 128), and VPMADDUBSW of u by the activation bytes could
# overflow int16 (2·255·128), so each chunk half is turned back into the
# signed levels x (VPXOR 0x80) and multiplied as the row-major kernels
# multiply: |x| (VPABSB) by y with x's sign (VPSIGNB), pairs of at most
# 128·127 + 128·127 = 32512 (y = −128 with x < 0 would need +128, which
# VPSIGNB cannot give: rowsInterleavedQ8_0AVX2 sends such activations, which
# QuantizeActivations never makes, to the plain-Go kernel), each chunk's
# pairs carried into int32 by one VPMADDWD by ones. Σ x·y + 128·Σy is then
# the AVX-512 kernels' Σ u·y, exact, and the same float operations follow,
# so the results are theirs to the bit. Six vector operations and a
# broadcast per 32 level bytes, where the row-major kernel adds a scale
# multiply, a conversion and a fused multiply-add per row and block: on a
# CPU whose 256-bit integer multiplies take two cycles (AMD Zen 1), the
# row-major kernel multiplies about 10 GB/s on one core, below one core's
# share of memory's read rate (BenchmarkRows Q8_0/avx2 against
# Q8_0/avx2/interleaved).
#
# Registers: Y0–Y7 the first four streams' float accumulators (stream j,
# half h: Y(2j+h); the others' in the frame, avx2_acc), Y8 the 0x80 bytes,
# Y12 the levels, Y13 their magnitudes and products, Y14 the activation
# bytes with the levels' signs, Y7 and Y15 the halves' int32 sums, Y2 the
# block's 128·Σy (int32, from the table), Y3 the chunk's four activation
# bytes, broadcast.
Q8_AVX2_DATA = ymm_const('q8sign', '0x8080808080808080')


def avx2_q8_kernel(name):
    # one stream (see avx2Streams): the halves' int32 sums take Y7 and Y15,
    # their chunks alternating (two independent chains)
    lines = 9  # a block is 544 bytes: eight and a half lines
    frame = avx2_frame(1)
    s = avx2_prologue(name, frame, True) + avx2_table(frame, 7) + '''	LEAQ         (R8)(R8*2), DX
	VMOVDQU      q8sign<>(SB), Y8
''' + pass_avx2(1, 4, frame) + avx2_offset('Y2')
    # PREFETCHNTA four blocks ahead. With PREFETCHT0, two blocks ahead was
    # best: BenchmarkRowsDRAM Q8_0/avx2/interleaved/threads=2 (one stream),
    # with the table, 21.0–21.7 GB/s in four runs against 18.3–20.7 at four
    # blocks, 19.4–20.1 at one, 19.8–20.9 at three, 19.5–20.0 at six, 19.1 at
    # eight; 0.5B Q8_0 decode, two runs each, 80–81% of the paired probe's
    # rate against 78–80% at four blocks. (Before the table, four blocks were
    # best: 19.6–19.9 against 17.9–18.1 at two.) Two streams, their chunks in
    # step under one broadcast, read 14.7–17.6. PREFETCHNTA (on an AMD EPYC,
    # Zen 1: into the level-1 cache without filling the level 2 with bytes
    # read once), three alternating runs: 22.1–22.9 GB/s four blocks ahead,
    # 21.6–22.8 three, 19.8–23.0 two, against PREFETCHT0's 20.9–21.7 two
    # blocks ahead; 0.5B Q8_0 decode (`qwenkit bench -p 0 -n 128 -t 2 -r 3
    # --f16-kv`, six alternating pairs): 68–88% of the paired probe's rate
    # (median 86%, decode reading 20.2–22.1 GB/s) against 67–86% (median
    # 78%, 17.4–21.5 GB/s). In cache it is slower (BenchmarkRows
    # Q8_0/avx2/interleaved, the matrix in level 2: 12.8–13.0 GB/s against
    # 14.4–14.7), but decode reads from memory. The Q4_0 and Q5_0 kernels
    # read less with it
    # (two threads from memory, three runs: Q4_0 16.3–17.0 GB/s against
    # 18.3–18.9, Q5_0 15.3–15.6 against 16.3–16.6, one block ahead).
    s += avx2_prefetch(1, lines, 2176, 'PREFETCHNTA')
    for k in range(8):
        s += f'\tVPBROADCASTD {2 + 4 * k}(R12), Y3\n'
        for h in range(2):
            acc = ['Y7', 'Y15'][h]
            s += f'''	VMOVDQU      {32 + 64 * k + 32 * h}(R11), Y12
	VPXOR        Y8, Y12, Y12
	VPABSB       Y12, Y13
	VPSIGNB      Y12, Y3, Y14
	VPMADDUBSW   Y14, Y13, Y13
'''
            s += f'\tVPMADDWD     Y9, Y13, {acc}\n' if k == 0 else f'\tVPMADDWD     Y9, Y13, Y13\n\tVPADDD       Y13, {acc}, {acc}\n'
    for h, acc in enumerate(['Y7', 'Y15']):
        s += f'\tVPADDD       Y2, {acc}, {acc}\n' + avx2_scale_add(0, h, acc)
    return s + avx2_next_block(1, 544, True)


out += Q8_AVX2_DATA
out += avx2_q8_kernel('rowsQ8_0x16AVX2S1')

# Deinterleave (AVX2, any x86-64 kernel set): whole groups back to rows. For
# each group block and each half (rows 8h … 8h+7, bytes 32h … 32h+31 of every
# 64-byte chunk), four chunks' halves (Q8_0: two sets of four) are one 4×8
# transpose of dwords: after it, 128-bit lane l of register i holds row
# i + 4l's sixteen quant bytes of those chunks. Q8_0's levels are XORed with
# 0x80 on the way (x+128 back to x). The scales are copied as words.
#
# Registers: SI the current group block, DI the group's first row, R8 the
# row length in bytes, R9 the block's offset in a row, CX blocks left in the
# group, DX groups left, R10 row 8h's block, R11 3·R8, R12 5·R8, R13 7·R8
# (rows r at R10 + r·R8), BX a scale; Y15 the 0x80 bytes (Q8_0).

def deinter_rows(r):
    # address of row r (0–7 of a half) at R10: r·R8
    return ['(R10)', '(R10)(R8*1)', '(R10)(R8*2)', '(R10)(R11*1)', '(R10)(R8*4)', '(R10)(R12*1)', '(R10)(R11*2)', '(R10)(R13*1)'][r]


def transpose4(regs, tmp):
    # 4×8 dword transpose within 128-bit lanes: regs[i] lane l ends with row
    # i + 4l's dwords of the four inputs (in input order)
    a, b, c, d = regs
    t0, t1, t2, t3 = tmp
    return f'''	VPUNPCKLDQ   Y{b}, Y{a}, Y{t0}
	VPUNPCKHDQ   Y{b}, Y{a}, Y{t1}
	VPUNPCKLDQ   Y{d}, Y{c}, Y{t2}
	VPUNPCKHDQ   Y{d}, Y{c}, Y{t3}
	VPUNPCKLQDQ  Y{t2}, Y{t0}, Y{a}
	VPUNPCKHQDQ  Y{t2}, Y{t0}, Y{b}
	VPUNPCKLQDQ  Y{t3}, Y{t1}, Y{c}
	VPUNPCKHQDQ  Y{t3}, Y{t1}, Y{d}
'''


def deinter_head(name, setup):
    # the deinterleave kernels' arguments, row offsets and loop heads
    return f'''
// func {name}(dst *byte, iw *byte, nb int, groups int, rowBytes int)
TEXT ·{name}(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         iw+8(FP), SI
	MOVQ         groups+24(FP), DX
	MOVQ         rowBytes+32(FP), R8
	LEAQ         (R8)(R8*2), R11
	LEAQ         (R8)(R8*4), R12
	LEAQ         (R11)(R8*4), R13
{setup}
group:
	MOVQ         nb+16(FP), CX
	XORQ         R9, R9

block:
'''


def deinter_tail(ts):
    # the next group block (ts bytes a row's block), then the next group
    return f'''	ADDQ         ${16 * ts}, SI
	ADDQ         ${ts}, R9
	DECQ         CX
	JNZ          block
	MOVQ         R8, AX
	SHLQ         $4, AX
	ADDQ         AX, DI
	DECQ         DX
	JNZ          group
	VZEROUPPER
	RET
'''


# The rows' plane words in Y12 (eight dwords) become their qh words: the
# delta swaps of q5planes.go's planesQh, on Y13 and Y14.
Q5_SWAP_DATA = ''.join(ymm_const(f'q5swap{n}', m) for n, m in (('03', '0x00aa00aa00aa00aa'), ('14', '0x0000cccc0000cccc'), ('23', '0x00f000f000f000f0'), ('34', '0x0000ff000000ff00')))


def q5_planes_qh():
    s = ''
    for n, d in (('03', 7), ('14', 14), ('23', 4), ('34', 8)):
        s += f'''	VPSRLD       ${d}, Y12, Y13
	VPXOR        Y12, Y13, Y13
	VPAND        q5swap{n}<>(SB), Y13, Y13
	VPSLLD       ${d}, Y13, Y14
	VPXOR        Y13, Y12, Y12
	VPXOR        Y14, Y12, Y12
'''
    return s


def deinter_kernel(name, kind):
    ts = {'q8_0': 34, 'q4_0': 18, 'q5_0': 22}[kind]
    chunks = 8 if kind == 'q8_0' else 4
    # Q5_0: chunk 0's half (eight rows' plane words) is turned into the
    # rows' qh words on one register (q5_planes_qh) and stored as dwords
    # where the rows' qh go; the nibble chunks 1–4 are transposed as Q4_0's
    # 0–3 are, to offset 6.
    c0, qoff = (1, 6) if kind == 'q5_0' else (0, 2)
    setup = '''	MOVL         $0x80808080, AX
	MOVQ         AX, X15
	VPBROADCASTD X15, Y15
''' if kind == 'q8_0' else ''
    s = deinter_head(name, setup)
    for h in range(2):
        s += f'\tLEAQ         (DI)(R9*1), R10\n'
        if h == 1:
            s += '\tLEAQ         (R10)(R8*8), R10\n'
        # scales of rows 8h … 8h+7
        for r in range(8):
            s += f'\tMOVWLZX      {2 * (8 * h + r)}(SI), BX\n\tMOVW         BX, {deinter_rows(r)}\n'
        if kind == 'q5_0':
            s += f'\tVMOVDQU      {32 + 32 * h}(SI), Y12\n' + q5_planes_qh()
            for r in range(8):
                if r == 0:
                    s += f'\tVMOVD        X12, 2{deinter_rows(r)}\n'
                elif r < 4:
                    s += f'\tVPEXTRD      ${r}, X12, 2{deinter_rows(r)}\n'
                else:
                    if r == 4:
                        s += '\tVEXTRACTI128 $1, Y12, X12\n\tVMOVD        X12, 2' + deinter_rows(r) + '\n'
                    else:
                        s += f'\tVPEXTRD      ${r - 4}, X12, 2{deinter_rows(r)}\n'
        for half4 in range(chunks // 4):
            regs = [0, 1, 2, 3] if half4 == 0 else [4, 5, 6, 7]
            for i, reg in enumerate(regs):
                k = 4 * half4 + i
                s += f'\tVMOVDQU      {32 + 64 * (c0 + k) + 32 * h}(SI), Y{reg}\n'
                if kind == 'q8_0':
                    s += f'\tVPXOR        Y15, Y{reg}, Y{reg}\n'
            s += transpose4(regs, [8, 9, 10, 11])
        # row i + 4l: lane l of register i (chunks 0–3), of register 4+i (4–7)
        for i in range(4):
            for l in range(2):
                r = i + 4 * l
                if kind != 'q8_0':
                    if l == 0:
                        s += f'\tVMOVDQU      X{i}, {qoff}{deinter_rows(r)}\n'
                    else:
                        s += f'\tVEXTRACTI128 $1, Y{i}, {qoff}{deinter_rows(r)}\n'
                else:
                    # [chunks 0–3 | chunks 4–7] of row r as one 32-byte store
                    sel = '0x20' if l == 0 else '0x31'
                    s += f'\tVPERM2I128   ${sel}, Y{4 + i}, Y{i}, Y12\n\tVMOVDQU      Y12, 2{deinter_rows(r)}\n'
    return s + deinter_tail(ts)


# Q4_K's deinterleave: per group block and half, the eight rows' d and dmin
# as one dword each (d | dmin<<16, bytes 0–3 of the row's block), then its 35
# chunks as nine 4×8 transposes: chunks 0–31 four at a time and chunks 31–34
# (chunk 31 twice, the same bytes to the same place), each leaving row
# i + 4l's sixteen bytes of its four chunks in 128-bit lane l of register i.
def deinter_q4k(name):
    ts = 144
    s = deinter_head(name, '')
    for h in range(2):
        s += f'\tLEAQ         (DI)(R9*1), R10\n'
        if h == 1:
            s += '\tLEAQ         (R10)(R8*8), R10\n'
        for r in range(8):
            s += (f'\tMOVWLZX      {2 * (8 * h + r)}(SI), BX\n\tMOVWLZX      {32 + 2 * (8 * h + r)}(SI), AX\n'
                  f'\tSHLL         $16, AX\n\tORL          AX, BX\n\tMOVL         BX, {deinter_rows(r)}\n')
        for k0 in list(range(0, 32, 4)) + [31]:
            for i in range(4):
                s += f'\tVMOVDQU      {64 + 64 * (k0 + i) + 32 * h}(SI), Y{i}\n'
            s += transpose4([0, 1, 2, 3], [8, 9, 10, 11])
            for i in range(4):
                for l in range(2):
                    off = 4 + 4 * k0
                    if l == 0:
                        s += f'\tVMOVDQU      X{i}, {off}{deinter_rows(i + 4 * l)}\n'
                    else:
                        s += f'\tVEXTRACTI128 $1, Y{i}, {off}{deinter_rows(i + 4 * l)}\n'
    return s + deinter_tail(ts)


# The Q4_K kernels' comment in the assembly file:
Q4K_DOC = '''
// Q4_K (AVX-512 F, BW, VNNI): the same sixteen-row groups of super-blocks
// (interleave.go: 16 d, 16 dmin, then 35 chunks of four bytes of every row,
// the 12 scale bytes first) × Q8_K activations (d as float32 at 0, the 256
// levels at 4, sixteen int16 sums of 16 levels at 260). For each
// super-block and stream, lanes = rows:
//
//	is_j = Σ_{i<32} q·y over sub-block j   (VPDPBUSD: the low nibbles of a
//	       chunk are sub-block 2p's levels, the high ones, masked in place
//	       as 16·q, sub-block 2p+1's, whose sum is shifted down by 4)
//	S = Σ_j sc_j·is_j,  M = Σ_j m_j·bs_j    (VPMULLD; exact)
//	acc += (float32(S)·d − dmin·float32(M))·d_a
//
// as dotInterleavedQ4K states it, the scales and mins unpacked from the 12
// bytes in dword lanes (row r's bytes 4k … 4k+3 of the scales are chunk k's
// lane r). bs_j (two of the activation's sums, VPMADDWD by ones) is stored
// once per super-block on the stack and broadcast from there.
//
// Registers: DI dst, SI the pass's first group, R8 the stream stride, DX
// 3·R8, R9 act, R11 the current super-block of the (up to four) streams,
// R12 the activation super-block, CX super-blocks left, BX the dst
// stride; Z0–Z3 the streams' float accumulators, Z8–Z15 and Z16–Z23 the
// even and odd streams' S, M and temporaries, Z24 d_a, Z25 the 0x3F dwords,
// Z26 the sums' scratch, Z27 the 0x0001 words, Z31 the 0x0F bytes.
'''
PF_DIST_Q4K = 2304
Q4K_BB = 16 * 144


def q4k_scale(j, src_lo, src_hi, t, t2, shift_lo):
    # t = the 6-bit value j of the scales (src_lo = chunk a, src_hi = c) or
    # the mins (src_lo = b, src_hi = c, shift_lo: c's nibble 4 higher)
    if j < 4:
        if j == 0:
            return f'\tVPANDD       {src_lo}, Z25, {t}\n'
        return f'\tVPSRLD       ${8 * j}, {src_lo}, {t}\n\tVPANDD       Z25, {t}, {t}\n'
    jj = j - 4
    lo = 8 * jj + shift_lo
    s = (f'\tVPSRLD       ${lo}, {src_hi}, {t}\n' if lo else f'\tVMOVDQU64    {src_hi}, {t}\n')
    # t = (t & 0x0F) | (t2 & ~0x0F), then & 0x3F: bits 4–5 the two high bits
    return s + f'''	VPSRLD       ${8 * jj + 2}, {src_lo}, {t2}
	VPTERNLOGD   $0xe4, Z31, {t2}, {t}
	VPANDD       Z25, {t}, {t}
'''


def q4k_stream(j):
    b = 8 + 8 * (j % 2)
    S, M, ch, hi, isa, isb, t, t2 = (f'Z{b + i}' for i in range(8))
    A, B, C = (stream_addr(j, 64 + 64 * k) for k in range(3))
    s = f'\tVPXORD       {S}, {S}, {S}\n\tVPXORD       {M}, {M}, {M}\n'
    if PF_INSN:
        # the super-block PF_DIST_Q4K ahead, a line at a time beside the
        # loads: its first four lines (d, dmin, scales) here, then one
        # per level chunk
        for i in range(4):
            s += f'\t{PF_INSN}   {stream_addr(j, PF_DIST_Q4K + 64 * i)}\n'
    for p in range(4):
        # two sums per sub-block (t and t2 are free until the scales), so
        # that fewer VPDPBUSDs wait on each other
        for z in (isa, isb, t, t2):
            s += f'\tVPXORD       {z}, {z}, {z}\n'
        for k in range(8):
            if PF_INSN:
                s += f'\t{PF_INSN}   {stream_addr(j, PF_DIST_Q4K + 256 + 64 * (8 * p + k))}\n'
            s += f'''	VMOVDQU64    {stream_addr(j, 256 + 64 * (8 * p + k))}, {ch}
	VPANDND      {ch}, Z31, {hi}
	VPANDD       Z31, {ch}, {ch}
	VPDPBUSD.BCST {4 + 64 * p + 4 * k}(R12), {ch}, {isa if k % 2 == 0 else t}
	VPDPBUSD.BCST {4 + 64 * p + 32 + 4 * k}(R12), {hi}, {isb if k % 2 == 0 else t2}
'''
        s += f'\tVPADDD       {t}, {isa}, {isa}\n\tVPADDD       {t2}, {isb}, {isb}\n\tVPSRAD       $4, {isb}, {isb}\n'
        for jj, iss in ((2 * p, isa), (2 * p + 1, isb)):
            s += q4k_scale(jj, A, C, t, t2, 0) + f'''	VPMULLD      {iss}, {t}, {t}
	VPADDD       {t}, {S}, {S}
'''
            s += q4k_scale(jj, B, C, t, t2, 4) + f'''	VPMULLD.BCST bs-{48 - 4 * jj}(SP), {t}, {t}
	VPADDD       {t}, {M}, {M}
'''
    return s + f'''	VCVTDQ2PS    {S}, {S}
	VCVTDQ2PS    {M}, {M}
	VCVTPH2PS    {stream_addr(j, 32)}, {t}
	VMULPS       {t}, {M}, {M}
	VCVTPH2PS    {stream_addr(j, 0)}, {t}
	VFMSUB213PS  {M}, {t}, {S}
	VFMADD231PS  {S}, Z24, Z{j}
'''


def q4k_kernel(name, nstreams):
    s = prologue(name, 48) + f'''	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z31
	MOVL         $0x3f, AX
	VPBROADCASTD AX, Z25
	MOVL         $0x00010001, AX
	VPBROADCASTD AX, Z27
''' + pass_head(nstreams)
    s += '''
blk:
	VBROADCASTSS (R12), Z24
	VMOVDQU32    260(R12), Y26
	VPMADDWD     Y27, Y26, Y26
	VMOVDQU32    Y26, bs-48(SP)
'''
    for j in range(nstreams):
        s += q4k_stream(j)
    s += f'''	ADDQ         ${Q4K_BB}, R11
	ADDQ         $292, R12
	DECQ         CX
	JNZ          blk
'''
    return s + store_streams(nstreams) + EPILOGUE


out += Q4K_DOC
for n in (4, 2, 1):
    out += q4k_kernel(f'rowsQ4_Kx16AVX512S{n}', n)


# Q4_K on AVX2 (no VNNI): the same groups and the same sums as the AVX-512
# kernels, one half of a group (rows 8h … 8h+7, bytes 32h … 32h+31 of every
# 64-byte chunk) at a time, lanes = rows. Sub-block 2p's levels are the low
# nibbles of chunks 3+8p … 3+8p+7, sub-block 2p+1's the high ones: each
# chunk half gives two VPMADDUBSW by the four matching activation bytes
# broadcast, whose int16 pairs (at most 2·15·128 = 3840 in size) are summed
# over the sub-block's eight chunks (at most 30720: exact). VPMADDWD of
# those sums by the row's scale in both words of its dword makes
# sc_j·is_j in int32, and VPMADDWD of the row's min by bs_j (the
# activation's two int16 sums, as a dword) makes m_j·bs_j, so that
#
#	S = Σ_j sc_j·is_j,  M = Σ_j m_j·bs_j
#	acc += (float32(S)·d − dmin·float32(M))·d_a
#
# are the AVX-512 kernels' results bit for bit. The scales and mins are
# unpacked from the three scale chunks (A: bytes 0–3, B: 4–7, C: 8–11 of
# the row's 12) in dword lanes with dword masks (0x3F, 0x0F, 0x30).
#
# Registers: Y0–Y3 the first two streams' float accumulators (stream j,
# half h: Y(2j+h); the others' in the frame, avx2_acc), Y4 S, Y5 M, Y6 and
# Y7 the int16 sums of sub-blocks 2p and 2p+1, Y8 a chunk's low nibbles,
# Y9 its high ones, Y10 broadcasts, Y11–Y14 the scales' unpacking, Y15 the
# 0x0F bytes; bs_j (eight dwords) in the frame, stored once per
# super-block.
Q4K_AVX2_DATA = ''.join(ymm_const(n, m) for n, m in (('k4w1', '0x0001000100010001'), ('k4d3f', '0x0000003f0000003f'),
                  ('k4d0f', '0x0000000f0000000f'), ('k4d30', '0x0000003000000030')))


def avx2_k4_value(j, chunk_lo, chunk_hi, shift_hi, t):
    # Y{t} = the 6-bit value j of the scales (chunk_lo A, chunk_hi C,
    # shift_hi 0) or the mins (B, C, 4) in dword lanes; Y13 and Y14 hold
    # the loaded chunk halves
    if j < 4:
        if j == 0:
            return f'\tVPAND        k4d3f<>(SB), {chunk_lo}, Y{t}\n'
        return f'\tVPSRLD       ${8 * j}, {chunk_lo}, Y{t}\n\tVPAND        k4d3f<>(SB), Y{t}, Y{t}\n'
    jj = j - 4
    lo = 8 * jj + shift_hi
    s = f'\tVPSRLD       ${lo}, {chunk_hi}, Y{t}\n' if lo else f'\tVMOVDQA      {chunk_hi}, Y{t}\n'
    return s + f'''	VPAND        k4d0f<>(SB), Y{t}, Y{t}
	VPSRLD       ${8 * jj + 2}, {chunk_lo}, Y12
	VPAND        k4d30<>(SB), Y12, Y12
	VPOR         Y12, Y{t}, Y{t}
'''


def avx2_q4k_half(j, h, frame):
    a = lambda off: avx2_addr(j, off)
    s = '\tVPXOR        Y4, Y4, Y4\n\tVPXOR        Y5, Y5, Y5\n'
    lines = [PF_DIST_Q4K + 64 * i for i in range(18 * h, 18 * h + 18)] if PF_INSN else []
    for p in range(4):
        for k in range(8):
            if lines:
                s += f'\t{PF_INSN}   {a(lines.pop(0))}\n'
            s += f'''	VMOVDQU      {a(256 + 64 * (8 * p + k) + 32 * h)}, Y8
	VPSRLW       $4, Y8, Y9
	VPAND        Y15, Y8, Y8
	VPAND        Y15, Y9, Y9
	VPBROADCASTD {4 + 64 * p + 4 * k}(R12), Y10
	VPMADDUBSW   Y10, Y8, Y8
	VPBROADCASTD {4 + 64 * p + 32 + 4 * k}(R12), Y10
	VPMADDUBSW   Y10, Y9, Y9
'''
            if k == 0:
                s += '\tVMOVDQA      Y8, Y6\n\tVMOVDQA      Y9, Y7\n'
            else:
                s += '\tVPADDW       Y8, Y6, Y6\n\tVPADDW       Y9, Y7, Y7\n'
        # the scales (A, C) and mins (B, C) of sub-blocks 2p and 2p+1
        A, B, C = (a(64 + 64 * c + 32 * h) for c in range(3))
        s += f'\tVMOVDQU      {A}, Y13\n'
        if p >= 2:
            s += f'\tVMOVDQU      {C}, Y14\n'
        for jj, iss in ((2 * p, 6), (2 * p + 1, 7)):
            s += avx2_k4_value(jj, 'Y13', 'Y14', 0, 11) + f'''	VPSLLD       $16, Y11, Y12
	VPOR         Y12, Y11, Y11
	VPMADDWD     Y11, Y{iss}, Y{iss}
	VPADDD       Y{iss}, Y4, Y4
'''
        s += f'\tVMOVDQU      {B}, Y13\n'
        for jj in (2 * p, 2 * p + 1):
            s += avx2_k4_value(jj, 'Y13', 'Y14', 4, 11) + f'''	VPBROADCASTD bs-{frame - 4 * jj}(SP), Y10
	VPMADDWD     Y10, Y11, Y11
	VPADDD       Y11, Y5, Y5
'''
    s += f'''	VCVTDQ2PS    Y4, Y4
	VCVTDQ2PS    Y5, Y5
	VCVTPH2PS    {a(32 + 16 * h)}, Y11
	VMULPS       Y11, Y5, Y5
	VCVTPH2PS    {a(16 * h)}, Y11
	VFMSUB213PS  Y5, Y11, Y4
	VBROADCASTSS (R12), Y10
'''
    if j < 2:
        s += f'\tVFMADD231PS  Y4, Y10, Y{2 * j + h}\n'
    else:
        s += f'''	VMOVUPS      {avx2_acc(j, h, 2)}, Y11
	VFMADD231PS  Y4, Y10, Y11
	VMOVUPS      Y11, {avx2_acc(j, h, 2)}
'''
    return s


def avx2_q4k_kernel(name, nstreams):
    frame = avx2_frame(nstreams, 2) + 32
    s = prologue(name, frame) + '''	LEAQ         (R8)(R8*2), DX
	MOVQ         act+32(FP), R9
	MOVL         $0x0f0f0f0f, AX
	MOVQ         AX, X15
	VPBROADCASTD X15, Y15
''' + pass_avx2(nstreams, 2) + f'''
blk:
	VMOVDQU      260(R12), Y10
	VPMADDWD     k4w1<>(SB), Y10, Y10
	VMOVDQU      Y10, bs-{frame}(SP)
'''
    for j in range(nstreams):
        for h in range(2):
            s += avx2_q4k_half(j, h, frame)
    s += f'''	ADDQ         ${Q4K_BB}, R11
''' + (f'''	ADDQ         ${Q4K_BB}, R13
''' if nstreams > 4 else '') + '''	ADDQ         $292, R12
	DECQ         CX
	JNZ          blk
''' + avx2_store(nstreams, 2)
    return s + EPILOGUE


out += Q4K_AVX2_DATA
for n in (4, 2, 1):
    out += avx2_q4k_kernel(f'rowsQ4_Kx16AVX2S{n}', n)

out += deinter_kernel('deinterleaveQ8_0AVX2', 'q8_0')
out += deinter_kernel('deinterleaveQ4_0AVX2', 'q4_0')
out += Q5_SWAP_DATA
out += deinter_kernel('deinterleaveQ5_0AVX2', 'q5_0')
out += deinter_q4k('deinterleaveQ4_KAVX2')

with open(os.path.join(OUT, 'interleave_amd64.s'), 'w') as f:
    f.write(out)
