#!/usr/bin/env python3
# Writes runtime/vecdot/swiglu_amd64.s (see doc.go there):
#   python3 gen/swiglu.py   (from runtime/vecdot or anywhere; writes beside gen/)
#
# SwiGLU's AVX512 kernel: 16 values at a time, each operation the float32
# operation of swigluGo/Expf (swiglu.go) in the same order, unfused, so that
# the results are equal to the bit.
import os
import struct
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

def f32(v):
    return struct.unpack('<I', struct.pack('<f', v))[0]

# Z16.. constants: (register, 32-bit pattern, what)
CONSTS = [
    ('Z16', 0x400000 - 127, "0x400000−127: t's mantissa minus it is n+127"),
    ('Z17', 0x7fffff, 'the mantissa bits'),
    ('Z18', 0x80000000, 'the sign bit'),
    ('Z19', f32(88), '88: the largest −g taken'),
    ('Z20', f32(1.44269504088896341), 'log2e'),
    ('Z21', f32(12582912), 'magic: 1.5·2^23'),
    ('Z22', f32(0.693145751953125), 'ln2hi'),
    ('Z23', f32(1.42860682030941723212e-6), 'ln2lo'),
    ('Z24', f32(1 / 5040), '1/5040'),
    ('Z25', f32(1 / 720), '1/720'),
    ('Z26', f32(1 / 120), '1/120'),
    ('Z27', f32(1 / 24), '1/24'),
    ('Z28', f32(1 / 6), '1/6'),
    ('Z29', f32(1 / 2), '1/2'),
    ('Z30', f32(1), '1'),
    ('Z31', f32(-87.33654), '−87.33654: −g must be above it'),
]

s = '''//go:build !purego

#include "textflag.h"

// SwiGLU's AVX512 kernel (gen/swiglu.py): for whole vectors of 16 values
// from the start, while every −g of the vector lies in (−87.33654, 88]
// (NaN does not),
//
//	dst[i] = g / (1 + Expf(−g)) · up[i],  g = gate[i]
//
// with Expf's float32 operations (swiglu.go) in its order, unfused: equal
// to swigluGo to the bit. It returns the values done (a multiple of 16, at
// most n, stopping before the first vector out of range).
'''
for i, (r, v, what) in enumerate(CONSTS):
    s += f'DATA swiglu<>+{4*i}(SB)/4, ${v:#x} // {what}\n'
s += f'GLOBL swiglu<>(SB), RODATA|NOPTR, ${4*len(CONSTS)}\n'
s += '''
// func swigluAVX512(dst, gate, up *float32, n int) int
TEXT ·swigluAVX512(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         gate+8(FP), SI
	MOVQ         up+16(FP), DX
	MOVQ         n+24(FP), CX
	XORQ         AX, AX
'''
for i, (r, v, what) in enumerate(CONSTS):
    s += f'\tVPBROADCASTD swiglu<>+{4*i}(SB), {r}\n'
s += '''
loop:
	LEAQ         16(AX), BX
	CMPQ         BX, CX
	JGT          done
	VMOVUPS      (SI)(AX*4), Z0
	VPXORD       Z18, Z0, Z1
	VCMPPS       $0x1e, Z31, Z1, K1
	VCMPPS       $0x12, Z19, Z1, K1, K2
	KORTESTW     K2, K2
	JCC          done
	VMULPS       Z20, Z1, Z2
	VADDPS       Z21, Z2, Z2
	VSUBPS       Z21, Z2, Z3
	VMULPS       Z22, Z3, Z4
	VSUBPS       Z4, Z1, Z4
	VMULPS       Z23, Z3, Z5
	VSUBPS       Z5, Z4, Z4
	VMULPS       Z24, Z4, Z5
'''
for c in ['Z25', 'Z26', 'Z27', 'Z28', 'Z29', 'Z30']:
    s += f'\tVADDPS       {c}, Z5, Z5\n\tVMULPS       Z4, Z5, Z5\n'
s += '''	VADDPS       Z30, Z5, Z5
	VPANDD       Z17, Z2, Z6
	VPSUBD       Z16, Z6, Z6
	VPSLLD       $23, Z6, Z6
	VMULPS       Z6, Z5, Z5
	VADDPS       Z30, Z5, Z5
	VDIVPS       Z5, Z0, Z0
	VMULPS       (DX)(AX*4), Z0, Z0
	VMOVUPS      Z0, (DI)(AX*4)
	MOVQ         BX, AX
	JMP          loop

done:
	MOVQ         AX, ret+32(FP)
	VZEROUPPER
	RET
'''

# The AVX2 kernel: the same operations on two vectors of 8 (16 values per
# step, as the caller expects), the constants as 8-lane vectors in memory
# (sixteen of them would leave no registers), the range check with VCMPPS
# and VMOVMSKPS.
s += """
// swiglu8<> holds the constants above, each as eight lanes, for the AVX2
// kernel.
"""
for i, (r, v, what) in enumerate(CONSTS):
    for k in range(4):
        s += f'DATA swiglu8<>+{32*i + 8*k}(SB)/8, ${(v << 32 | v):#x}\n'
s += f'GLOBL swiglu8<>(SB), RODATA|NOPTR, ${32*len(CONSTS)}\n'


def c8(reg):
    i = [r for r, _, _ in CONSTS].index(reg)
    return f'swiglu8<>+{32*i}(SB)'


def chain(src, y):
    # y: seven registers for one vector of 8 (x, −g, t, n, r, p, 2^n)
    x, ng, t, n, r, p, e = y
    o = f"""	VMULPS       {c8('Z20')}, {ng}, {t}
	VADDPS       {c8('Z21')}, {t}, {t}
	VSUBPS       {c8('Z21')}, {t}, {n}
	VMULPS       {c8('Z22')}, {n}, {r}
	VSUBPS       {r}, {ng}, {r}
	VMULPS       {c8('Z23')}, {n}, {p}
	VSUBPS       {p}, {r}, {r}
	VMULPS       {c8('Z24')}, {r}, {p}
"""
    for c in ['Z25', 'Z26', 'Z27', 'Z28', 'Z29', 'Z30']:
        o += f'\tVADDPS       {c8(c)}, {p}, {p}\n\tVMULPS       {r}, {p}, {p}\n'
    o += f"""	VADDPS       {c8('Z30')}, {p}, {p}
	VPAND        {c8('Z17')}, {t}, {e}
	VPSUBD       {c8('Z16')}, {e}, {e}
	VPSLLD       $23, {e}, {e}
	VMULPS       {e}, {p}, {p}
	VADDPS       {c8('Z30')}, {p}, {p}
	VDIVPS       {p}, {x}, {x}
	VMULPS       {src}, {x}, {x}
"""
    return o


A = ['Y0', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6']
B = ['Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13', 'Y14']
s += f"""
// func swigluAVX2(dst, gate, up *float32, n int) int
TEXT ·swigluAVX2(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         gate+8(FP), SI
	MOVQ         up+16(FP), DX
	MOVQ         n+24(FP), CX
	XORQ         AX, AX

loop2:
	LEAQ         16(AX), BX
	CMPQ         BX, CX
	JGT          done2
	VMOVUPS      (SI)(AX*4), Y0
	VMOVUPS      32(SI)(AX*4), Y8
	VXORPS       {c8('Z18')}, Y0, Y1
	VXORPS       {c8('Z18')}, Y8, Y9
	VCMPPS       $0x1e, {c8('Z31')}, Y1, Y7
	VCMPPS       $0x12, {c8('Z19')}, Y1, Y15
	VANDPS       Y15, Y7, Y7
	VCMPPS       $0x1e, {c8('Z31')}, Y9, Y15
	VANDPS       Y15, Y7, Y7
	VCMPPS       $0x12, {c8('Z19')}, Y9, Y15
	VANDPS       Y15, Y7, Y7
	VMOVMSKPS    Y7, R8
	CMPQ         R8, $0xff
	JNE          done2
""" + chain('(DX)(AX*4)', A) + chain('32(DX)(AX*4)', B) + """	VMOVUPS      Y0, (DI)(AX*4)
	VMOVUPS      Y8, 32(DI)(AX*4)
	MOVQ         BX, AX
	JMP          loop2

done2:
	MOVQ         AX, ret+32(FP)
	VZEROUPPER
	RET
"""
open(os.path.join(OUT, 'swiglu_amd64.s'), 'w').write(s)
