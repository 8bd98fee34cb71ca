#!/usr/bin/env python3
# Writes runtime/vecdot/gemm_amd64.s (see doc.go there):
#   python3 gen/gemm.py   (from runtime/vecdot or anywhere; writes beside gen/)
#
# Tile kernels (GEMM) for Q8_0, Q4_0, Q5_0, Q4_K and Q6_K weights × activations packed by
# packTokens (gemm.go): AVX512-VNNI on 512-bit registers, one lane per token.
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

MAXNB = 1023  # blocks a Q8_0 row may hold (the prepass's stack: 16 bytes a block)
BLK = 640  # packed bytes per 16 tokens × one block: 8×64 levels, 16 scales, 16 corrections
BLKK = 4416  # Q4_K: per super-block 64×64 levels, 16 scales, 4×64 sub-block sums
BLKK6 = 4672  # Q6_K: 64×64 levels, 16 scales, 8×64 pairs of bsums

hdr = '''//go:build !purego

#include "textflag.h"

// GEMM tile kernels, AVX512-VNNI on 512-bit registers. Each computes, for
// every weight row r < rows and token k < n,
//
//	dst[k·dstStride + r] = Σ_b float32(Σ_j qx[j]·qy[j]) · (d_x·d_y)
//
// (dotQ8_0, dotQ4_0 or dotQ5_0 in ref_legacy.go, the float32 additions in
// block order, fused) from the activations as PackTokens lays them out
// (gemm.go): groups of 16 tokens, per block the levels interleaved so that
// 4-byte group i of the 16 tokens fills one 64-byte vector (one lane per
// token): for Q8_0 weights qy+128 (unsigned), for Q4_0 and Q5_0 qy (int8);
// then the 16 scales d_y (float32) and the 16 corrections −8·Σ_j qy[j]
// (Q5_0: −16·Σ_j qy[j]; int32, for Q4_0 and Q5_0: they start the tokens'
// block sums).
//
// Q8_0: one VPDPBUSD multiplies the 16 tokens' bytes qy+128 (unsigned) by
// four bytes of one weight row broadcast to every lane from memory (signed);
// 8 of them, started at the row's −128·Σx (computed once per row tile by a
// prepass, on the stack), give each token's block sum Σ(qy+128)·x − 128·Σx
// = Σ x·qy, exact in int32. Q4_0: the levels 0..15 broadcast are the
// unsigned operand, the tokens' qy the signed one: Σ q·y − 8·Σy. Q5_0: per
// block each row's 32 levels 0..31 (nibble plus qh's bit as bit 4) are
// written to the stack (128 bytes, 32 a row) and broadcast 4 bytes at a
// time as the unsigned operand: Σ q·y − 16·Σy. Q4_K (Q8_K activations,
// PackTokens' super-block layout): see block_q4_k in gen/gemm.py; per
// super-block Σ sc_j·s_j and Σ m_j·S_j in int32, then
// fma(isum, d·d_y, −msum·(dmin·d_y)) added to the token's sum. Q6_K: see
// block_q6_k; per super-block Σ sc_i·s_i − Σ 32·sc_i·bs_i in int32, times
// d·d_y added to the token's sum.
// The register tile is 4 rows × 32 tokens (two groups; a last odd group
// alone): 8 float32 accumulators Z0-Z7, 8 block sums Z8-Z15.
//
// Registers: DI the tile's output, SI the row tile's first row, R8/R9/R11/R14
// its four rows' blocks (a row past the end repeats the last row, and is not
// stored: K1 masks the row lanes of each store), R12 the packed group,
// R13 blocks left, R10 f16tab, AX bytes per packed group, CX rows left, DX
// tokens left, BX scratch; Z31 the 0x80 or 0x0F bytes, Z30 (GFNI) the
// nibble shift's matrix, Y20 (Q5_0) the 0x10 bytes, K2 (Q5_0) a row's qh.

DATA gemmmask<>+0(SB)/8, $0x0f0f0f0f07030100
GLOBL gemmmask<>(SB), RODATA|NOPTR, $8
'''

ROWS = ['R8', 'R9', 'R11', 'R14']

def acc(r, g, G):
    return f'Z{r*G+g}'

def isum(r, g, G):
    return f'Z{8+r*G+g}'

def goff(off, g):
    return f'{off}(R12)' if g == 0 else f'{off}(R12)(AX*1)'

def ktmp(G):
    return lambda r, g: f'Z{16+r*G+g}'

def ksums(G, nsub, ngrp, woff, scoff):
    # the K tile kernels' block sums (Z8-Z15): for each of nsub sub-blocks
    # of ngrp 4-byte groups (packed vectors ngrp·j + i), the tokens' sums of
    # the row's levels (stack woff(r, j, i)) times the packed levels, from
    # zero (Z16-Z23), times the row's int32 scale (stack scoff(r, j))
    tmp = ktmp(G)
    s = ''
    for r in range(4):
        for g in range(G):
            s += f'\tVPXORD       {isum(r,g,G)}, {isum(r,g,G)}, {isum(r,g,G)}\n'
    for j in range(nsub):
        for r in range(4):
            for g in range(G):
                s += f'\tVPXORD       {tmp(r,g)}, {tmp(r,g)}, {tmp(r,g)}\n'
        for i in range(ngrp):
            for g in range(G):
                s += f'\tVMOVDQU32    {goff(64*(ngrp*j+i), g)}, Z{24+g}\n'
            for r in range(4):
                wr = f'Z{26+r%2}'
                s += f'\tVPBROADCASTD {woff(r, j, i)}(SP), {wr}\n'
                for g in range(G):
                    s += f'\tVPDPBUSD     Z{24+g}, {wr}, {tmp(r,g)}\n'
        for r in range(4):
            for g in range(G):
                s += f'\tVPMULLD.BCST {scoff(r, j)}(SP), {tmp(r,g)}, {tmp(r,g)}\n'
                s += f'\tVPADDD       {tmp(r,g)}, {isum(r,g,G)}, {isum(r,g,G)}\n'
    return s

def kpairs(G, np, off):
    # Z16-Z23 = Σ_p the packed int16 pairs p (vectors at 4160 + 64·p) times
    # the row's int16 pair at stack off(r, p) (VPDPWSSD); then Z28/Z29 the
    # groups' scales d_y
    tmp = ktmp(G)
    s = ''
    for r in range(4):
        for g in range(G):
            s += f'\tVPXORD       {tmp(r,g)}, {tmp(r,g)}, {tmp(r,g)}\n'
    for p in range(np):
        for g in range(G):
            s += f'\tVMOVDQU32    {goff(4160+64*p, g)}, Z{24+g}\n'
        for r in range(4):
            for g in range(G):
                s += f'\tVPDPWSSD.BCST {off(r, p)}(SP), Z{24+g}, {tmp(r,g)}\n'
    for g in range(G):
        s += f'\tVMOVUPS      {goff(4096, g)}, Z{28+g}\n'
    return s

def block_q4_k(G):
    # Q4_K: per row, the super-block's 256 levels (nibbles) are expanded to
    # the stack (256 bytes a row: sub-block j at 128·(j%2) + 32·(j/2)), and
    # its scales and mins unpacked (at 1024 + 64·r: sc_0..7, m_0..7 as
    # int32; at 1280 + 16·r: m_0..7 as int16). Per sub-block j the 16
    # tokens' sums s_j start at zero (Z16-Z23), and VPMULLD by sc_j adds
    # them to the block sums (Z8-Z15); the mins' Σ m_j·S_j by VPDPWSSD of the
    # packed int16 pairs S_2p, S_2p+1.
    s = ''
    for r in range(4):
        for h in range(2):
            s += f'''	VMOVDQU64    {16+64*h}({ROWS[r]}), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VMOVDQU64    Z26, {256*r+64*h}(SP)
	VMOVDQU64    Z27, {256*r+128+64*h}(SP)
'''
        s += f'''	VMOVDQU32    4({ROWS[r]}), X28
	VPSHUFD      $0x98, X28, X29
	VPSRLVD      gemmk4cnt<>(SB), X29, X29
	VPANDD       gemmk4mask<>(SB), X29, X29
	VPSHUFD      $0x40, X28, X28
	VPSRLD       $2, X28, X28
	VPANDD       gemmk4hi<>(SB), X28, X28
	VPORD        X28, X29, X29
	VPMOVZXBD    X29, Z28
	VMOVDQU32    Z28, {1024+64*r}(SP)
	VPSRLDQ      $8, X29, X29
	VPMOVZXBW    X29, X29
	VMOVDQU32    X29, {1280+16*r}(SP)
'''
    tmp = ktmp(G)
    s += ksums(G, 8, 8, lambda r, j, i: 256*r+128*(j%2)+32*(j//2)+4*i, lambda r, j: 1024+64*r+4*j)
    s += kpairs(G, 4, lambda r, p: 1280+16*r+4*p)
    for r in range(4):
        s += f'\tMOVWLZX      ({ROWS[r]}), BX\n'
        for g in range(G):
            s += f'\tVMULPS.BCST  (R10)(BX*4), Z{28+g}, Z{24+g}\n'
        s += f'\tMOVWLZX      2({ROWS[r]}), BX\n'
        for g in range(G):
            t, i = tmp(r, g), isum(r, g, G)
            s += f'''\tVMULPS.BCST  (R10)(BX*4), Z{28+g}, Z{26+g}
\tVCVTDQ2PS    {t}, {t}
\tVCVTDQ2PS    {i}, {i}
\tVMULPS       Z{26+g}, {t}, {t}
\tVFMSUB231PS  Z{24+g}, {i}, {t}
\tVADDPS       {t}, {acc(r,g,G)}, {acc(r,g,G)}
'''
    for r in range(4):
        s += f'\tADDQ         $144, {ROWS[r]}\n'
    s += f'\tADDQ         ${BLKK}, R12\n'
    return s

def block_q6_k(G):
    # Q6_K: per row, the super-block's 256 unsigned levels (0..63: ql's
    # nibble | qh's 2 bits << 4) are expanded to the stack in value order
    # (256 bytes a row; per half h, Z27 = qh twice, shifted by 0/2 words for
    # values 0..63 and 4/6 for 64..127), its 16 scales as int32 (1024 +
    # 64·r) and as 32·sc int16 (1280 + 32·r). Per 16-value sub-block i the
    # tokens' sums start at zero and VPMULLD by sc_i adds them to the block
    # sums; Σ (32·sc_i)·bs_i (VPDPWSSD of the packed bsum pairs) is
    # subtracted: dotQ6_K's isum.
    s = ''
    for r in range(4):
        for h in range(2):
            s += f'''	VMOVDQU32    {128+32*h}({ROWS[r]}), Y27
	VINSERTI64X4 $1, Y27, Z27, Z27
	VPSRLVW      gemmk6lo<>(SB), Z27, Z28
	VPSRLVW      gemmk6hi<>(SB), Z27, Z29
	VPSLLW       $4, Z28, Z28
	VPSLLW       $4, Z29, Z29
	VMOVDQU64    {64*h}({ROWS[r]}), Z26
	VPSRLW       $4, Z26, Z27
	VPANDD       Z31, Z26, Z26
	VPANDD       Z31, Z27, Z27
	VPTERNLOGD   $0xF8, Z30, Z28, Z26
	VPTERNLOGD   $0xF8, Z30, Z29, Z27
	VMOVDQU64    Z26, {256*r+128*h}(SP)
	VMOVDQU64    Z27, {256*r+128*h+64}(SP)
'''
        s += f'''	VPMOVSXBD    192({ROWS[r]}), Z28
	VMOVDQU32    Z28, {1024+64*r}(SP)
	VPMOVSXBW    192({ROWS[r]}), Y29
	VPSLLW       $5, Y29, Y29
	VMOVDQU32    Y29, {1280+32*r}(SP)
'''
    tmp = ktmp(G)
    s += ksums(G, 16, 4, lambda r, i, q: 256*r+16*i+4*q, lambda r, i: 1024+64*r+4*i)
    s += kpairs(G, 8, lambda r, p: 1280+32*r+4*p)
    for r in range(4):
        s += f'\tMOVWLZX      208({ROWS[r]}), BX\n'
        for g in range(G):
            t, i = tmp(r, g), isum(r, g, G)
            s += f'''\tVMULPS.BCST  (R10)(BX*4), Z{28+g}, Z{24+g}
\tVPSUBD       {t}, {i}, {i}
\tVCVTDQ2PS    {i}, {i}
\tVFMADD231PS  Z{24+g}, {i}, {acc(r,g,G)}
'''
    for r in range(4):
        s += f'\tADDQ         $210, {ROWS[r]}\n'
    s += f'\tADDQ         ${BLKK6}, R12\n'
    return s

def block(kind, G, ws, gfni):
    if kind == 'q4_k':
        return block_q4_k(G)
    if kind == 'q6_k':
        return block_q6_k(G)
    s = ''
    for g in range(G):
        s += f'\tVMOVUPS      {goff(512, g)}, Z{21+g}\n'
    if kind == 'q8_0':
        # block sums start at the rows' corrections −128·Σx (the prepass's,
        # on the stack: 16 bytes a block, at 16·(blocks left)); the weights'
        # 4-byte groups are the broadcast signed operand, read in place
        s += '\tMOVQ         R13, BX\n\tSHLQ         $4, BX\n'
        for r in range(4):
            for g in range(G):
                s += f'\tVPBROADCASTD {4*r}(SP)(BX*1), {isum(r,g,G)}\n'
        for i in range(8):
            for g in range(G):
                s += f'\tVMOVDQU32    {goff(64*i, g)}, Z{16+g}\n'
            for r in range(4):
                for g in range(G):
                    s += f'\tVPDPBUSD.BCST {2+4*i}({ROWS[r]}), Z{16+g}, {isum(r,g,G)}\n'
    elif kind == 'q5_0':
        # block sums start at the tokens' corrections −16·Σy; each row's 32
        # levels (nibble | fifth bit << 4, 0..31) are expanded once per block
        # into the stack (32 bytes a row: the low nibbles, then the high
        # ones; K2 the qh bits, whose set bytes get 0x10 added), then each
        # 4-byte group is broadcast from there as the unsigned operand
        for r in range(4):
            for g in range(G):
                s += f'\tVMOVDQU32    {goff(576, g)}, {isum(r,g,G)}\n'
        for r in range(4):
            s += f'''	VMOVDQU32    6({ROWS[r]}), X27
	VPSRLW       $4, X27, X28
	VINSERTI32X4 $1, X28, Y27, Y27
	VPANDD       Y31, Y27, Y27
	KMOVD        2({ROWS[r]}), K2
	VPADDB       Y20, Y27, K2, Y27
	VMOVDQU32    Y27, {32*r}(SP)
'''
        for i in range(8):
            for g in range(G):
                s += f'\tVMOVDQU32    {goff(64*i, g)}, Z{16+g}\n'
            for r in range(4):
                wr = f'Z{18+r%2}'
                s += f'\tVPBROADCASTD {32*r+4*i}(SP), {wr}\n'
                for g in range(G):
                    s += f'\tVPDPBUSD     Z{16+g}, {wr}, {isum(r,g,G)}\n'
    else:
        for r in range(4):
            for g in range(G):
                s += f'\tVMOVDQU32    {goff(576, g)}, {isum(r,g,G)}\n'
        for i in range(4):
            for g in range(G):
                s += f'\tVMOVDQU32    {goff(64*i, g)}, Z{16+g}\n'
                s += f'\tVMOVDQU32    {goff(64*(4+i), g)}, Z{25+g}\n'
            for r in range(4):
                lo, hi = f'Z{18+r%2}', f'Z{27+r%2}'
                s += f'\tVPBROADCASTD {2+4*i}({ROWS[r]}), {hi}\n'
                s += f'\tVPANDD       Z31, {hi}, {lo}\n'
                if gfni:
                    # each byte's high nibble shifted down: one affine map
                    s += f'\tVGF2P8AFFINEQB $0, Z30, {hi}, {hi}\n'
                else:
                    s += f'\tVPSRLD       $4, {hi}, {hi}\n'
                    s += f'\tVPANDD       Z31, {hi}, {hi}\n'
                for g in range(G):
                    s += f'\tVPDPBUSD     Z{16+g}, {lo}, {isum(r,g,G)}\n'
                    s += f'\tVPDPBUSD     Z{25+g}, {hi}, {isum(r,g,G)}\n'
    for r in range(4):
        s += f'\tMOVWLZX      ({ROWS[r]}), BX\n'
        for g in range(G):
            i, t = isum(r, g, G), f'Z{23+g}'
            s += f'\tVCVTDQ2PS    {i}, {i}\n'
            s += f'\tVMULPS.BCST  (R10)(BX*4), Z{21+g}, {t}\n'
            s += f'\tVFMADD231PS  {t}, {i}, {acc(r,g,G)}\n'
    for r in range(4):
        s += f'\tADDQ         ${ws}, {ROWS[r]}\n'
    s += f'\tADDQ         ${BLK}, R12\n'
    return s

def store(G, g, p):
    # transpose the 4 rows × 16 tokens of group g into 16 row quads and
    # store those of the group's valid tokens (R9 of them, at least 1)
    a = [acc(r, g, G) for r in range(4)]
    s = f'''	VUNPCKLPS    {a[1]}, {a[0]}, Z16
	VUNPCKHPS    {a[1]}, {a[0]}, Z17
	VUNPCKLPS    {a[3]}, {a[2]}, Z18
	VUNPCKHPS    {a[3]}, {a[2]}, Z19
	VUNPCKLPD    Z18, Z16, Z25
	VUNPCKHPD    Z18, Z16, Z26
	VUNPCKLPD    Z19, Z17, Z27
	VUNPCKHPD    Z19, Z17, Z28
'''
    for t in range(16):
        k, j = t // 4, t % 4
        if k == 0:
            s += f'\tVMOVUPS      X{25+j}, K1, (R11)\n'
        else:
            s += f'\tVEXTRACTF32X4 ${k}, Z{25+j}, K1, (R11)\n'
        if t < 15:
            s += f'''	DECQ         R9
	JZ           {p}done
	ADDQ         R13, R11
'''
    return s + f'{p}done:\n'

# rowptrs points R8/R9/R11/R14 at the row tile's four rows (SI, CX rows
# left), a row past the end at the last row.
rowptrs = """	MOVQ         rowBytes+32(FP), BX
	MOVQ         SI, R8
	LEAQ         (SI)(BX*1), R9
	LEAQ         (R9)(BX*1), R11
	LEAQ         (R11)(BX*1), R14
	CMPQ         CX, $2
	CMOVQLT      R8, R9
	CMPQ         CX, $3
	CMOVQLT      R9, R11
	CMPQ         CX, $4
	CMOVQLT      R11, R14
"""

def tile(kind, G, ws, p, gfni):
    # one token tile of G groups for the current row tile
    s = f'''
{p}tile:
''' + rowptrs
    for r in range(4):
        for g in range(G):
            s += f'\tVXORPS       {acc(r,g,G)}, {acc(r,g,G)}, {acc(r,g,G)}\n'
    s += f'''	MOVQ         nb+56(FP), R13

{p}blk:
''' + block(kind, G, ws, gfni) + f'''	DECQ         R13
	JNZ          {p}blk

	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
'''
    s += store(G, 0, p + 'g0')
    if G == 2:
        s += '''	MOVQ         R13, R11
	SHLQ         $4, R11
	ADDQ         DI, R11
	LEAQ         -16(DX), R9
''' + store(G, 1, p + 'g1') + '''	ADDQ         AX, R12
'''
    s += f'''	MOVQ         R13, BX
	SHLQ         ${4 if G == 1 else 5}, BX
	ADDQ         BX, DI
	SUBQ         ${16*G}, DX
	JG           tokens
	JMP          nextrows
'''
    return s

k6const = """	MOVL         $0x30303030, BX
	VPBROADCASTD BX, Z30
"""

q5const = """	MOVL         $0x10101010, BX
	VPBROADCASTD BX, Y20
"""

gfniconst = """	MOVQ         $0x1020408000000000, BX
	VPBROADCASTQ BX, Z30
"""

def prepass():
    # Q8_0: for each of the row tile's blocks, −128·Σx per row (VPDPBUSD of
    # 0x80 bytes by the weights, then a horizontal sum) into the stack
    s = rowptrs + '''	MOVQ         nb+56(FP), R13

pre:
	MOVQ         R13, BX
	SHLQ         $4, BX
'''
    for r in range(4):
        s += f'''	VMOVDQU      2({ROWS[r]}), Y0
	VPXOR        Y1, Y1, Y1
	VPDPBUSD     Y0, Y31, Y1
	VEXTRACTI128 $1, Y1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0x4e, X1, X2
	VPADDD       X2, X1, X1
	VPSHUFD      $0xb1, X1, X2
	VPADDD       X2, X1, X1
	VPXOR        X3, X3, X3
	VPSUBD       X1, X3, X1
	VMOVD        X1, {4*r}(SP)(BX*1)
	ADDQ         $34, {ROWS[r]}
'''
    return s + '''	DECQ         R13
	JNZ          pre

tokens:
'''

def kernel(name, kind, ws, gfni=False):
    c = '0x80808080' if kind == 'q8_0' else '0x0f0f0f0f'
    frame = {'q8_0': '$' + str(16 * (MAXNB + 1)), 'q5_0': 'NOSPLIT, $128', 'q4_k': '$1344', 'q6_k': '$1408'}.get(kind, 'NOSPLIT, $0')
    return f'''
// func {name}(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
TEXT ·{name}(SB), {frame}-64
	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVQ         nb+56(FP), AX
	IMULQ        ${dict(q4_k=BLKK, q6_k=BLKK6).get(kind, BLK)}, AX
	MOVL         ${c}, BX
	VPBROADCASTD BX, Z31
{gfniconst if gfni else ''}{q5const if kind == 'q5_0' else ''}{k6const if kind == 'q6_k' else ''}
rows:
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	LEAQ         gemmmask<>(SB), R9
	MOVBLZX      (R9)(BX*1), BX
	KMOVW        BX, K1
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX
''' + (prepass() if kind == 'q8_0' else '\ntokens:\n') + f'''	CMPQ         DX, $16
	JLE          onetile
''' + tile(kind, 2, ws, 'two', gfni).replace('\ntwotile:\n', '\n') + tile(kind, 1, ws, 'one', gfni) + f'''
nextrows:
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET
'''


# ---------------------------------------------------------------------------
# AVX2 (no VNNI) tile kernel for Q4_0: 4 rows × 8 tokens (half a packed
# group, one ymm lane per token). Per 4-byte group, VPMADDUBSW multiplies the
# broadcast unsigned levels (0..15) by the 8 tokens' signed bytes into int16
# pair sums (at most 2·15·128 = 3840 in magnitude), and the 8 groups of a
# block are added as int16 (at most 30720: exact) before VPMADDWD by ones
# gives each token's int32 block sum.
#
# Q5_0 (levels 0..31: pair sums up to 2·31·128 = 7936): each row's block is
# expanded to its 32 levels on the stack (as in the VNNI kernel; qh's bits
# spread to bytes by VPSHUFB and compared with each byte's bit), the tokens'
# level vectors are VPMADDUBSW's memory operand, and groups 0..3 and 4..7
# are added as int16 apart (at most 31744 each) in Y4-Y7 and Y8-Y11.

def avx2_head(y15, extra=''):
    # the AVX2 tile kernels' set-up (Y15 the bytes y15, Y14 0x0001 words,
    # then extra) and their loops' heads, down to the block loop's label
    return f"""	MOVQ         rows+16(FP), CX
	MOVQ         w+24(FP), SI
	MOVQ         ·f16tab(SB), R10
	MOVL         ${y15}, BX
	VMOVD        BX, X15
	VPBROADCASTD X15, Y15
	MOVL         $0x00010001, BX
	VMOVD        BX, X14
	VPBROADCASTD X14, Y14
{extra}
rows:
	MOVQ         dst+0(FP), DI
	MOVQ         packed+40(FP), R12
	MOVQ         n+48(FP), DX

tokens:
{rowptrs}	VXORPS       Y0, Y0, Y0
	VXORPS       Y1, Y1, Y1
	VXORPS       Y2, Y2, Y2
	VXORPS       Y3, Y3, Y3
	MOVQ         R12, AX
	MOVQ         nb+56(FP), R13

blk:
"""


def avx2_tile(name, kind):
    ws = {'q4_0': 18, 'q5_0': 22}[kind]
    regs = ('Y8/Y9 a pair of the tokens\' level vectors, Y10/Y11 the\n// weights\' levels' if kind == 'q4_0' else
            'Y8-Y11 the int16 block sums of\n// groups 4..7, Y12/Y13 the weights\' levels')
    s = f"""
// func {name}(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int)
//
// The AVX2 tile kernel for {kind.upper()} (see above): registers as in the VNNI
// kernels, except Y0-Y3 the 4 rows' float32 accumulators, Y4-Y7 their int16
// block sums, {regs}, Y12 the tokens' scales, Y13 a scale product, Y14
// 0x0001 words, Y15 0x0F bytes, X5 in the stores the row mask; AX the
// packed block, R12 the current half group.
TEXT ·{name}(SB), NOSPLIT, ${128 if kind == 'q5_0' else 0}-64
""" + avx2_head('0x0f0f0f0f')
    if kind == 'q5_0':
        return s + avx2_q5_0_block() + avx2_end(ws)
    s += '\tVMOVUPS      512(AX), Y12\n'
    for r in range(4):
        s += f'\tVPXOR        Y{4+r}, Y{4+r}, Y{4+r}\n'
    for i in range(4):
        s += f'\tVMOVDQU      {64*i}(AX), Y8\n\tVMOVDQU      {64*(4+i)}(AX), Y9\n'
        for r in range(4):
            s += f"""	VPBROADCASTD {2+4*i}({ROWS[r]}), Y10
	VPAND        Y15, Y10, Y11
	VPSRLD       $4, Y10, Y10
	VPAND        Y15, Y10, Y10
	VPMADDUBSW   Y8, Y11, Y11
	VPADDW       Y11, Y{4+r}, Y{4+r}
	VPMADDUBSW   Y9, Y10, Y10
	VPADDW       Y10, Y{4+r}, Y{4+r}
"""
    for r in range(4):
        s += f"""	VPMADDWD     Y14, Y{4+r}, Y{4+r}
	VPADDD       576(AX), Y{4+r}, Y{4+r}
	VCVTDQ2PS    Y{4+r}, Y{4+r}
	MOVWLZX      ({ROWS[r]}), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       Y12, Y13, Y13
	VFMADD231PS  Y13, Y{4+r}, Y{r}
"""
    return s + avx2_end(ws)

def avx2_q5_0_block():
    s = ''
    for r in range(4):
        s += f'\tVPXOR        Y{4+r}, Y{4+r}, Y{4+r}\n\tVPXOR        Y{8+r}, Y{8+r}, Y{8+r}\n'
    for r in range(4):
        s += f"""	VMOVDQU      6({ROWS[r]}), X12
	VPSRLW       $4, X12, X13
	VINSERTI128  $1, X13, Y12, Y12
	VPAND        Y15, Y12, Y12
	VPBROADCASTD 2({ROWS[r]}), Y13
	VPSHUFB      gemmq5shuf<>(SB), Y13, Y13
	VPAND        gemmq5bit<>(SB), Y13, Y13
	VPCMPEQB     gemmq5bit<>(SB), Y13, Y13
	VPAND        gemmq5x10<>(SB), Y13, Y13
	VPOR         Y13, Y12, Y12
	VMOVDQU      Y12, {32*r}(SP)
"""
    for i in range(8):
        for r in range(4):
            t = f'Y{12+r%2}'
            s += f"""	VPBROADCASTD {32*r+4*i}(SP), {t}
	VPMADDUBSW   {64*i}(AX), {t}, {t}
	VPADDW       {t}, Y{(4 if i < 4 else 8)+r}, Y{(4 if i < 4 else 8)+r}
"""
    for r in range(4):
        s += f"""	VPMADDWD     Y14, Y{4+r}, Y{4+r}
	VPMADDWD     Y14, Y{8+r}, Y{8+r}
	VPADDD       Y{8+r}, Y{4+r}, Y{4+r}
	VPADDD       576(AX), Y{4+r}, Y{4+r}
	VCVTDQ2PS    Y{4+r}, Y{4+r}
	MOVWLZX      ({ROWS[r]}), BX
	VBROADCASTSS (R10)(BX*4), Y13
	VMULPS       512(AX), Y13, Y13
	VFMADD231PS  Y13, Y{4+r}, Y{r}
"""
    return s

def avx2_end(ws):
    s = ''
    for r in range(4):
        s += f'\tADDQ         ${ws}, {ROWS[r]}\n'
    s += """	ADDQ         $640, AX
	DECQ         R13
	JNZ          blk

	VUNPCKLPS    Y1, Y0, Y4
	VUNPCKHPS    Y1, Y0, Y5
	VUNPCKLPS    Y3, Y2, Y6
	VUNPCKHPS    Y3, Y2, Y7
	VUNPCKLPD    Y6, Y4, Y8
	VUNPCKHPD    Y6, Y4, Y9
	VUNPCKLPD    Y7, Y5, Y10
	VUNPCKHPD    Y7, Y5, Y11
	MOVL         $4, BX
	CMPQ         CX, $4
	CMOVQLT      CX, BX
	SHLQ         $4, BX
	LEAQ         gemmrowmask<>(SB), R9
	VMOVDQU      (R9)(BX*1), X5
	MOVQ         dstStride+8(FP), R13
	SHLQ         $2, R13
	MOVQ         DI, R11
	MOVQ         DX, R9
"""
    for t in range(8):
        k, j = t // 4, t % 4
        if k == 0:
            s += f'\tVMASKMOVPS   X{8+j}, X5, (R11)\n'
        else:
            s += f'\tVEXTRACTF128 $1, Y{8+j}, X6\n\tVMASKMOVPS   X6, X5, (R11)\n'
        if t < 7:
            s += """	DECQ         R9
	JZ           stored
	ADDQ         R13, R11
"""
    s += """
stored:
	MOVQ         R13, BX
	SHLQ         $3, BX
	ADDQ         BX, DI
	MOVQ         n+48(FP), BX
	SUBQ         DX, BX
	ADDQ         $32, R12
	TESTQ        $8, BX
	JZ           half
	MOVQ         nb+56(FP), BX
	IMULQ        $640, BX
	LEAQ         -64(R12)(BX*1), R12

half:
	SUBQ         $8, DX
	JG           tokens
	ADDQ         $16, dst+0(FP)
	MOVQ         rowBytes+32(FP), BX
	LEAQ         (SI)(BX*4), SI
	SUBQ         $4, CX
	JG           rows
	VZEROUPPER
	RET
"""
    return s

# AVX2 tile kernel for Q8_0: the packed activations are y+128 (unsigned, for
# VPDPBUSD); here y = p XOR 0x80, and VPMADDUBSW multiplies |x| (unsigned, at
# most 128) by y with x's sign, pair sums at most 2·128·127 (exact) unless y
# is −128, whose sign flip does not fit a byte: such a y sets a flag (Y13,
# VPCMPEQB, per byte; kept at the end of each half group for its tokens
# alone, since packing pads absent tokens with zero bytes, y = −128) and the
# kernel returns 1, so that the caller redoes the product with the
# reference. Each group's int16 pairs are widened (VPMADDWD by ones) before
# the int32 block sum. The float32 operations are the Q4_0
# kernel's (gemmRef's order).
def avx2_q8_0_tile(name):
    s = f"""
// func {name}(dst *float32, dstStride int, rows int, w *byte, rowBytes int, packed *byte, n int, nb int) int
//
// The AVX2 tile kernel for Q8_0 (see gen/gemm.py): registers as in
// gemmQ4_0AVX2 but Y4-Y7 int32 block sums, Y8 the tokens' levels (y), Y9
// the −128 test and the scale product, Y10/Y11 a row's group (|x|, y with
// x's sign), Y13 the −128 flag, Y15 0x80 bytes.
TEXT ·{name}(SB), NOSPLIT, $0-72
""" + avx2_head('0x80808080', """	VPXOR        Y13, Y13, Y13
	MOVQ         $0, ret+64(FP)
""") + """	VMOVUPS      512(AX), Y12
"""
    for r in range(4):
        s += f'\tVPXOR        Y{4+r}, Y{4+r}, Y{4+r}\n'
    for i in range(8):
        s += f"""	VPXOR        {64*i}(AX), Y15, Y8
	VPCMPEQB     Y15, Y8, Y9
	VPOR         Y9, Y13, Y13
"""
        for r in range(4):
            s += f"""	VPBROADCASTD {2+4*i}({ROWS[r]}), Y10
	VPSIGNB      Y10, Y8, Y11
	VPABSB       Y10, Y10
	VPMADDUBSW   Y11, Y10, Y10
	VPMADDWD     Y14, Y10, Y10
	VPADDD       Y10, Y{4+r}, Y{4+r}
"""
    for r in range(4):
        s += f"""	VCVTDQ2PS    Y{4+r}, Y{4+r}
	MOVWLZX      ({ROWS[r]}), BX
	VBROADCASTSS (R10)(BX*4), Y9
	VMULPS       Y12, Y9, Y9
	VFMADD231PS  Y9, Y{4+r}, Y{r}
"""
    end = avx2_end(34)
    assert end.count('\nstored:\n') == 1
    return s + end.replace('\nstored:\n', """
stored:
	MOVL         $8, R9
	CMPQ         DX, $8
	CMOVQLT      DX, R9
	SHLQ         $5, R9
	LEAQ         gemmtokmask<>(SB), BX
	VPAND        (BX)(R9*1), Y13, Y13
	VPTEST       Y13, Y13
	JZ           noflag
	MOVQ         $1, ret+64(FP)

noflag:
	VPXOR        Y13, Y13, Y13
""")

rowmask = ''.join(f'DATA gemmrowmask<>+{16*k+4*j}(SB)/4, ${"0xffffffff" if j < k else "0"}\n' for k in range(5) for j in range(4)) + 'GLOBL gemmrowmask<>(SB), RODATA|NOPTR, $80\n'

q5consts = (''.join(f'DATA gemmq5shuf<>+{8*k}(SB)/8, ${"0x%016x" % (0x0101010101010101 * (k % 4))}\n' for k in range(4)) +
            'GLOBL gemmq5shuf<>(SB), RODATA|NOPTR, $32\n' +
            ''.join(f'DATA gemmq5bit<>+{8*k}(SB)/8, $0x8040201008040201\n' for k in range(4)) +
            'GLOBL gemmq5bit<>(SB), RODATA|NOPTR, $32\n' +
            ''.join(f'DATA gemmq5x10<>+{8*k}(SB)/8, $0x1010101010101010\n' for k in range(4)) +
            'GLOBL gemmq5x10<>(SB), RODATA|NOPTR, $32\n')

out = hdr + rowmask + q5consts
out += kernel('gemmQ8_0VNNI', 'q8_0', 34)
out += kernel('gemmQ4_0VNNI', 'q4_0', 18)
out += kernel('gemmQ4_0GFNI', 'q4_0', 18, True)
out += kernel('gemmQ5_0VNNI', 'q5_0', 22)
out += '''
DATA gemmk4cnt<>+0(SB)/4, $0
DATA gemmk4cnt<>+4(SB)/4, $0
DATA gemmk4cnt<>+8(SB)/4, $0
DATA gemmk4cnt<>+12(SB)/4, $4
GLOBL gemmk4cnt<>(SB), RODATA|NOPTR, $16
DATA gemmk4mask<>+0(SB)/8, $0x0f0f0f0f3f3f3f3f
DATA gemmk4mask<>+8(SB)/8, $0x0f0f0f0f3f3f3f3f
GLOBL gemmk4mask<>(SB), RODATA|NOPTR, $16
DATA gemmk4hi<>+0(SB)/8, $0x3030303000000000
DATA gemmk4hi<>+8(SB)/8, $0x3030303000000000
GLOBL gemmk4hi<>(SB), RODATA|NOPTR, $16
'''
out += kernel('gemmQ4_KVNNI', 'q4_k', 144)
for n, a, b in (('lo', 0, 2), ('hi', 4, 6)):
    out += ''.join(f'DATA gemmk6{n}<>+{8*k}(SB)/8, ${"0x%016x" % (0x0001000100010001 * (a if k < 4 else b))}\n' for k in range(8))
    out += f'GLOBL gemmk6{n}<>(SB), RODATA|NOPTR, $64\n'
out += kernel('gemmQ6_KVNNI', 'q6_k', 210)
out += avx2_tile('gemmQ4_0AVX2', 'q4_0')
out += avx2_tile('gemmQ5_0AVX2', 'q5_0')
out += ''.join(f'DATA gemmtokmask<>+{32*k+4*j}(SB)/4, ${"0xffffffff" if j < k else "0"}\n' for k in range(9) for j in range(8)) + 'GLOBL gemmtokmask<>(SB), RODATA|NOPTR, $288\n'
out += avx2_q8_0_tile('gemmQ8_0AVX2')
open(os.path.join(OUT, 'gemm_amd64.s'), 'w').write(out)

# ---------------------------------------------------------------------------
# Packing: the activations of n tokens (Q8_0 rows of nb blocks, rowBytes
# apart) into PackTokens' layout, 16 tokens (one group) per pass, with
# gathers: per block one dword gather per vector of levels, one for the
# scales (converted by VCVTPH2PS) and the corrections as −(Σ levels) << shift
# (VPDPBUSD of 0x01 bytes by the levels). Tokens past n are masked off (K1)
# and stay zero.

# the packing kernels' loop over the 16-token groups (K1 the group's
# tokens, R9 its first row) and its end
packgroup = '''	VPBROADCASTD R8, Z30
	VPMULLD      packiota<>(SB), Z30, Z30

group:
	MOVL         $16, CX
	CMPQ         DX, $16
	CMOVQLT      DX, CX
	MOVL         $1, AX
	SHLL         CX, AX
	DECL         AX
	KMOVW        AX, K1
	MOVQ         nb+32(FP), CX
	MOVQ         SI, R9

block:
'''
packtail = '''	DECQ         CX
	JNZ          block

	SUBQ         $16, DX
	JLE          done
	MOVQ         R8, AX
	SHLQ         $4, AX
	ADDQ         AX, SI
	JMP          group

done:
	VZEROUPPER
	RET
'''

pack = '''
// func packQ8_0VNNI(dst *byte, acts *byte, rowBytes int, n int, nb int, shift int, flip uint32)
//
// Registers: DI dst, SI the group's first activation row, R9 its current
// block, R8 rowBytes, DX tokens left, CX blocks left, K1 the group's tokens;
// Z30 the tokens' row offsets (k·rowBytes), Z29 0x01 bytes, X28 shift,
// Z27 flip (XORed into the stored levels).
TEXT ·packQ8_0VNNI(SB), NOSPLIT, $0-52
	MOVQ         dst+0(FP), DI
	MOVQ         acts+8(FP), SI
	MOVQ         rowBytes+16(FP), R8
	MOVQ         n+24(FP), DX
	VMOVQ        shift+40(FP), X28
	MOVL         flip+48(FP), AX
	VPBROADCASTD AX, Z27
	MOVL         $0x01010101, AX
	VPBROADCASTD AX, Z29
''' + packgroup + '''	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   (R9)(Z30*1), K2, Z0
	VPMOVDW      Z0, Y0
	VCVTPH2PS    Y0, Z0
	VMOVUPS      Z0, 512(DI)
	VPXORD       Z9, Z9, Z9
'''
for i in range(8):
    pack += f'''	VPXORD       Z{i+1}, Z{i+1}, Z{i+1}
	KMOVW        K1, K2
	VPGATHERDD   {2+4*i}(R9)(Z30*1), K2, Z{i+1}
	VPDPBUSD     Z{i+1}, Z29, Z9
	VPXORD       Z27, Z{i+1}, K1, Z{i+1}
	VMOVDQU32    Z{i+1}, {64*i}(DI)
'''
pack += '''	VPXORD       Z10, Z10, Z10
	VPSUBD       Z9, Z10, Z10
	VPSLLD       X28, Z10, Z10
	VMOVDQU32    Z10, 576(DI)
	ADDQ         $34, R9
	ADDQ         $640, DI
''' + packtail
iota = ''.join(f'DATA packiota<>+{4*k}(SB)/4, ${k}\n' for k in range(16)) + 'GLOBL packiota<>(SB), RODATA|NOPTR, $64\n'
out = open(os.path.join(OUT, 'gemm_amd64.s')).read()
open(os.path.join(OUT, 'gemm_amd64.s'), 'w').write(out + '\n' + iota + pack)

# Packing of Q8_K activations (Q4_K and Q6_K weights): the same gathers per
# super-block, 64 vectors of levels, the scales (float32 as they are), then
# for Q6_K the 8 dwords of bsum pairs as they are, for Q4_K the 4 dwords of
# sub-block sums (VPMADDWD of two gathered bsum pairs by 0x0001 words, the
# two int32 sums packed as int16).

def packk(name, k6):
    s = f'''
// func {name}(dst *byte, acts *byte, rowBytes int, n int, nb int)
//
// Registers as in packQ8_0VNNI; Z29 0x0001 words, Z28 0xFFFF dwords.
TEXT ·{name}(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         acts+8(FP), SI
	MOVQ         rowBytes+16(FP), R8
	MOVQ         n+24(FP), DX
	MOVL         $0x00010001, AX
	VPBROADCASTD AX, Z29
	MOVL         $0xffff, AX
	VPBROADCASTD AX, Z28
''' + packgroup
    gathers = [(4 + 4 * i, 64 * i) for i in range(64)] + [(0, 4096)]
    if k6:
        gathers += [(260 + 4 * p, 4160 + 64 * p) for p in range(8)]
    for src, dst in gathers:
        s += f'''	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   {src}(R9)(Z30*1), K2, Z0
	VMOVDQU32    Z0, {dst}(DI)
'''
    if not k6:
        for p in range(4):
            s += f'''	VPXORD       Z0, Z0, Z0
	KMOVW        K1, K2
	VPGATHERDD   {260+8*p}(R9)(Z30*1), K2, Z0
	VPXORD       Z1, Z1, Z1
	KMOVW        K1, K2
	VPGATHERDD   {264+8*p}(R9)(Z30*1), K2, Z1
	VPMADDWD     Z29, Z0, Z0
	VPMADDWD     Z29, Z1, Z1
	VPANDD       Z28, Z0, Z0
	VPSLLD       $16, Z1, Z1
	VPORD        Z1, Z0, Z0
	VMOVDQU32    Z0, {4160+64*p}(DI)
'''
    s += f'''	ADDQ         $292, R9
	ADDQ         ${BLKK6 if k6 else BLKK}, DI
''' + packtail
    return s

out = open(os.path.join(OUT, 'gemm_amd64.s')).read()
open(os.path.join(OUT, 'gemm_amd64.s'), 'w').write(out + packk('packQ4_KVNNI', False) + packk('packQ6_KVNNI', True))
