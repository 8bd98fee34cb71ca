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

// swiglu8<> holds the constants above, each as eight lanes, for the AVX2
// kernel.
DATA swiglu8<>+0(SB)/8, $0x3fff81003fff81
DATA swiglu8<>+8(SB)/8, $0x3fff81003fff81
DATA swiglu8<>+16(SB)/8, $0x3fff81003fff81
DATA swiglu8<>+24(SB)/8, $0x3fff81003fff81
DATA swiglu8<>+32(SB)/8, $0x7fffff007fffff
DATA swiglu8<>+40(SB)/8, $0x7fffff007fffff
DATA swiglu8<>+48(SB)/8, $0x7fffff007fffff
DATA swiglu8<>+56(SB)/8, $0x7fffff007fffff
DATA swiglu8<>+64(SB)/8, $0x8000000080000000
DATA swiglu8<>+72(SB)/8, $0x8000000080000000
DATA swiglu8<>+80(SB)/8, $0x8000000080000000
DATA swiglu8<>+88(SB)/8, $0x8000000080000000
DATA swiglu8<>+96(SB)/8, $0x42b0000042b00000
DATA swiglu8<>+104(SB)/8, $0x42b0000042b00000
DATA swiglu8<>+112(SB)/8, $0x42b0000042b00000
DATA swiglu8<>+120(SB)/8, $0x42b0000042b00000
DATA swiglu8<>+128(SB)/8, $0x3fb8aa3b3fb8aa3b
DATA swiglu8<>+136(SB)/8, $0x3fb8aa3b3fb8aa3b
DATA swiglu8<>+144(SB)/8, $0x3fb8aa3b3fb8aa3b
DATA swiglu8<>+152(SB)/8, $0x3fb8aa3b3fb8aa3b
DATA swiglu8<>+160(SB)/8, $0x4b4000004b400000
DATA swiglu8<>+168(SB)/8, $0x4b4000004b400000
DATA swiglu8<>+176(SB)/8, $0x4b4000004b400000
DATA swiglu8<>+184(SB)/8, $0x4b4000004b400000
DATA swiglu8<>+192(SB)/8, $0x3f3172003f317200
DATA swiglu8<>+200(SB)/8, $0x3f3172003f317200
DATA swiglu8<>+208(SB)/8, $0x3f3172003f317200
DATA swiglu8<>+216(SB)/8, $0x3f3172003f317200
DATA swiglu8<>+224(SB)/8, $0x35bfbe8e35bfbe8e
DATA swiglu8<>+232(SB)/8, $0x35bfbe8e35bfbe8e
DATA swiglu8<>+240(SB)/8, $0x35bfbe8e35bfbe8e
DATA swiglu8<>+248(SB)/8, $0x35bfbe8e35bfbe8e
DATA swiglu8<>+256(SB)/8, $0x39500d0139500d01
DATA swiglu8<>+264(SB)/8, $0x39500d0139500d01
DATA swiglu8<>+272(SB)/8, $0x39500d0139500d01
DATA swiglu8<>+280(SB)/8, $0x39500d0139500d01
DATA swiglu8<>+288(SB)/8, $0x3ab60b613ab60b61
DATA swiglu8<>+296(SB)/8, $0x3ab60b613ab60b61
DATA swiglu8<>+304(SB)/8, $0x3ab60b613ab60b61
DATA swiglu8<>+312(SB)/8, $0x3ab60b613ab60b61
DATA swiglu8<>+320(SB)/8, $0x3c0888893c088889
DATA swiglu8<>+328(SB)/8, $0x3c0888893c088889
DATA swiglu8<>+336(SB)/8, $0x3c0888893c088889
DATA swiglu8<>+344(SB)/8, $0x3c0888893c088889
DATA swiglu8<>+352(SB)/8, $0x3d2aaaab3d2aaaab
DATA swiglu8<>+360(SB)/8, $0x3d2aaaab3d2aaaab
DATA swiglu8<>+368(SB)/8, $0x3d2aaaab3d2aaaab
DATA swiglu8<>+376(SB)/8, $0x3d2aaaab3d2aaaab
DATA swiglu8<>+384(SB)/8, $0x3e2aaaab3e2aaaab
DATA swiglu8<>+392(SB)/8, $0x3e2aaaab3e2aaaab
DATA swiglu8<>+400(SB)/8, $0x3e2aaaab3e2aaaab
DATA swiglu8<>+408(SB)/8, $0x3e2aaaab3e2aaaab
DATA swiglu8<>+416(SB)/8, $0x3f0000003f000000
DATA swiglu8<>+424(SB)/8, $0x3f0000003f000000
DATA swiglu8<>+432(SB)/8, $0x3f0000003f000000
DATA swiglu8<>+440(SB)/8, $0x3f0000003f000000
DATA swiglu8<>+448(SB)/8, $0x3f8000003f800000
DATA swiglu8<>+456(SB)/8, $0x3f8000003f800000
DATA swiglu8<>+464(SB)/8, $0x3f8000003f800000
DATA swiglu8<>+472(SB)/8, $0x3f8000003f800000
DATA swiglu8<>+480(SB)/8, $0xc2aeac4fc2aeac4f
DATA swiglu8<>+488(SB)/8, $0xc2aeac4fc2aeac4f
DATA swiglu8<>+496(SB)/8, $0xc2aeac4fc2aeac4f
DATA swiglu8<>+504(SB)/8, $0xc2aeac4fc2aeac4f
GLOBL swiglu8<>(SB), RODATA|NOPTR, $512

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
	VXORPS       swiglu8<>+64(SB), Y0, Y1
	VXORPS       swiglu8<>+64(SB), Y8, Y9
	VCMPPS       $0x1e, swiglu8<>+480(SB), Y1, Y7
	VCMPPS       $0x12, swiglu8<>+96(SB), Y1, Y15
	VANDPS       Y15, Y7, Y7
	VCMPPS       $0x1e, swiglu8<>+480(SB), Y9, Y15
	VANDPS       Y15, Y7, Y7
	VCMPPS       $0x12, swiglu8<>+96(SB), Y9, Y15
	VANDPS       Y15, Y7, Y7
	VMOVMSKPS    Y7, R8
	CMPQ         R8, $0xff
	JNE          done2
	VMULPS       swiglu8<>+128(SB), Y1, Y2
	VADDPS       swiglu8<>+160(SB), Y2, Y2
	VSUBPS       swiglu8<>+160(SB), Y2, Y3
	VMULPS       swiglu8<>+192(SB), Y3, Y4
	VSUBPS       Y4, Y1, Y4
	VMULPS       swiglu8<>+224(SB), Y3, Y5
	VSUBPS       Y5, Y4, Y4
	VMULPS       swiglu8<>+256(SB), Y4, Y5
	VADDPS       swiglu8<>+288(SB), Y5, Y5
	VMULPS       Y4, Y5, Y5
	VADDPS       swiglu8<>+320(SB), Y5, Y5
	VMULPS       Y4, Y5, Y5
	VADDPS       swiglu8<>+352(SB), Y5, Y5
	VMULPS       Y4, Y5, Y5
	VADDPS       swiglu8<>+384(SB), Y5, Y5
	VMULPS       Y4, Y5, Y5
	VADDPS       swiglu8<>+416(SB), Y5, Y5
	VMULPS       Y4, Y5, Y5
	VADDPS       swiglu8<>+448(SB), Y5, Y5
	VMULPS       Y4, Y5, Y5
	VADDPS       swiglu8<>+448(SB), Y5, Y5
	VPAND        swiglu8<>+32(SB), Y2, Y6
	VPSUBD       swiglu8<>+0(SB), Y6, Y6
	VPSLLD       $23, Y6, Y6
	VMULPS       Y6, Y5, Y5
	VADDPS       swiglu8<>+448(SB), Y5, Y5
	VDIVPS       Y5, Y0, Y0
	VMULPS       (DX)(AX*4), Y0, Y0
	VMULPS       swiglu8<>+128(SB), Y9, Y10
	VADDPS       swiglu8<>+160(SB), Y10, Y10
	VSUBPS       swiglu8<>+160(SB), Y10, Y11
	VMULPS       swiglu8<>+192(SB), Y11, Y12
	VSUBPS       Y12, Y9, Y12
	VMULPS       swiglu8<>+224(SB), Y11, Y13
	VSUBPS       Y13, Y12, Y12
	VMULPS       swiglu8<>+256(SB), Y12, Y13
	VADDPS       swiglu8<>+288(SB), Y13, Y13
	VMULPS       Y12, Y13, Y13
	VADDPS       swiglu8<>+320(SB), Y13, Y13
	VMULPS       Y12, Y13, Y13
	VADDPS       swiglu8<>+352(SB), Y13, Y13
	VMULPS       Y12, Y13, Y13
	VADDPS       swiglu8<>+384(SB), Y13, Y13
	VMULPS       Y12, Y13, Y13
	VADDPS       swiglu8<>+416(SB), Y13, Y13
	VMULPS       Y12, Y13, Y13
	VADDPS       swiglu8<>+448(SB), Y13, Y13
	VMULPS       Y12, Y13, Y13
	VADDPS       swiglu8<>+448(SB), Y13, Y13
	VPAND        swiglu8<>+32(SB), Y10, Y14
	VPSUBD       swiglu8<>+0(SB), Y14, Y14
	VPSLLD       $23, Y14, Y14
	VMULPS       Y14, Y13, Y13
	VADDPS       swiglu8<>+448(SB), Y13, Y13
	VDIVPS       Y13, Y8, Y8
	VMULPS       32(DX)(AX*4), Y8, Y8
	VMOVUPS      Y0, (DI)(AX*4)
	VMOVUPS      Y8, 32(DI)(AX*4)
	MOVQ         BX, AX
	JMP          loop2

done2:
	MOVQ         AX, ret+32(FP)
	VZEROUPPER
	RET
