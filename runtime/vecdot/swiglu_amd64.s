//go:build !purego

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
DATA swiglu<>+0(SB)/4, $0x3fff81 // 0x400000−127: t's mantissa minus it is n+127
DATA swiglu<>+4(SB)/4, $0x7fffff // the mantissa bits
DATA swiglu<>+8(SB)/4, $0x80000000 // the sign bit
DATA swiglu<>+12(SB)/4, $0x42b00000 // 88: the largest −g taken
DATA swiglu<>+16(SB)/4, $0x3fb8aa3b // log2e
DATA swiglu<>+20(SB)/4, $0x4b400000 // magic: 1.5·2^23
DATA swiglu<>+24(SB)/4, $0x3f317200 // ln2hi
DATA swiglu<>+28(SB)/4, $0x35bfbe8e // ln2lo
DATA swiglu<>+32(SB)/4, $0x39500d01 // 1/5040
DATA swiglu<>+36(SB)/4, $0x3ab60b61 // 1/720
DATA swiglu<>+40(SB)/4, $0x3c088889 // 1/120
DATA swiglu<>+44(SB)/4, $0x3d2aaaab // 1/24
DATA swiglu<>+48(SB)/4, $0x3e2aaaab // 1/6
DATA swiglu<>+52(SB)/4, $0x3f000000 // 1/2
DATA swiglu<>+56(SB)/4, $0x3f800000 // 1
DATA swiglu<>+60(SB)/4, $0xc2aeac4f // −87.33654: −g must be above it
GLOBL swiglu<>(SB), RODATA|NOPTR, $64

// func swigluAVX512(dst, gate, up *float32, n int) int
TEXT ·swigluAVX512(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         gate+8(FP), SI
	MOVQ         up+16(FP), DX
	MOVQ         n+24(FP), CX
	XORQ         AX, AX
	VPBROADCASTD swiglu<>+0(SB), Z16
	VPBROADCASTD swiglu<>+4(SB), Z17
	VPBROADCASTD swiglu<>+8(SB), Z18
	VPBROADCASTD swiglu<>+12(SB), Z19
	VPBROADCASTD swiglu<>+16(SB), Z20
	VPBROADCASTD swiglu<>+20(SB), Z21
	VPBROADCASTD swiglu<>+24(SB), Z22
	VPBROADCASTD swiglu<>+28(SB), Z23
	VPBROADCASTD swiglu<>+32(SB), Z24
	VPBROADCASTD swiglu<>+36(SB), Z25
	VPBROADCASTD swiglu<>+40(SB), Z26
	VPBROADCASTD swiglu<>+44(SB), Z27
	VPBROADCASTD swiglu<>+48(SB), Z28
	VPBROADCASTD swiglu<>+52(SB), Z29
	VPBROADCASTD swiglu<>+56(SB), Z30
	VPBROADCASTD swiglu<>+60(SB), Z31

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
	VADDPS       Z25, Z5, Z5
	VMULPS       Z4, Z5, Z5
	VADDPS       Z26, Z5, Z5
	VMULPS       Z4, Z5, Z5
	VADDPS       Z27, Z5, Z5
	VMULPS       Z4, Z5, Z5
	VADDPS       Z28, Z5, Z5
	VMULPS       Z4, Z5, Z5
	VADDPS       Z29, Z5, Z5
	VMULPS       Z4, Z5, Z5
	VADDPS       Z30, Z5, Z5
	VMULPS       Z4, Z5, Z5
	VADDPS       Z30, Z5, Z5
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
